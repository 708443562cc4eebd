import type { FastifyInstance } from 'fastify';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { Employee, IdType } from '../employees/employee.entity';
import { formatError } from '../errors';
import { prepareSocketOperation } from '../security/socket-operation';
import type { Services } from '../services';
import { identifyCaller, type Caller, type Context } from './context';

/** Close codes the mini program acts on: 4401 sign in again, 4403 token no longer valid. */
export const CLOSE_UNAUTHORIZED = 4401;
export const CLOSE_FORBIDDEN = 4403;

/**
 * graphql-ws on the same port and path as the HTTP API. A socket is accepted only with an
 * employee's valid token in `connection_init`, and is closed when that token expires.
 */
export function attachSubscriptions(
  fastify: FastifyInstance,
  schema: GraphQLSchema,
  services: Services,
) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const callers = new WeakMap<WebSocket, Caller>();
  const expiryTimers = new Set<NodeJS.Timeout>();

  fastify.server.on('upgrade', (request, socket, head) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (pathname !== '/graphql') {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  });

  const mask = (errors: readonly GraphQLError[]): GraphQLFormattedError[] =>
    errors.map((error) =>
      formatError(
        error.toJSON(),
        (masked, original) => services.log.error({ err: original }, 'subscription failed'),
        error,
      ),
    );

  const server = useServer<{ authorization?: unknown }>(
    {
      schema,
      onConnect: async (ctx) => {
        const { socket } = ctx.extra;
        const em = services.orm.em.fork();
        const caller = await identifyCaller(services, em, ctx.connectionParams?.authorization);
        if (caller.kind !== 'employee') {
          // Staff and API keys have no events here: to this socket they are no employee token.
          socket.close(CLOSE_UNAUTHORIZED, 'Unauthorized');
          return false;
        }

        const record = await em.findOne(Employee, {
          idType: IdType.RESIDENT_ID,
          idNumber: caller.identity.idNumber,
        });
        caller.employeeId = record?.id ?? null;
        callers.set(socket, caller);

        const expiresAt = caller.identity.expiresAt;
        if (expiresAt) {
          const delay = Math.max(0, expiresAt.getTime() - services.now().getTime());
          const timer = setTimeout(
            () => {
              expiryTimers.delete(timer);
              socket.close(CLOSE_FORBIDDEN, 'Token expired');
            },
            Math.min(delay, 2 ** 31 - 1),
          );
          timer.unref();
          expiryTimers.add(timer);
          socket.once('close', () => {
            clearTimeout(timer);
            expiryTimers.delete(timer);
          });
        }
        return true;
      },
      onSubscribe: (ctx, _id, payload) =>
        prepareSocketOperation(
          schema,
          payload,
          services.config.mode === 'production',
          Object.keys(ctx.subscriptions).length,
        ),
      context: (ctx): Context => ({
        services,
        em: services.orm.em.fork(),
        caller: callers.get(ctx.extra.socket) ?? { kind: 'anonymous' },
        clientAddress: ctx.extra.request.socket.remoteAddress ?? '',
        log: services.log,
      }),
      onError: (_ctx, _id, _payload, errors) => mask(errors),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: mask(result.errors) } : undefined,
    },
    wss,
  );

  return {
    async close() {
      for (const timer of expiryTimers) clearTimeout(timer);
      for (const client of wss.clients) client.close(1001, 'Going away');
      await server.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
