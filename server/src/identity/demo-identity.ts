import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK, type KeyLike } from 'jose';
import { FACE_PURPOSE } from './tokens';

interface StoredKeys {
  privateJwk: JWK;
  publicJwk: JWK;
}

/**
 * The demo stand-in for the platform's identity provider and face-verification service.
 * Its key lives in the data folder, so every instance sharing that folder accepts its tokens.
 */
export class DemoIdentity {
  private constructor(
    readonly privateKey: KeyLike | Uint8Array,
    readonly publicKey: KeyLike | Uint8Array,
    private readonly issuers: { employee: string; face: string },
    private readonly audience: string,
  ) {}

  static async open(
    dataDir: string,
    issuers: { employee: string; face: string },
    audience: string,
  ): Promise<DemoIdentity> {
    const file = path.join(dataDir, 'demo-identity-key.json');
    let stored: StoredKeys;
    if (existsSync(file)) {
      stored = JSON.parse(readFileSync(file, 'utf8')) as StoredKeys;
    } else {
      const pair = await generateKeyPair('ES256', { extractable: true });
      stored = {
        privateJwk: await exportJWK(pair.privateKey),
        publicJwk: await exportJWK(pair.publicKey),
      };
      writeFileSync(file, JSON.stringify(stored), { mode: 0o600 });
    }
    return new DemoIdentity(
      await importJWK(stored.privateJwk, 'ES256'),
      await importJWK(stored.publicJwk, 'ES256'),
      issuers,
      audience,
    );
  }

  /** What the platform's identity provider would give the mini program after real-name login. */
  employeeToken(idNumber: string, now: Date): Promise<string> {
    return new SignJWT({})
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject(idNumber)
      .setIssuer(this.issuers.employee)
      .setAudience(this.audience)
      .setIssuedAt(Math.floor(now.getTime() / 1000))
      .setExpirationTime(Math.floor(now.getTime() / 1000) + 2 * 3600)
      .sign(this.privateKey);
  }

  /** What the face-verification service returns after a passed check. */
  faceVerificationToken(subject: string, now: Date): Promise<string> {
    return new SignJWT({ purpose: FACE_PURPOSE })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject(subject)
      .setIssuer(this.issuers.face)
      .setAudience(this.audience)
      .setJti(randomUUID())
      .setIssuedAt(Math.floor(now.getTime() / 1000))
      .setExpirationTime(Math.floor(now.getTime() / 1000) + 5 * 60)
      .sign(this.privateKey);
  }
}
