import { readFileSync } from 'node:fs';
import { createLocalJWKSet, importSPKI, type JWTVerifyGetKey, type KeyLike } from 'jose';

export type VerificationKey = KeyLike | Uint8Array | JWTVerifyGetKey;

/**
 * Public keys from configuration: inline PEM, inline JWKS JSON, or the path of a file holding
 * either. RS256 and ES256 are accepted, nothing weaker.
 */
export async function loadVerificationKey(source: string): Promise<VerificationKey> {
  const text = /^\s*(\{|-----BEGIN)/.test(source) ? source : readFileSync(source, 'utf8');

  if (text.trim().startsWith('{')) return createLocalJWKSet(JSON.parse(text));

  const pem = text.trim();
  try {
    return await importSPKI(pem, 'ES256');
  } catch {
    return importSPKI(pem, 'RS256');
  }
}

export const ACCEPTED_ALGORITHMS = ['ES256', 'RS256'];
