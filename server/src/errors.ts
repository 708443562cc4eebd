import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** The closed set of `extensions.code` values a client may see on a GraphQL error. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  RATE_LIMITED = 'RATE_LIMITED',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

/** Apollo's own codes for requests that never reached a resolver, mapped onto ours. */
const REQUEST_CODES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: ErrorCode.BAD_USER_INPUT,
  GRAPHQL_VALIDATION_FAILED: ErrorCode.BAD_USER_INPUT,
  BAD_REQUEST: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_FOUND: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_SUPPORTED: ErrorCode.BAD_USER_INPUT,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_USER_INPUT,
};

export function unauthenticated(message = '请先登录或重新登录') {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
}

export function forbidden(message = '没有权限进行此操作') {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

export function badInput(message: string, field?: string) {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field } });
}

/** Also answers HTTP 429 with Retry-After, which proxies and HTTP clients understand. */
export function rateLimited(message: string, retryAfterSeconds: number) {
  const headers = new Map([['retry-after', String(retryAfterSeconds)]]);
  return new GraphQLError(message, {
    extensions: {
      code: ErrorCode.RATE_LIMITED,
      retryAfterSeconds,
      http: { status: 429, headers },
    },
  });
}

export function serviceUnavailable(message = '服务暂时不可用，请稍后再试') {
  return new GraphQLError(message, { extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } });
}

/**
 * Shapes every error before it leaves the server: our own codes pass; request errors get
 * BAD_USER_INPUT; anything else is a fault, logged by the caller and shown without detail.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  onFault: (formatted: GraphQLFormattedError, original: unknown) => void,
  original: unknown,
): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  const { locations, path } = formatted;
  // The engine's own words for input nested past its recursion limit: say it plainly.
  const message = /Maximum call stack/.test(formatted.message)
    ? '请求的参数嵌套过深'
    : formatted.message;

  if (KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { message, locations, path, extensions };
  }
  if (REQUEST_CODES[code]) {
    return { message, locations, path, extensions: { code: REQUEST_CODES[code] } };
  }
  if (isArgumentError(original)) {
    return { message, locations, path, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }

  if (isDatabaseUnavailable(original)) {
    onFault(formatted, original);
    return {
      message: '服务暂时不可用，请稍后再试',
      path,
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    };
  }

  onFault(formatted, original);
  return {
    message: '服务内部错误，请稍后再试',
    path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/** Socket errors, and PostgreSQL's classes 08 (connection) and 57P (shutting down). */
const UNAVAILABLE_CODES = /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|08\w{3}|57P0[1-3])$/;
const UNAVAILABLE_MESSAGES = new RegExp(
  [
    'Connection terminated',
    'Timeout acquiring a connection',
    'timeout exceeded when trying to connect',
    'not currently accepting connections',
    'the database system is (shutting down|starting up|in recovery mode)',
  ].join('|'),
);

/**
 * The database cannot be reached: a condition that passes, unlike a fault in the code.
 * Looks through the wrapping errors (GraphQL, Apollo's context, MikroORM) to the cause.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 6; depth += 1) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && UNAVAILABLE_CODES.test(code)) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
    const next = current as { originalError?: unknown; cause?: unknown; previous?: unknown };
    current = next.originalError ?? next.previous ?? next.cause;
  }
  return false;
}

/** Variable coercion failures (wrong type, missing non-null) come without a code. */
function isArgumentError(original: unknown) {
  const error = (original as { originalError?: unknown })?.originalError ?? original;
  if (!(original instanceof GraphQLError)) return false;
  if (error instanceof GraphQLError || error === undefined) {
    return /^(Variable|Argument|Field|Expected|Int cannot|String cannot|ID cannot)/.test(
      original.message,
    );
  }
  return false;
}
