import type { EntityManager } from '@mikro-orm/postgresql';

export interface AttemptLimit {
  /** Names the counter; part of every subject. */
  kind: string;
  /** Attempts allowed in one window. */
  max: number;
  windowMs: number;
}

/** Codes not found, per clerk: a clerk mistypes a few codes a day, a guesser thousands. */
export const REDEEM_FAILURES: AttemptLimit = { kind: 'redeem', max: 10, windowMs: 5 * 60_000 };
/** The same, per address: the clerks of one office may share an address. */
export const REDEEM_FAILURES_PER_ADDRESS = 30;
/** Failed sign-ins from one address; a center's office may share one address. */
export const LOGIN_FAILURES: AttemptLimit = { kind: 'login', max: 30, windowMs: 15 * 60_000 };

export interface Reservation {
  /** Null when allowed; otherwise how long until the window that refused ends. */
  retryAfterSeconds: number | null;
  /** Gives the attempt back, for an attempt that turned out not to be a failure. */
  refund(): Promise<void>;
}

/**
 * Counts an attempt against each subject before it is made, in one atomic statement per
 * subject, so concurrent requests on any instance cannot slip past the limit together. Fixed
 * windows: at a window's edge up to twice the limit can pass in one window's length.
 */
export async function reserveAttempt(
  em: EntityManager,
  limit: AttemptLimit,
  subjects: string[],
  now: Date,
): Promise<Reservation> {
  const windowStart = new Date(Math.floor(now.getTime() / limit.windowMs) * limit.windowMs);
  const keys = subjects.map((subject) => `${limit.kind}:${subject}`);
  let exceeded = false;
  for (const key of keys) {
    const [row]: { count: number }[] = await em.execute(
      `insert into attempt_counter (subject, window_start, count) values (?, ?, 1)
       on conflict (subject, window_start) do update set count = attempt_counter.count + 1
       returning count`,
      [key, windowStart],
    );
    if (row.count > limit.max) exceeded = true;
  }
  const windowEnd = windowStart.getTime() + limit.windowMs;
  return {
    retryAfterSeconds: exceeded ? Math.max(1, Math.ceil((windowEnd - now.getTime()) / 1000)) : null,
    async refund() {
      for (const key of keys) {
        await em.execute(
          `update attempt_counter set count = count - 1
           where subject = ? and window_start = ? and count > 0`,
          [key, windowStart],
        );
      }
    },
  };
}

/** Counters whose window ended long ago; the retention job removes them. */
export async function deleteOldCounters(em: EntityManager, before: Date) {
  return em.execute('delete from attempt_counter where window_start < ?', [before], 'run');
}
