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
 * minutes; an unknown username costs the same time as a known one.
 */
export async function staffLogin(
  em: EntityManager,
  username: string,
  password: string,
  now: Date,
): Promise<LoginResult> {
  const staff = await em.findOne(Staff, { username: username.trim() }, { populate: ['center'] });
  if (staff?.lockedUntil && staff.lockedUntil > now) {
    const minutes = Math.ceil((staff.lockedUntil.getTime() - now.getTime()) / 60_000);
    return {
      error: userError(
        UserErrorCode.ACCOUNT_LOCKED,
        `密码错误次数过多，账号已锁定，请 ${minutes} 分钟后再试或联系中心管理员`,
      ),
    };
  }

  const valid = await verifyPassword(staff?.passwordHash ?? null, password);
  if (!staff || !valid || !staff.active || staff.center?.active === false) {
    if (staff && !valid) await recordFailure(em, staff, now);
    return { error: INVALID };
  }

  if (staff.failedLogins > 0 || staff.lockedUntil) {
    await em.nativeUpdate(Staff, { id: staff.id }, { failedLogins: 0, lockedUntil: null });
  }
  const { token, session } = await createSession(em, staff, now);
  return { staff, token, expiresAt: session.expiresAt };
}

async function recordFailure(em: EntityManager, staff: Staff, now: Date) {
  const rows: { failed_logins: number }[] = await em.execute(
    `update staff set failed_logins = failed_logins + 1,
       locked_until = case when failed_logins + 1 >= ? then ?::timestamptz else locked_until end
     where id = ? returning failed_logins`,
    [MAX_FAILED_LOGINS, new Date(now.getTime() + LOCKOUT_MS), staff.id],
  );
  if ((rows[0]?.failed_logins ?? 0) >= MAX_FAILED_LOGINS) {
    await em.nativeUpdate(Staff, { id: staff.id }, { failedLogins: 0 });
  }
}
