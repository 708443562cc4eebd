import { randomBytes } from 'node:crypto';

/** No 0/o, 1/l/i: a clerk reads it off a slip of paper and types it at the counter. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Twelve characters in three groups, about 59 bits; shown once to the administrator. */
export function temporaryPassword(): string {
  const chars = [...randomBytes(12)].map((byte) => ALPHABET[byte % ALPHABET.length]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}
