import type { ApolloServerPlugin } from '@apollo/server';
import { checkInputValues } from './input-values';

/** Refuses a request carrying an unusable text value once its operation is known. */
export function inputGuardPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const error = checkInputValues(document, request.variables);
          if (error) throw error;
        },
      };
    },
  };
}
