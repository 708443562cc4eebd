import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { setContext } from '@apollo/client/link/context';
import { GRAPHQL_URL } from '../api/graphql-url';
import { readSession } from '../auth/session-store';

const withToken = setContext((_operation, { headers }) => {
  const token = readSession()?.token;
  return { headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
});

/** Lists are read fresh every time (react-admin keeps its own cache), so no normalisation. */
export const apolloClient = new ApolloClient({
  link: withToken.concat(new HttpLink({ uri: GRAPHQL_URL })),
  cache: new InMemoryCache(),
  defaultOptions: {
    query: { fetchPolicy: 'no-cache', errorPolicy: 'all' },
    mutate: { fetchPolicy: 'no-cache', errorPolicy: 'all' },
  },
});
