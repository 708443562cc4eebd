import { rateLimited } from '../errors';
import type { Context } from '../graphql/context';
import { LOGIN_FAILURES, reserveAttempt, type AttemptLimit } from './attempt-limits';

/** Counts an attempt before it is made; over the limit, logs a security event and refuses. */
async function guard(ctx: Context, limit: AttemptLimit, subjects: string[], log: object) {
  const reservation = await reserveAttempt(ctx.em, limit, subjects, ctx.services.now());
  const retryAfterSeconds = reservation.retryAfterSeconds;
  if (retryAfterSeconds === null) return reservation;

  ctx.log.warn(
    { event: 'security', limit: limit.kind, retryAfterSeconds, ...log },
    'failed attempts over the limit',
  );
  const minutes = Math.ceil(retryAfterSeconds / 60);
  throw rateLimited(`失败次数过多，请 ${minutes} 分钟后再试`, retryAfterSeconds);
}

/** Counts a sign-in against the address; refunded on success. */
export function guardLoginAttempt(ctx: Context) {
  return guard(ctx, LOGIN_FAILURES, [`addr:${ctx.clientAddress}`], {
    threat: 'password_guessing',
  });
}
