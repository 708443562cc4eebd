/** The API is served beside the console, in production and through Vite's proxy alike. */
export const GRAPHQL_URL = '/graphql';
