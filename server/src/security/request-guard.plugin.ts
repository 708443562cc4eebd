import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors';
import { checkInputValues } from './input-values';

/**
 * Refuses, once the operation is known and before it runs: a subscription sent over HTTP (they
 * are served by graphql-ws only) and a request carrying an unusable text value.
 */
export function requestGuardPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (operation?.operation === 'subscription') {
            throw new GraphQLError('Subscriptions are served over a graphql-ws WebSocket.', {
              extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
            });
          }
          const error = checkInputValues(document, request.variables);
          if (error) throw error;
        },
      };
    },
  };
}
