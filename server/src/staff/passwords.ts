import argon2 from 'argon2';
import { ConcurrencyGate } from '../security/concurrency-gate';

/** OWASP's argon2id baseline: 19 MiB, 2 passes. */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** At most this many hashes at once per instance (~76 MiB); a flood of sign-ins queues. */
const argon2Gate = new ConcurrencyGate(4);

export function hashPassword(password: string): Promise<string> {
  return argon2Gate.run(() => argon2.hash(password, OPTIONS));
}

/** A hash of nothing in particular, verified when the username is unknown to even the timing. */
let decoy: Promise<string> | null = null;

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (hash === null) {
    decoy ??= hashPassword('decoy password for unknown usernames');
    const decoyHash = await decoy;
    await argon2Gate.run(() => argon2.verify(decoyHash, password));
    return false;
  }
  try {
    return await argon2Gate.run(() => argon2.verify(hash, password));
  } catch {
    return false;
  }
}
