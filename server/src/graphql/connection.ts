import type { FilterQuery } from '@mikro-orm/core';
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from '../errors';
import { isUuid } from './ids';

@ObjectType({ description: 'Where a page of a connection stands.' })
export class PageInfo {
  @Field({ description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether items come before this page (always false: forward only).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor!: string | null;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds the Relay connection types for a node type. */
export function Connection<T extends object>(Node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} with its cursor.` })
  class Edge {
    @Field({ description: 'Opaque position of this item.' })
    cursor!: string;

    @Field(() => Node, { description: 'The item.' })
    node!: T;
  }

  @ObjectType()
  abstract class ConnectionType implements ConnectionShape<T> {
    @Field(() => [Edge], { description: 'Items with their cursors.' })
    edges!: Edge[];

    @Field(() => [Node], { description: 'Items of this page.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Paging state.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items over all pages.' })
    totalCount!: number;
  }
  return ConnectionType;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Position in a list ordered newest first: the time, then the id to break ties. */
export interface Cursor {
  at: Date;
  id: string;
}

export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): Cursor | null {
  if (cursor === null || cursor === undefined) return null;
  const [iso, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const at = new Date(iso ?? '');
  if (!id || Number.isNaN(at.getTime()) || !isUuid(id)) {
    throw badInput('after 不是有效的分页游标', 'after');
  }
  return { at, id };
}

/** The rows after a cursor in a list ordered newest first by `field`, then by id. */
export function olderThan<T>(cursor: Cursor | null, field: keyof T & string): FilterQuery<T> {
  if (!cursor) return {} as FilterQuery<T>;
  return {
    $or: [{ [field]: { $lt: cursor.at } }, { [field]: cursor.at, id: { $lt: cursor.id } }],
  } as FilterQuery<T>;
}

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(`first 须为 1 到 ${MAX_PAGE_SIZE} 之间的整数`, 'first');
  }
  return first;
}

/** Turns rows fetched with one extra (to know whether a next page exists) into a connection. */
export function toConnection<Row, T>(
  rows: Row[],
  size: number,
  totalCount: number,
  cursorOf: (row: Row) => string,
  nodeOf: (row: Row) => T,
): ConnectionShape<T> {
  const page = rows.slice(0, size);
  const edges = page.map((row) => ({ cursor: cursorOf(row), node: nodeOf(row) }));
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
