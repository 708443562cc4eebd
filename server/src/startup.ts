import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { parseEnv } from 'node:util';

/** A start-up failure a person can act on, said in one line. */
export class StartError extends Error {}

/**
 * Reads `.env` from the folder `npm start` ran in. Variables already in the environment win,
 * so a deployment's own settings are never overridden by a stray file.
 */
export function loadDotEnv(env: NodeJS.ProcessEnv = process.env) {
  const file = path.resolve(env.INIT_CWD || process.cwd(), '.env');
  if (!existsSync(file)) return null;
  const values = parseEnv(readFileSync(file, 'utf8'));
  for (const [name, value] of Object.entries(values)) {
    if (env[name] === undefined) env[name] = value;
  }
  return file;
}

/** Alive and a Node.js process, so a recycled pid of some other program does not count. */
function isServer(pid: number) {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  return !existsSync(cmdline) || readFileSync(cmdline, 'utf8').includes('node');
}

/**
 * One server per data folder with an embedded PostgreSQL: a second one would take the first
 * one's database away. The lock is a pid file, removed on exit.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  const file = path.join(dataDir, 'server.pid');
  if (existsSync(file)) {
    const pid = Number(readFileSync(file, 'utf8').trim());
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isServer(pid)) {
      throw new StartError(
        `another server (pid ${pid}) is running on the data folder ${dataDir}; ` +
          'stop it first, or give this one its own DATA_DIR',
      );
    }
  }
  writeFileSync(file, `${process.pid}\n`);
  return () => rmSync(file, { force: true });
}

/** Fails fast on a port in use or a bad HOST, before a database is started for nothing. */
export function assertCanListen(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, host, port)));
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

function listenError(error: NodeJS.ErrnoException, host: string, port: number) {
  switch (error.code) {
    case 'EADDRINUSE':
      return new StartError(`port ${port} on ${host} is in use; stop what uses it or set PORT`);
    case 'EACCES':
      return new StartError(`no permission to listen on port ${port}; choose PORT above 1023`);
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new StartError(`HOST "${host}" is not an address of this machine`);
    default:
      return new StartError(`cannot listen on ${host}:${port} (${error.code ?? error.message})`);
  }
}

/** The one line for a failure while starting; unknown failures keep their own message. */
export function describeStartError(error: unknown, databaseUrlGiven: boolean): string {
  if (error instanceof StartError) return error.message;
  const code = (error as NodeJS.ErrnoException)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (
    ['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EAI_AGAIN', '28P01', '3D000'].includes(code ?? '')
  ) {
    const where = databaseUrlGiven ? 'the database at DATABASE_URL' : 'the embedded database';
    return `cannot reach ${where} (${code}): ${message}`;
  }
  if (['EACCES', 'ENOTDIR', 'EROFS', 'EEXIST'].includes(code ?? '')) {
    return `the data folder cannot be used (${code}): ${message}; set DATA_DIR to a writable folder`;
  }
  return message;
}
