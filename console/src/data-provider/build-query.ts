import { gql } from '@apollo/client';
import { CREATE, GET_LIST, GET_MANY, GET_ONE, type GetListParams } from 'react-admin';
import type { BuildQuery, BuildQueryResult } from 'ra-data-graphql';
import { DataError, fromGraphQLErrors, fromUserErrors } from './data-error';
import { toApiFilter } from './list-filters';
import { resourceQueries } from './resource-queries';

type Response = { data: Record<string, any>; errors?: readonly any[] };

function checked(response: Response) {
  const error = fromGraphQLErrors(response.errors);
  if (error) throw error;
  return response.data;
}

function list(resource: string, params: GetListParams): BuildQueryResult {
  const q = resourceQueries(resource);
  const filter = toApiFilter(resource, params.filter);
  return {
    query: gql`query List(${q.listVariables}) {
      page: ${q.listField}(${q.listArgs}) {
        totalCount pageInfo { endCursor hasNextPage } nodes { ${q.selection} }
      }
    }`,
    variables: {
      first: params.pagination?.perPage ?? 20,
      after: params.meta?.after ?? null,
      ...(filter ? { filter } : {}),
    },
    parseResponse: (response: Response) => {
      const { page } = checked(response);
      return {
        data: page.nodes,
        total: page.totalCount,
        meta: { endCursor: page.pageInfo.endCursor },
      };
    },
  };
}

function byIds(resource: string, ids: string[], many: boolean): BuildQueryResult {
  const q = resourceQueries(resource);
  if (!q.oneField) throw new DataError(`${resource} cannot be read one by one`, 'UNSUPPORTED');
  const variables = Object.fromEntries(ids.map((id, i) => [`id${i}`, id]));
  const declarations = ids.map((_, i) => `$id${i}: ID!`).join(', ');
  const fields = ids.map((_, i) => `r${i}: ${q.oneField}(id: $id${i}) { ${q.selection} }`);
  return {
    query: gql`query One(${declarations}) { ${fields.join('\n')} }`,
    variables,
    parseResponse: (response: Response) => {
      const data = checked(response);
      const found = ids.map((_, i) => data[`r${i}`]).filter(Boolean);
      if (many) return { data: found };
      if (!found[0]) throw new DataError('ra.notification.item_doesnt_exist', 'NOT_FOUND');
      return { data: found[0] };
    },
  };
}

function create(resource: string, data: Record<string, unknown>): BuildQueryResult {
  const q = resourceQueries(resource);
  const m = q.createMutation;
  if (!m) throw new DataError(`${resource} cannot be created here`, 'UNSUPPORTED');
  // Only createStaff hands back a password; asking for it elsewhere would not validate.
  const extra = resource === 'staff' ? 'temporaryPassword' : '';
  return {
    query: gql`mutation Create($input: ${m.inputType}!) {
      result: ${m.field}(input: $input) {
        record: ${m.resultField} { ${q.selection} } ${extra}
        userErrors { code message field }
      }
    }`,
    variables: { input: data },
    parseResponse: (response: Response) => {
      const { result } = checked(response);
      const error = fromUserErrors(result.userErrors);
      if (error) throw error;
      return { data: { ...result.record, temporaryPassword: result.temporaryPassword } };
    },
  };
}

/**
 * Maps react-admin's calls onto this API: connections (`nodes`, `totalCount`, cursors) for
 * lists, one query per record, `input` mutations whose userErrors become field errors.
 * There is no update or delete: staff and centers are deactivated, never removed.
 */
export const buildQuery: BuildQuery = (fetchType, resource, params) => {
  switch (fetchType) {
    case GET_LIST:
      return list(resource, params);
    case GET_ONE:
      return byIds(resource, [String(params.id)], false);
    case GET_MANY:
      return byIds(resource, params.ids.map(String), true);
    case CREATE:
      return create(resource, params.data);
    default:
      throw new DataError(`${fetchType} is not offered for ${resource}`, 'UNSUPPORTED');
  }
};
