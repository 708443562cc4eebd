import type { EntityManager } from '@mikro-orm/postgresql';
import { userError, UserErrorCode, type UserError } from '../graphql/user-error';
import { verifyPassword } from './passwords';
import { createSession } from './sessions';
import { Staff } from './staff.entity';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60_000;

const INVALID = userError(UserErrorCode.INVALID_CREDENTIALS, '用户名或密码错误');

type LoginResult = { staff: Staff; token: string; expiresAt: Date } | { error: UserError };

/**
 * Checks a password and opens a session. Five failures in a row lock the account for 15
 * minutes; an unknown username costs the same time as a known one. Each attempt is counted
 * before its password is checked, in one conditional statement, so a burst of parallel
 * attempts gets five guesses like a slow one, not one guess per request.
 */
export async function staffLogin(
  em: EntityManager,
  username: string,
  password: string,
  now: Date,
): Promise<LoginResult> {
  const staff = await em.findOne(Staff, { username: username.trim() }, { populate: ['center'] });
  if (staff && !(await reserveAttempt(em, staff, now))) {
    const lockedUntil = (await em.fork().findOneOrFail(Staff, staff.id)).lockedUntil ?? now;
    const minutes = Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000));
    return {
      error: userError(
        UserErrorCode.ACCOUNT_LOCKED,
        `密码错误次数过多，账号已锁定，请 ${minutes} 分钟后再试或联系中心管理员`,
      ),
    };
  }

  const valid = await verifyPassword(staff?.passwordHash ?? null, password);
  if (!staff || !valid || !staff.active || staff.center?.active === false) {
    return { error: INVALID };
  }

  await em.nativeUpdate(Staff, { id: staff.id }, { failedLogins: 0, lockedUntil: null });
  const { token, session } = await createSession(em, staff, now);
  return { staff, token, expiresAt: session.expiresAt };
}

/**
 * Counts an attempt against the account, locking it at the fifth; false when it is locked
 * already. Row locking makes concurrent attempts take their turn.
 */
async function reserveAttempt(em: EntityManager, staff: Staff, now: Date) {
  const rows: unknown[] = await em.execute(
    `update staff set
       failed_logins = case when failed_logins + 1 >= ? then 0 else failed_logins + 1 end,
       locked_until = case when failed_logins + 1 >= ? then ?::timestamptz else null end
     where id = ? and (locked_until is null or locked_until <= ?)
     returning id`,
    [MAX_FAILED_LOGINS, MAX_FAILED_LOGINS, new Date(now.getTime() + LOCKOUT_MS), staff.id, now],
  );
  return rows.length > 0;
}
