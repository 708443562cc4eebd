import type { EntityManager } from '@mikro-orm/postgresql';
import { apiKeyHash } from './api-key-secret';
import { CenterApiKey } from './center-api-key.entity';

/** The live key for a bearer token: not revoked, and its center still active. */
export async function findApiKey(em: EntityManager, token: string, now: Date) {
  const key = await em.findOne(
    CenterApiKey,
    { keyHash: apiKeyHash(token), revokedAt: null, center: { active: true } },
    { populate: ['center'] },
  );
  if (!key) return null;
  // Recorded at most once a minute, so a busy integration does not write on every call.
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > 60_000) {
    await em.nativeUpdate(CenterApiKey, { id: key.id }, { lastUsedAt: now });
    key.lastUsedAt = now;
  }
  return key;
}
