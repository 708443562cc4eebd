import { createHmac, randomInt } from 'node:crypto';

export const CODE_LENGTH = 20;

/** 20 decimal digits from the CSPRNG: about 66 bits, too many to guess within a day. */
export function newCodeValue(): string {
  let value = '';
  for (let i = 0; i < CODE_LENGTH; i += 1) value += String(randomInt(10));
  return value;
}

/** 1234 5678 9012 3456 7890, the way the mini program shows it. */
export function groupCodeValue(value: string): string {
  return value.replace(/(\d{4})(?=\d)/g, '$1 ');
}

/**
 * What a clerk typed or scanned, reduced to its digits. Spaces and dashes (also full-width
 * ones from Chinese input methods) are ignored; anything else makes it no code at all.
 */
export function normalizeCodeInput(typed: string): string | null {
  const compact = typed.normalize('NFKC').replace(/[\s\-\u2010-\u2015\u2212]/g, '');
  return /^\d{20}$/.test(compact) ? compact : null;
}

/** The only form in which a code value is stored. */
export function hashCodeValue(value: string, key: string): string {
  return createHmac('sha256', key).update(value).digest('hex');
}
