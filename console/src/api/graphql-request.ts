import { readSession } from '../auth/session-store';
import { GRAPHQL_URL } from './graphql-url';
import { RequestError } from './request-error';

interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; field?: string };
}

/**
 * POSTs one operation with the session's bearer token. A small fetch instead of Apollo, so
 * that the redeem screen, the login and the verification page load without the data layer.
 */
export async function graphqlRequest<T>(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const token = readSession()?.token;
  let response: Response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new RequestError('network', 'NETWORK');
  }
  let body: { data?: T; errors?: GraphQLErrorShape[] };
  try {
    body = await response.json();
  } catch {
    throw new RequestError(`HTTP ${response.status}`, 'NETWORK');
  }
  const error = body.errors?.[0];
  if (error) {
    const code = error.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
    throw new RequestError(error.message, code, error.extensions?.field);
  }
  if (!body.data) throw new RequestError(`HTTP ${response.status}`, 'NETWORK');
  return body.data;
}
