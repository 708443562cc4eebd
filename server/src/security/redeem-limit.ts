import type { EntityManager } from '@mikro-orm/postgresql';
import { rateLimited } from '../errors';
import type { Context } from '../graphql/context';
import { REDEEM_FAILURES, REDEEM_FAILURES_PER_ADDRESS } from './attempt-limits';

/** A clerk's attempts wait at most this long for the clerk's previous attempt. */
const LOCK_WAIT = '3s';
/** PostgreSQL's lock_not_available, raised when LOCK_WAIT passes. */
const LOCK_NOT_AVAILABLE = '55P03';

function windowOf(now: Date) {
  const { windowMs } = REDEEM_FAILURES;
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/** Seconds until the window ends when any subject has used up its failures, else null. */
async function retryAfter(em: EntityManager, subjects: string[], now: Date) {
  const windowStart = windowOf(now);
  const [clerk, address] = subjects;
  const rows: { subject: string; count: number }[] = await em.execute(
    'select subject, count from attempt_counter where subject in (?, ?) and window_start = ?',
    [clerk, address, windowStart],
  );
  const max = (subject: string) =>
    subject === clerk ? REDEEM_FAILURES.max : REDEEM_FAILURES_PER_ADDRESS;
  if (!rows.some((row) => row.count >= max(row.subject))) return null;
  const end = windowStart.getTime() + REDEEM_FAILURES.windowMs;
  return Math.max(1, Math.ceil((end - now.getTime()) / 1000));
}

async function recordFailure(em: EntityManager, subjects: string[], now: Date) {
  for (const subject of subjects) {
    await em.execute(
      `insert into attempt_counter (subject, window_start, count) values (?, ?, 1)
       on conflict (subject, window_start) do update set count = attempt_counter.count + 1`,
      [subject, windowOf(now)],
    );
  }
}

function refuse(ctx: Context, staffId: string, retryAfterSeconds: number) {
  ctx.log.warn(
    { event: 'security', threat: 'code_guessing', staffId, retryAfterSeconds },
    'failed redemptions over the limit',
  );
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return rateLimited(
    `查询失败次数过多，请 ${minutes} 分钟后再试；请核对电子码后再查询`,
    retryAfterSeconds,
  );
}

/**
 * Runs one redemption attempt under the limit on codes that were not found (guesses), per
 * clerk and per address, counted in PostgreSQL so every instance sees the same figure. A
 * clerk's attempts run one after another under an advisory lock: check, attempt and count
 * happen together, so parallel requests cannot slip past the limit. Other clerks, also at
 * the same center, are not held up.
 */
export async function withRedeemLimit<T>(
  ctx: Context,
  staffId: string,
  attempt: (tx: EntityManager) => Promise<{ guessFailed: boolean; result: T }>,
): Promise<T> {
  const subjects = [`redeem:staff:${staffId}`, `redeem:addr:${ctx.clientAddress}`];
  const now = ctx.services.now();
  // Refused without taking a lock or a transaction, so a flood waits on nothing.
  const early = await retryAfter(ctx.em, subjects, now);
  if (early !== null) throw refuse(ctx, staffId, early);

  try {
    return await ctx.em.transactional(async (tx) => {
      await tx.execute(`set local lock_timeout = '${LOCK_WAIT}'`);
      await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [subjects[0]]);
      const late = await retryAfter(tx, subjects, now);
      if (late !== null) throw refuse(ctx, staffId, late);

      const { guessFailed, result } = await attempt(tx);
      if (guessFailed) await recordFailure(tx, subjects, now);
      return result;
    });
  } catch (error) {
    if ((error as { code?: string }).code === LOCK_NOT_AVAILABLE) throw refuse(ctx, staffId, 5);
    throw error;
  }
}
