import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createApp, type App } from '../../src/app';
import { readConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createTestDatabase } from './database';

export interface TestServer {
  url: string;
  wsUrl: string;
  databaseUrl: string;
  dataDir: string;
  app: App;
  /** Everything the server logged, one JSON line each. */
  logs: string[];
  /** Moves this server's clock; `null` goes back to real time. */
  setNow(at: Date | null): void;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** Share a database (and data folder) with another instance. */
  databaseUrl?: string;
  dataDir?: string;
  env?: Record<string, string>;
}

/** A real server on a free loopback port, with a fresh database unless one is given. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const database = options.databaseUrl ? null : await createTestDatabase();
  const databaseUrl = options.databaseUrl ?? database!.url;
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'hpf-test-'));
  const config = readConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ...options.env });

  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logs.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  let fixedNow: Date | null = null;
  const app = await createApp({
    config,
    log: createLogger('debug', sink),
    databaseUrl,
    now: () => fixedNow ?? new Date(),
  });
  const url = await app.listen();

  return {
    url,
    wsUrl: url.replace(/^http/, 'ws') + '/graphql',
    databaseUrl,
    dataDir,
    app,
    logs,
    setNow(at) {
      fixedNow = at;
    },
    async close() {
      await app.close();
      await database?.drop();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
