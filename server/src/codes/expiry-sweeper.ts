import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logger';
import { CODE_EVENTS_CHANNEL } from '../events/record-event';

/** How often codes past 24:00 are marked EXPIRED and their owners told. */
export const SWEEP_INTERVAL_MS = 15_000;
/** Codes expired per statement, so no transaction holds many row locks for long. */
export const SWEEP_BATCH = 1000;

/**
 * Marks codes past their expiry EXPIRED, with an event each, in one statement. Every instance
 * may run it at once: SKIP LOCKED hands each row to one of them.
 */
export async function expireDueCodes(
  orm: MikroORM,
  now: Date,
  batch = SWEEP_BATCH,
): Promise<number> {
  const rows: unknown[] = await orm.em.fork().execute(
    `with due as (
       select id from ecode where state = 'ACTIVE' and expires_at <= ?
       order by expires_at limit ? for update skip locked
     ), expired as (
       update ecode set state = 'EXPIRED', ended_at = ecode.expires_at
       from due where ecode.id = due.id
       returning ecode.id, ecode.employee_id, ecode.expires_at
     ), events as (
       insert into code_event (employee_id, code_id, type, occurred_at)
       select employee_id, id, 'EXPIRED', expires_at from expired
       returning id, employee_id
     )
     select pg_notify('${CODE_EVENTS_CHANNEL}',
       json_build_object('id', id::text, 'employeeId', employee_id)::text)
     from events`,
    [now, batch],
  );
  return rows.length;
}

export function startExpirySweeper(
  orm: MikroORM,
  log: Logger,
  now: () => Date,
  batchSize = SWEEP_BATCH,
) {
  let running = false;
  const sweep = async () => {
    if (running) return;
    running = true;
    try {
      // At 24:00 a whole day's unused codes fall due at once: keep going until none are left.
      let expired = 0;
      for (let batch = batchSize; batch === batchSize; expired += batch) {
        batch = await expireDueCodes(orm, now(), batchSize);
      }
      if (expired) log.info({ expired }, 'codes expired at the end of their day');
    } catch (error) {
      log.warn({ err: String(error) }, 'expiry sweep failed; will retry');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(sweep, SWEEP_INTERVAL_MS);
  timer.unref();
  return {
    sweep,
    stop: () => clearInterval(timer),
  };
}
