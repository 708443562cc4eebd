import 'reflect-metadata';
import { createApp, type App } from './app';
import { ConfigError, readConfig } from './config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded-postgres';
import { createLogger } from './logger';
import { printDemoBanner } from './demo/banner';
import { assertCanListen, describeStartError, loadDotEnv, lockDataDir } from './startup';

async function main() {
  let config;
  try {
    loadDotEnv();
    config = readConfig();
  } catch (error) {
    if (error instanceof ConfigError || error instanceof SyntaxError) {
      console.error(`configuration error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);

  let embedded: EmbeddedDatabase | null = null;
  let unlock = () => undefined as void;
  let app: App | null = null;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    await app?.close().catch((error: unknown) => log.error({ err: error }, 'close failed'));
    await embedded?.stop().catch((error: unknown) => log.error({ err: error }, 'stop failed'));
    unlock();
    process.exit(0);
  };
  // embedded-postgres installs signal hooks that stop PostgreSQL and exit at once, racing the
  // orderly close below (requests drained, sockets closed, then PostgreSQL stopped).
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  // `on`, not `once`: under `npm start` a Ctrl-C arrives twice (from the terminal and from
  // npm), and a second signal with no listener would kill the process mid-close.
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    await assertCanListen(config.host, config.port);
    if (!config.databaseUrl) {
      unlock = lockDataDir(config.dataDir);
      embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort, log);
    }
    app = await createApp({ config, log, databaseUrl: config.databaseUrl ?? embedded!.url });
    const url = await app.listen();
    if (config.mode === 'demo') {
      log.warn('DEMO MODE: tokens are signed with a demo key; never use this with real data');
      printDemoBanner(url, app.demoPeople);
    } else {
      log.info({ url }, 'listening in production mode');
    }
  } catch (error) {
    log.debug({ err: error }, 'could not start');
    console.error(`could not start: ${describeStartError(error, Boolean(config.databaseUrl))}`);
    await app?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    unlock();
    process.exit(1);
  }
}

void main();
