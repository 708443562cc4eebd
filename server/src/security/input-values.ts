import { GraphQLError, visit, type DocumentNode } from 'graphql';
import { ErrorCode } from '../errors';

/** Longer than any field of this API needs; a typed code is 100 characters at most. */
export const MAX_STRING_LENGTH = 4096;
/** Variables nest no deeper than the inputs of the schema do. */
const MAX_NESTING = 16;

/** UTF-16 halves that encode no character. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function refusal(message: string) {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
  });
}

function badString(value: string): GraphQLError | null {
  if (value.length > MAX_STRING_LENGTH) {
    return refusal(`输入过长：每个文本值最多 ${MAX_STRING_LENGTH} 个字符`);
  }
  // PostgreSQL refuses NUL in text; it would come back as a fault instead of a clear error.
  if (value.includes('\u0000') || LONE_SURROGATE.test(value))
    return refusal('输入包含不允许的字符（空字符或残缺的 Unicode 字符）');
  return null;
}

function checkValue(value: unknown, depth: number): GraphQLError | null {
  if (typeof value === 'string') return badString(value);
  if (value === null || typeof value !== 'object') return null;
  if (depth > MAX_NESTING) return refusal('输入嵌套过深');
  for (const [key, inner] of Object.entries(value)) {
    const error = badString(key) ?? checkValue(inner, depth + 1);
    if (error) return error;
  }
  return null;
}

/**
 * Screens every text value a request carries, in the query and in its variables, before any
 * resolver sees it, so that no odd value can reach the database and come back as a fault.
 */
export function checkInputValues(document: DocumentNode, variables: unknown) {
  let error: GraphQLError | null = null;
  visit(document, {
    StringValue(node) {
      error ??= badString(node.value);
    },
  });
  return error ?? checkValue(variables, 0);
}
