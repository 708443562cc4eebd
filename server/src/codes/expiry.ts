import { DateTime } from 'luxon';

/** China Standard Time: the codes' day ends at 24:00 here, whatever the server's TZ. */
export const CHINA_ZONE = 'Asia/Shanghai';

/** 24:00 China time of the day `issuedAt` falls on. */
export function expiryFor(issuedAt: Date): Date {
  return DateTime.fromJSDate(issuedAt, { zone: CHINA_ZONE })
    .startOf('day')
    .plus({ days: 1 })
    .toJSDate();
}

/** The China calendar date of an instant, YYYY-MM-DD. */
export function chinaDate(at: Date): string {
  return DateTime.fromJSDate(at, { zone: CHINA_ZONE }).toISODate() ?? '';
}
