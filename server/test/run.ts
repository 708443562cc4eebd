/**
 * `npm test` in server/: runs every test file against a real PostgreSQL. With DATABASE_URL
 * set, that server is used (each test file makes and drops its own database); without it, an
 * embedded PostgreSQL is started for the run, the same way the service starts one.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded-postgres';
import { createLogger } from '../src/logger';

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(full);
    return entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

async function main() {
  const only = process.argv.slice(2);
  const files = only.length ? only : testFiles(__dirname).sort();
  let embedded: EmbeddedDatabase | null = null;
  let adminUrl = process.env.DATABASE_URL;
  let dataDir: string | null = null;

  if (!adminUrl) {
    // A cluster of its own for every run, so runs side by side do not stop each other's.
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'hpf-test-postgres-'));
    chmodSync(dataDir, 0o755);
    embedded = await startEmbeddedPostgres(dataDir, 0, createLogger('warn'));
    adminUrl = embedded.url;
  }

  const child = spawn(
    process.execPath,
    ['--test', '--test-concurrency=2', '-r', '@swc-node/register', ...files],
    {
      stdio: 'inherit',
      env: { ...process.env, TEST_ADMIN_DATABASE_URL: adminUrl, DATABASE_URL: '' },
    },
  );
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  await embedded?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  process.exit(code);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
