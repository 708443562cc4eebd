import { withCheckChar } from '../employees/id-number';
import type { Sex } from './person-names';

const DAY_MS = 86_400_000;
/** Sequence slots per birth date and sex: 001–997 odd for men, 002–998 even for women. */
const SLOTS = 499;

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * Hands out resident ID numbers that are unique by construction, without remembering the
 * ones given (a million people would need a large set): the k-th person of a sex gets the
 * birth date k × stride modulo the days of the range, which visits every day once before any
 * repeats and spreads neighbours over the whole range, and a sequence code that differs for
 * each repeat of that day. The 17th digit is odd for men and even for women (GB 11643).
 */
export class ResidentIds {
  private readonly firstDay: number;
  private readonly days: number;
  private readonly stride: number;
  private readonly issued: Record<Sex, number> = { MALE: 0, FEMALE: 0 };

  /** People born so that they are `youngest` to `oldest` years old in month `asOf` (index). */
  constructor(asOf: number, youngest: number, oldest: number) {
    const year = Math.floor(asOf / 12);
    const month = asOf % 12;
    this.firstDay = Date.UTC(year - oldest, month, 1) / DAY_MS;
    this.days = Date.UTC(year - youngest, month, 1) / DAY_MS - this.firstDay;
    let stride = Math.round(this.days * 0.618);
    while (gcd(stride, this.days) !== 1) stride += 1;
    this.stride = stride;
  }

  /** The ID number and birth month (as a month index) of the next person. */
  next(district: string, sex: Sex): { idNumber: string; birthMonth: number } {
    const k = this.issued[sex]++;
    const repeat = Math.floor(k / this.days);
    if (repeat >= SLOTS) throw new Error('more people of one sex than resident ID numbers');
    const day = ((k % this.days) * this.stride) % this.days;
    // Shifted per day so that the first people born on different days get different codes.
    const slot = (repeat + day * 211) % SLOTS;
    const sequence = String(sex === 'MALE' ? 2 * slot + 1 : 2 * slot + 2).padStart(3, '0');
    const birth = new Date((this.firstDay + day) * DAY_MS);
    const yyyymmdd = birth.toISOString().slice(0, 10).replace(/-/g, '');
    return {
      idNumber: withCheckChar(district + yyyymmdd + sequence),
      birthMonth: birth.getUTCFullYear() * 12 + birth.getUTCMonth(),
    };
  }
}
