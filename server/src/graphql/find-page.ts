import type { EntityClass, FilterQuery, FindOptions, Loaded } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  decodeCursor,
  encodeCursor,
  olderThan,
  pageSize,
  toConnection,
  type ConnectionShape,
} from './connection';

export interface PageRequest<T, P extends string> {
  first?: number | null;
  after?: string | null;
  /** The time the list is ordered by, newest first; the id breaks ties. */
  orderField: keyof T & string;
  populate?: FindOptions<T, P>['populate'];
}

/**
 * One page of a Relay connection: the rows after the cursor (one more than asked, to know
 * whether another page follows) and the total, read side by side.
 */
export async function findPage<T extends { id: string }, N, P extends string = never>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  request: PageRequest<T, P>,
  toNode: (row: Loaded<T, P>) => N,
): Promise<ConnectionShape<N>> {
  const size = pageSize(request.first);
  const cursor = decodeCursor(request.after);
  const field = request.orderField;
  const orderBy = { [field]: 'desc', id: 'desc' } as FindOptions<T, P>['orderBy'];

  const [rows, total] = await Promise.all([
    em.find(
      entity,
      { $and: [where, olderThan<T>(cursor, field)] } as FilterQuery<T>,
      {
        populate: request.populate,
        orderBy,
        limit: size + 1,
      } as FindOptions<T, P>,
    ),
    em.count(entity, where),
  ]);
  return toConnection(
    rows as Loaded<T, P>[],
    size,
    total,
    (row) => encodeCursor(row[field] as Date, row.id),
    toNode,
  );
}

/** A connection with nothing in it, after the same checks of `first` and `after`. */
export function emptyPage<N>(request: { first?: number | null; after?: string | null }) {
  const size = pageSize(request.first);
  decodeCursor(request.after);
  return toConnection<never, N>(
    [],
    size,
    0,
    () => '',
    (row) => row,
  );
}
