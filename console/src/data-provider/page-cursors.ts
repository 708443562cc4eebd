import { gql } from '@apollo/client';
import { apolloClient } from './apollo-client';
import { fromGraphQLErrors } from './data-error';
import { toApiFilter } from './list-filters';
import { resourceQueries } from './resource-queries';

/** The API caps a page at 100 items. */
const MAX_FIRST = 100;

/** End cursors of pages already seen, per list (resource, filter, page size). */
const known = new Map<string, string | null>();

const keyOf = (resource: string, filter: unknown, perPage: number, page: number) =>
  JSON.stringify([resource, filter, perPage, page]);

export function rememberCursor(
  resource: string,
  filter: unknown,
  perPage: number,
  page: number,
  endCursor: string | null,
) {
  known.set(keyOf(resource, filter, perPage, page), endCursor);
}

/**
 * The `after` cursor for react-admin's page number. The API pages forward with cursors;
 * react-admin asks for page N. A page visited before gives its cursor at once; otherwise
 * the items before it are skipped in steps of 100, fetching only their cursors.
 */
export async function cursorBefore(
  resource: string,
  filter: unknown,
  perPage: number,
  page: number,
): Promise<string | null> {
  if (page <= 1) return null;
  const cached = known.get(keyOf(resource, filter, perPage, page - 1));
  if (cached !== undefined) return cached;

  const q = resourceQueries(resource);
  const apiFilter = toApiFilter(resource, filter as Record<string, unknown>);
  const query = gql`query Skip(${q.listVariables}) {
    page: ${q.listField}(${q.listArgs}) { pageInfo { endCursor } }
  }`;
  let remaining = (page - 1) * perPage;
  let after: string | null = null;
  while (remaining > 0) {
    const first = Math.min(remaining, MAX_FIRST);
    const response: { data: any; errors?: readonly any[] } = await apolloClient.query({
      query,
      variables: { first, after, ...(apiFilter ? { filter: apiFilter } : {}) },
    });
    const error = fromGraphQLErrors(response.errors);
    if (error) throw error;
    after = response.data.page.pageInfo.endCursor;
    remaining -= first;
  }
  rememberCursor(resource, filter, perPage, page - 1, after);
  return after;
}
