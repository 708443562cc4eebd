export interface UserErrorShape {
  code: string;
  message: string;
  field?: string | null;
}

/**
 * What the data provider rejects with. react-admin shows `message` and, on a form, puts
 * `errors` beside the fields named (its server-side validation contract).
 */
export class DataError extends Error {
  readonly errors: Record<string, unknown>;

  constructor(
    message: string,
    readonly code: string,
    field?: string | null,
  ) {
    super(message);
    this.name = 'DataError';
    this.errors = field ? { [field]: message } : { root: { serverError: message } };
  }
}

/** The first userError of a payload, as a DataError. */
export function fromUserErrors(userErrors: UserErrorShape[] | undefined) {
  const error = userErrors?.[0];
  return error ? new DataError(error.message, error.code, error.field) : null;
}

/** The first GraphQL error of a response (errorPolicy "all"), as a DataError. */
export function fromGraphQLErrors(
  errors: readonly { message: string; extensions?: Record<string, unknown> }[] | undefined,
) {
  const error = errors?.[0];
  if (!error) return null;
  const code = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  const field = error.extensions?.field as string | undefined;
  return new DataError(error.message, code, field);
}
