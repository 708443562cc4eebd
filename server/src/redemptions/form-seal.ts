import { createHash, createHmac } from 'node:crypto';

/** JSON with keys sorted at every level, so equal content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function digestOf(snapshot: unknown): string {
  return createHash('sha256').update(canonicalJson(snapshot)).digest('hex');
}

/** Crockford's base32: no I, L, O or U to misread on paper. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * Eight characters that only this service can compute for a serial number and content digest:
 * a printout whose check code matches was issued here.
 */
export function checkCodeOf(serialNumber: string, digest: string, key: string): string {
  const mac = createHmac('sha256', `form-check:${key}`)
    .update(`${serialNumber}:${digest}`)
    .digest();
  let bits = 0n;
  for (const byte of mac.subarray(0, 5)) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let i = 0; i < 8; i += 1) code = ALPHABET[Number((bits >> BigInt(5 * i)) & 31n)] + code;
  return code;
}

/** Accepts what a person types from a printout: any case, O for 0, I and L for 1, dashes. */
export function normalizeCheckCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}
