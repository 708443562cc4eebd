import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { hashPassword } from '../staff/passwords';
import { Staff } from '../staff/staff.entity';

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Twelve characters in three groups: easy to type at a counter, hard to guess. */
function newPassword() {
  const bytes = randomBytes(12);
  const chars = [...bytes].map((byte) => ALPHABET[byte % ALPHABET.length]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

/**
 * The demo staff passwords, made at random for each data folder and kept there. A data
 * folder that meets an already seeded database (DATABASE_URL), or a database seeded anew, sets
 * fresh ones.
 */
export async function demoStaffPasswords(
  orm: MikroORM,
  dataDir: string,
  usernames: string[],
  freshDatabase: boolean,
): Promise<Record<string, string>> {
  const file = path.join(dataDir, 'demo-staff-passwords.json');
  const stored: Record<string, string> =
    !freshDatabase && existsSync(file)
      ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)
      : {};
  const missing = usernames.filter((username) => !stored[username]);
  if (missing.length === 0) return stored;

  const em = orm.em.fork();
  for (const username of missing) {
    stored[username] = newPassword();
    const passwordHash = await hashPassword(stored[username]);
    await em.nativeUpdate(
      Staff,
      { username },
      { passwordHash, failedLogins: 0, lockedUntil: null },
    );
  }
  writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  return stored;
}
