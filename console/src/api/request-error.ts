/**
 * A GraphQL error (its `extensions.code`, e.g. UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT)
 * or a transport failure (code NETWORK).
 */
export class RequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

/** Works for RequestError and for the data provider's DataError alike. */
export const isUnauthenticated = (error: unknown) =>
  (error as { code?: unknown } | null)?.code === 'UNAUTHENTICATED';
