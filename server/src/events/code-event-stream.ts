import type { MikroORM } from '@mikro-orm/postgresql';
import { toCodeType } from '../codes/code.type';
import type { Logger } from '../logger';
import { Redemption } from '../redemptions/redemption.entity';
import { toUsageRecord, USAGE_RECORD_POPULATE } from '../redemptions/usage-record.type';
import { CodeEvent } from './code-event.entity';
import type { CodeEventHub } from './code-event-hub';
import { CodeEventPayload } from './code-event.type';

interface StreamDeps {
  orm: MikroORM;
  hub: CodeEventHub;
  log: Logger;
  now: () => Date;
}

async function loadEvent(deps: StreamDeps, id: string): Promise<CodeEventPayload | null> {
  const em = deps.orm.em.fork();
  const event = await em.findOne(CodeEvent, id, {
    populate: ['code.center', 'code.depositAccount', 'code.loanAccounts'],
  });
  if (!event) return null;

  const redemption = event.redemption
    ? await em.findOneOrFail(Redemption, event.redemption.id, {
        populate: USAGE_RECORD_POPULATE,
      })
    : null;
  const now = deps.now();
  return Object.assign(new CodeEventPayload(), {
    id: event.id,
    type: event.type,
    occurredAt: event.occurredAt,
    code: toCodeType(event.code, now),
    usageRecord: redemption ? toUsageRecord(redemption, now) : null,
  });
}

const CATCH_UP_PAGE = 100;

async function idsAfter(deps: StreamDeps, employeeId: string, after: string) {
  const rows = await deps.orm.em
    .fork()
    .find(
      CodeEvent,
      { employee: employeeId, id: { $gt: after } },
      { fields: ['id'], orderBy: { id: 'asc' }, limit: CATCH_UP_PAGE },
    );
  return rows.map((row) => row.id);
}

async function latestId(deps: StreamDeps, employeeId: string) {
  const rows: { id: string | null }[] = await deps.orm.em
    .fork()
    .execute('select max(id)::text as id from code_event where employee_id = ?', [employeeId]);
  return rows[0]?.id ?? '0';
}

/**
 * One subscriber's events. Listening starts before this function returns, so an event that
 * commits while the subscription is being set up is still delivered; with `after`, events
 * since that id are replayed first. Each event is delivered once.
 */
export function codeEventStream(
  deps: StreamDeps,
  employeeId: string,
  after: string | null,
): AsyncIterableIterator<CodeEventPayload> {
  const queue: string[] = [];
  const seen = new Set<string>();
  let lastId = after;
  let wake: (() => void) | null = null;
  let done = false;

  const enqueue = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    queue.push(id);
    wake?.();
  };
  const catchUp = async () => {
    if (lastId === null) return;
    // Page through everything missed, not only the first page.
    for (let from = lastId; ;) {
      const ids = await idsAfter(deps, employeeId, from);
      ids.forEach(enqueue);
      if (ids.length < CATCH_UP_PAGE || done) return;
      from = ids[ids.length - 1];
    }
  };
  const resync = () => {
    catchUp().catch((error: unknown) =>
      deps.log.warn({ err: String(error) }, 'event catch-up failed'),
    );
  };
  const stop = deps.hub.listen(employeeId, (notice) => enqueue(notice.id), resync);
  if (after === null) {
    // Where to catch up from if the listening connection drops before any event arrives.
    latestId(deps, employeeId)
      .then((latest) => (lastId ??= latest))
      .catch(() => undefined);
  } else {
    resync();
  }

  const finish = async (): Promise<IteratorResult<CodeEventPayload>> => {
    done = true;
    stop();
    wake?.();
    return { value: undefined, done: true };
  };

  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next(): Promise<IteratorResult<CodeEventPayload>> {
      while (!done) {
        const id = queue.shift();
        if (id === undefined) {
          await new Promise<void>((resolve) => (wake = resolve));
          wake = null;
          continue;
        }
        const event = await loadEvent(deps, id);
        if (!event) continue;
        if (lastId === null || BigInt(id) > BigInt(lastId)) lastId = id;
        return { value: event, done: false };
      }
      return { value: undefined, done: true };
    },
    return: finish,
    throw: async (error?: unknown) => {
      await finish();
      throw error;
    },
  };
}
