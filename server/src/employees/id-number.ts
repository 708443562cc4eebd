import { DateTime } from 'luxon';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** The GB 11643-1999 check character for the first 17 digits of a resident ID number. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

export type IdNumberProblem = 'FORMAT' | 'BIRTH_DATE' | 'CHECK_DIGIT';

/**
 * Checks an 18-character resident ID number: 17 digits, a real birth date, and the check
 * character (upper-case X only; callers decide what to do with a lower-case x).
 */
export function residentIdProblem(idNumber: string): IdNumberProblem | null {
  if (!/^\d{17}[\dX]$/.test(idNumber)) return 'FORMAT';
  const birth = DateTime.fromFormat(idNumber.slice(6, 14), 'yyyyMMdd', { zone: 'Asia/Shanghai' });
  if (!birth.isValid || birth.year < 1900 || birth > DateTime.now()) return 'BIRTH_DATE';
  if (residentIdCheckChar(idNumber.slice(0, 17)) !== idNumber[17]) return 'CHECK_DIGIT';
  return null;
}

/** Completes 17 digits into a valid ID number; used for demo and generated data. */
export function withCheckChar(first17: string): string {
  return first17 + residentIdCheckChar(first17);
}
