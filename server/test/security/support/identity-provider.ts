import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type KeyLike } from 'jose';

const EMPLOYEE_ISSUER = 'test-identity';
const FACE_ISSUER = 'test-face';
const AUDIENCE = 'test-ecode';

export interface TokenOptions {
  issuer?: string;
  audience?: string;
  /** Seconds from now; negative for a token that has already expired. */
  expiresIn?: number;
  issuedAgo?: number;
  key?: KeyLike;
  purpose?: string;
}

/**
 * Stands in for the platform's identity provider and face-verification service in production
 * mode: an ES256 key published as PEM for employee tokens, an RS256 key published as a JWKS
 * file for face tokens, and the environment that configures the server with them.
 */
export async function createIdentityProvider(dataDir: string) {
  const employee = await generateKeyPair('ES256');
  const face = await generateKeyPair('RS256');
  const stranger = await generateKeyPair('ES256');
  const strangerRsa = await generateKeyPair('RS256');

  const jwksFile = path.join(dataDir, 'face-jwks.json');
  const jwk = { ...(await exportJWK(face.publicKey)), alg: 'RS256', kid: 'face-1', use: 'sig' };
  writeFileSync(jwksFile, JSON.stringify({ keys: [jwk] }));

  const env = {
    EMPLOYEE_TOKEN_KEYS: await exportSPKI(employee.publicKey),
    FACE_TOKEN_KEYS: jwksFile,
    CODE_HASH_KEY: 'test-code-hash-key-0123456789-abcdefghijklmnop',
    EMPLOYEE_TOKEN_ISSUER: EMPLOYEE_ISSUER,
    FACE_TOKEN_ISSUER: FACE_ISSUER,
    TOKEN_AUDIENCE: AUDIENCE,
  };

  const seconds = () => Math.floor(Date.now() / 1000);
  return {
    env,
    /** Keys of nobody the server trusts, for employee (ES256) and face (RS256) tokens. */
    stranger: stranger.privateKey,
    strangerRsa: strangerRsa.privateKey,
    employeeToken(idNumber: string, options: TokenOptions = {}) {
      const iat = seconds() - (options.issuedAgo ?? 0);
      return new SignJWT({})
        .setProtectedHeader({ alg: 'ES256' })
        .setSubject(idNumber)
        .setIssuer(options.issuer ?? EMPLOYEE_ISSUER)
        .setAudience(options.audience ?? AUDIENCE)
        .setIssuedAt(iat)
        .setExpirationTime(seconds() + (options.expiresIn ?? 3600))
        .sign(options.key ?? employee.privateKey);
    },
    faceToken(idNumber: string, options: TokenOptions = {}) {
      const iat = seconds() - (options.issuedAgo ?? 0);
      return new SignJWT({ purpose: options.purpose ?? 'apply-ecode' })
        .setProtectedHeader({ alg: 'RS256', kid: 'face-1' })
        .setSubject(idNumber)
        .setIssuer(options.issuer ?? FACE_ISSUER)
        .setAudience(options.audience ?? AUDIENCE)
        .setJti(randomUUID())
        .setIssuedAt(iat)
        .setExpirationTime(seconds() + (options.expiresIn ?? 300))
        .sign(options.key ?? face.privateKey);
    },
  };
}

/** A token signed with no algorithm at all, which must never be accepted. */
export function unsignedToken(idNumber: string) {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const exp = Math.floor(Date.now() / 1000) + 3600;
  return `${part({ alg: 'none' })}.${part({ sub: idNumber, iss: EMPLOYEE_ISSUER, aud: AUDIENCE, exp })}.`;
}
