import buildGraphQLProvider from 'ra-data-graphql';
import type { DataProvider, GetListParams } from 'react-admin';
import { apolloClient } from './apollo-client';
import { buildQuery } from './build-query';
import { customMutations } from './custom-mutations';
import { cursorBefore, rememberCursor } from './page-cursors';

const base = buildGraphQLProvider({
  client: apolloClient,
  // The queries are written out in build-query.ts; no introspection round trip is needed.
  introspection: false,
  buildQuery: () => buildQuery,
});

/** ra-data-graphql plus cursor paging and this API's own mutations. */
export const graphqlDataProvider = {
  ...base,
  async getList(resource: string, params: GetListParams) {
    const perPage = params.pagination?.perPage ?? 20;
    const page = params.pagination?.page ?? 1;
    const after = await cursorBefore(resource, params.filter, perPage, page);
    const result = await base.getList(resource, { ...params, meta: { ...params.meta, after } });
    const endCursor = (result.meta as { endCursor?: string | null } | undefined)?.endCursor;
    rememberCursor(resource, params.filter, perPage, page, endCursor ?? null);
    return {
      ...result,
      pageInfo: { hasPreviousPage: page > 1, hasNextPage: page * perPage < (result.total ?? 0) },
    };
  },
  ...customMutations,
} satisfies DataProvider;

export type GraphqlDataProvider = typeof graphqlDataProvider;
