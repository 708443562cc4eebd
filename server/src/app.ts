import 'reflect-metadata';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import fastifyCors from '@fastify/cors';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Config } from './config';
import { startExpirySweeper } from './codes/expiry-sweeper';
import { openDatabase } from './db/orm';
import { ensureDemoData } from './demo/seed';
import { CodeEventHub } from './events/code-event-hub';
import { formatError } from './errors';
import { identifyCaller, type Context } from './graphql/context';
import { appSchema } from './graphql/schema';
import { attachSubscriptions } from './graphql/subscriptions';
import { DemoIdentity } from './identity/demo-identity';
import { registerDevRoutes, type DemoPeople } from './identity/dev-routes';
import { loadVerificationKey } from './identity/keys';
import { TokenVerifier } from './identity/tokens';
import type { Logger } from './logger';
import { httpSecurityOptions } from './security/http-headers';
import { requestGuardPlugin } from './security/request-guard.plugin';
import { QUERY_LIMITS, queryLimitsRule } from './security/query-limits';
import { startSnapshotRetention } from './security/snapshot-retention';
import type { Services } from './services';

export interface AppOptions {
  config: Config;
  log: Logger;
  databaseUrl: string;
  /** The clock; tests move it. */
  now?: () => Date;
}

export interface App {
  fastify: FastifyInstance;
  services: Services;
  demoPeople: DemoPeople | null;
  /** Starts listening; resolves to the base URL. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

/** Demo mode keeps its code hash key in the data folder, shared by instances that share it. */
function demoCodeHashKey(dataDir: string) {
  const file = path.join(dataDir, 'demo-code-hash-key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const key = randomBytes(32).toString('base64url');
  writeFileSync(file, key + '\n', { mode: 0o600 });
  return key;
}

const PLACEHOLDER_CONSOLE = `<!doctype html><html lang="zh-CN"><meta charset="utf-8">
<title>住房公积金业务办理电子码 · 工作台</title>
<body style="font-family:sans-serif;max-width:40em;margin:4em auto">
<h1>住房公积金业务办理电子码 · 工作台</h1>
<p>工作台尚未构建。运行 <code>npm start</code> 会先构建工作台；GraphQL 接口位于 <code>/graphql</code>。</p>
<p>The staff console has not been built yet. The GraphQL API is at <code>/graphql</code>.</p>
</body></html>`;

export async function createApp(options: AppOptions): Promise<App> {
  const { config, log } = options;
  const now = options.now ?? (() => new Date());
  const orm = await openDatabase(options.databaseUrl, log);

  const demo =
    config.mode === 'demo'
      ? await DemoIdentity.open(
          config.dataDir,
          { employee: config.identity.employeeIssuer, face: config.identity.faceIssuer },
          config.identity.audience,
        )
      : null;
  const tokens = new TokenVerifier(
    demo ? demo.publicKey : await loadVerificationKey(config.identity.employeeKeys!),
    demo ? demo.publicKey : await loadVerificationKey(config.identity.faceKeys!),
    config.identity,
  );
  const hub = new CodeEventHub(options.databaseUrl, log);
  await hub.start();

  const services: Services = {
    config,
    orm,
    log,
    tokens,
    demo,
    codeHashKey: config.codeHashKey ?? demoCodeHashKey(config.dataDir),
    hub,
    now,
  };
  const demoPeople = demo ? await ensureDemoData(orm, config.dataDir, now()) : null;
  const sweeper = startExpirySweeper(orm, log, now);
  const retention = startSnapshotRetention(orm, log, config.snapshotRetentionDays, now);

  const fastify = Fastify({
    loggerInstance: log as FastifyBaseLogger,
    bodyLimit: 256 * 1024,
    return503OnClosing: true,
    trustProxy: config.trustProxy,
    // One line per request, written below, instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
  });
  // The route pattern, not the URL: a query string could carry something personal.
  fastify.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unknown',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });
  const security = httpSecurityOptions(config.corsOrigins);
  await fastify.register(fastifyHelmet, security.helmet);
  await fastify.register(fastifyCors, security.cors);
  const schema = await appSchema();
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.mode === 'demo',
    csrfPrevention: true,
    // The process owns shutdown (main.ts): Apollo re-raising the signal would cut it short.
    stopOnTerminationSignals: false,
    // A JSON array of operations would multiply attempts per request; one operation each.
    allowBatchedHttpRequests: false,
    // No client uses automatic persisted queries; off, a hash cannot stand in for a query.
    persistedQueries: false,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    validationRules: [queryLimitsRule],
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, original) =>
      formatError(
        formatted,
        (masked, error) => log.error({ err: error, path: masked.path }, 'request failed'),
        original,
      ),
    plugins: [fastifyApolloDrainPlugin(fastify), requestGuardPlugin<Context>()],
  });
  await apollo.start();

  // Malformed bodies and other transport errors still answer in GraphQL's shape.
  fastify.setErrorHandler((error: { statusCode?: number; message: string }, request, reply) => {
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ err: error }, 'request failed');
    const code = status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_USER_INPUT';
    const message = status === 500 ? '服务内部错误，请稍后再试' : '请求格式不正确';
    return reply.code(status).send({ errors: [{ message, extensions: { code } }] });
  });

  fastify.route({
    url: '/graphql',
    method: ['POST'],
    handler: fastifyApolloHandler(apollo, {
      context: async (request) => {
        const em = orm.em.fork();
        return {
          services,
          em,
          caller: await identifyCaller(services, em, request.headers.authorization),
          clientAddress: request.ip,
          log: request.log,
        };
      },
    }),
  });
  fastify.get('/graphql', async (_request, reply) =>
    reply
      .code(405)
      .header('allow', 'POST')
      .send({
        errors: [
          {
            message: 'Use POST for queries and mutations, or a graphql-ws WebSocket.',
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
      }),
  );
  fastify.get('/healthz', async () => ({ status: 'ok', mode: config.mode }));

  if (demo && demoPeople) registerDevRoutes(fastify, services, demo, async () => demoPeople);

  if (existsSync(path.join(config.consoleDir, 'index.html'))) {
    await fastify.register(fastifyStatic, { root: config.consoleDir, prefix: '/console/' });
    fastify.get('/console', (_request, reply) => reply.redirect('/console/'));
  } else {
    fastify.get('/console', (_request, reply) => reply.redirect('/console/'));
    fastify.get('/console/', (_request, reply) =>
      reply.type('text/html').send(PLACEHOLDER_CONSOLE),
    );
  }
  fastify.get('/', (_request, reply) => reply.redirect('/console/'));

  const subscriptions = attachSubscriptions(fastify, schema, services);

  return {
    fastify,
    services,
    demoPeople,
    async listen() {
      await fastify.listen({ port: config.port, host: config.host });
      const address = fastify.server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      return `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    },
    async close() {
      sweeper.stop();
      await retention.stop();
      await subscriptions.close();
      await fastify.close();
      await hub.close();
      await orm.close();
    },
  };
}
