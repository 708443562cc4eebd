import { createHash, randomBytes } from 'node:crypto';

/** Every center API key starts with this, so a leaked one is easy to recognise and scan for. */
export const API_KEY_PREFIX = 'hpfk_';

/** A new key: the prefix and 32 random bytes (256 bits), base64url. */
export function newApiKey() {
  return API_KEY_PREFIX + randomBytes(32).toString('base64url');
}

/**
 * Keys are long random secrets, so a plain SHA-256 is enough to store them: there is
 * nothing to guess, and a slow password hash would cost on every request.
 */
export function apiKeyHash(key: string) {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function looksLikeApiKey(token: string) {
  return token.startsWith(API_KEY_PREFIX) && /^hpfk_[A-Za-z0-9_-]{43}$/.test(token);
}
