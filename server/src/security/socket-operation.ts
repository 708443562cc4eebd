import {
  getOperationAST,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
} from 'graphql';
import { ErrorCode } from '../errors';
import { checkInputValues } from './input-values';
import { QUERY_LIMITS, queryLimitsRule } from './query-limits';

interface SocketPayload {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/** The mini program needs one; a few more allow for reconnect overlaps. */
export const MAX_SUBSCRIPTIONS_PER_SOCKET = 5;

function refused(message: string) {
  return [new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT } })];
}

/**
 * Prepares an operation sent over graphql-ws with the same limits as POST /graphql. The
 * socket serves subscriptions only: queries and mutations go through HTTP, where CSRF
 * prevention, the attempt limits and the request log apply.
 */
export function prepareSocketOperation(
  schema: GraphQLSchema,
  payload: SocketPayload,
  production: boolean,
  /** Subscriptions on this socket, this one included. */
  openSubscriptions: number,
): ExecutionArgs | readonly GraphQLError[] {
  if (openSubscriptions > MAX_SUBSCRIPTIONS_PER_SOCKET) {
    return refused(`At most ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions per socket.`);
  }
  let document: DocumentNode;
  try {
    document = parse(payload.query, { maxTokens: QUERY_LIMITS.maxTokens });
  } catch (error) {
    return refused(error instanceof GraphQLError ? error.message : 'Syntax error');
  }
  const rules = [
    ...specifiedRules,
    queryLimitsRule,
    ...(production ? [NoSchemaIntrospectionCustomRule] : []),
  ];
  const errors = validate(schema, document, rules);
  if (errors.length) return refused(errors.map((error) => error.message).join(' '));

  const operation = getOperationAST(document, payload.operationName);
  if (operation?.operation !== 'subscription') {
    return refused('Only subscriptions are served on the WebSocket; send others by POST.');
  }
  const inputError = checkInputValues(document, payload.variables);
  if (inputError) return [inputError];

  return {
    schema,
    document,
    operationName: payload.operationName,
    variableValues: payload.variables,
  };
}
