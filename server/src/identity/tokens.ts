import { errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { ACCEPTED_ALGORITHMS, type VerificationKey } from './keys';

/** The purpose a face-verification result must be bound to. */
export const FACE_PURPOSE = 'apply-ecode';
/** A face-verification result is good for this long after the check. */
export const FACE_MAX_AGE_SECONDS = 5 * 60;

/** An employee token older than a day is refused, whatever its `exp` says. */
export const EMPLOYEE_MAX_AGE_SECONDS = 24 * 3600;

export interface EmployeeIdentity {
  /** The resident ID number the identity provider vouches for. */
  idNumber: string;
  /** Token expiry, so a live socket can be ended when it passes. */
  expiresAt: Date | null;
}

export type FaceCheck =
  | { ok: true; id: string }
  | { ok: false; reason: 'INVALID' | 'EXPIRED' | 'WRONG_SUBJECT' | 'WRONG_PURPOSE' };

/** jose types a key and a key resolver as two overloads; this tells them apart. */
function isStaticKey(key: VerificationKey): key is Exclude<VerificationKey, JWTVerifyGetKey> {
  return typeof key !== 'function';
}

/** Verifies the two kinds of tokens the platform issues. */
export class TokenVerifier {
  constructor(
    private readonly employeeKey: VerificationKey,
    private readonly faceKey: VerificationKey,
    private readonly options: { employeeIssuer: string; faceIssuer: string; audience: string },
  ) {}

  private verify(token: string, key: VerificationKey, issuer: string, now: Date, maxAge?: number) {
    const options = {
      issuer,
      audience: this.options.audience,
      algorithms: ACCEPTED_ALGORITHMS,
      currentDate: now,
      clockTolerance: 5,
      // A token must say when it ends; one without `exp` would be good forever.
      requiredClaims: ['exp', 'iat'],
      ...(maxAge ? { maxTokenAge: maxAge } : {}),
    };
    return isStaticKey(key) ? jwtVerify(token, key, options) : jwtVerify(token, key, options);
  }

  /** Null for anything but a valid, unexpired employee token. */
  async employee(token: string, now: Date): Promise<EmployeeIdentity | null> {
    try {
      const { payload } = await this.verify(
        token,
        this.employeeKey,
        this.options.employeeIssuer,
        now,
        EMPLOYEE_MAX_AGE_SECONDS,
      );
      if (typeof payload.sub !== 'string' || payload.sub.length === 0) return null;
      return {
        idNumber: payload.sub,
        expiresAt: payload.exp ? new Date(payload.exp * 1000) : null,
      };
    } catch {
      return null;
    }
  }

  /** Checks signature, subject, purpose and age; single use is the caller's transaction. */
  async face(token: string, idNumber: string, now: Date): Promise<FaceCheck> {
    try {
      const { payload } = await this.verify(
        token,
        this.faceKey,
        this.options.faceIssuer,
        now,
        FACE_MAX_AGE_SECONDS,
      );
      if (payload.sub !== idNumber) return { ok: false, reason: 'WRONG_SUBJECT' };
      if (payload.purpose !== FACE_PURPOSE) return { ok: false, reason: 'WRONG_PURPOSE' };
      if (typeof payload.jti !== 'string' || payload.jti.length > 128) {
        return { ok: false, reason: 'INVALID' };
      }
      return { ok: true, id: payload.jti };
    } catch (error) {
      if (error instanceof errors.JWTExpired) return { ok: false, reason: 'EXPIRED' };
      return { ok: false, reason: 'INVALID' };
    }
  }
}
