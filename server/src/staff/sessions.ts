import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { StaffSession } from './staff-session.entity';
import type { Staff } from './staff.entity';

export const STAFF_TOKEN_PREFIX = 'hpfs_';
/** A counter shift; the clerk signs in again the next day. */
export const SESSION_MAX_LIFETIME_MS = 12 * 3600_000;
/** A console left alone this long is signed out. */
export const SESSION_IDLE_TIMEOUT_MS = 30 * 60_000;
/** Last-seen is written at most this often, not on every request. */
const TOUCH_INTERVAL_MS = 60_000;

function hashToken(token: string) {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(em: EntityManager, staff: Staff, now: Date) {
  const token = STAFF_TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const session = em.create(StaffSession, {
    staff,
    tokenHash: hashToken(token),
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + SESSION_MAX_LIFETIME_MS),
  });
  await em.persistAndFlush(session);
  return { token, session };
}

/** The live session a token belongs to, or null when it is unknown, ended, idle or expired. */
export async function findSession(em: EntityManager, token: string, now: Date) {
  const session = await em.findOne(
    StaffSession,
    { tokenHash: hashToken(token), endedAt: null },
    { populate: ['staff', 'staff.center'] },
  );
  if (!session) return null;

  const idleSince = now.getTime() - session.lastSeenAt.getTime();
  const { staff } = session;
  const usable =
    session.expiresAt > now &&
    idleSince < SESSION_IDLE_TIMEOUT_MS &&
    staff.active &&
    (staff.center === null || staff.center === undefined || staff.center.active);
  if (!usable) return null;

  if (idleSince > TOUCH_INTERVAL_MS) {
    await em.nativeUpdate(StaffSession, { id: session.id }, { lastSeenAt: now });
  }
  return session;
}

export async function endSession(em: EntityManager, sessionId: string, now: Date) {
  await em.nativeUpdate(StaffSession, { id: sessionId, endedAt: null }, { endedAt: now });
}

/** Ends every session of a staff member: deactivation and password reset call this. */
export async function endAllSessions(em: EntityManager, staffId: string, now: Date) {
  await em.nativeUpdate(StaffSession, { staff: staffId, endedAt: null }, { endedAt: now });
}
