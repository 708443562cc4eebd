import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';
import { connectionFile, startEmbeddedPostgres } from '../db/embedded-postgres';
import { openDatabase } from '../db/orm';
import type { Logger } from '../logger';

export interface ToolDatabase {
  url: string;
  /** Where the URL came from, for the tool's first line of output. */
  source: 'DATABASE_URL' | 'running service' | 'embedded (started for this run)';
  close(): Promise<void>;
}

async function reachable(url: string) {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The database a command-line tool works on, in this order: DATABASE_URL; the embedded
 * PostgreSQL of a service running on DATA_DIR (it leaves its URL in the data folder); or,
 * when no service runs there, that same embedded PostgreSQL started for the length of the
 * run. The schema is brought up to date in the last case only; a running service has done
 * it already.
 */
export async function openToolDatabase(log: Logger): Promise<ToolDatabase> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, source: 'DATABASE_URL', close: async () => {} };
  }
  const dataDir = path.resolve(
    process.env.INIT_CWD || process.cwd(),
    process.env.DATA_DIR || 'data',
  );
  const file = connectionFile(dataDir);
  if (existsSync(file)) {
    const url = (await fs.readFile(file, 'utf8')).trim();
    if (await reachable(url)) return { url, source: 'running service', close: async () => {} };
  }
  const embedded = await startEmbeddedPostgres(dataDir, 0, log, { leftover: 'refuse' });
  try {
    const orm = await openDatabase(embedded.url);
    await orm.close();
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  return { url: embedded.url, source: 'embedded (started for this run)', close: embedded.stop };
}
