import type { EntityManager } from '@mikro-orm/postgresql';
import type { CodeEventType } from './code-event.entity';

/** The PostgreSQL channel every instance listens on. */
export const CODE_EVENTS_CHANNEL = 'code_events';

/** What travels in a NOTIFY: just enough for an instance to find the subscribers. */
export interface CodeEventNotice {
  id: string;
  employeeId: string;
}

/**
 * Writes the event and its NOTIFY in one statement of the caller's transaction, so a
 * notification exists exactly when the change it reports has committed.
 */
export async function recordCodeEvent(
  em: EntityManager,
  event: {
    employeeId: string;
    codeId: string;
    type: CodeEventType;
    redemptionId?: string | null;
    at: Date;
  },
) {
  await em.execute(
    `with event as (
       insert into code_event (employee_id, code_id, type, redemption_id, occurred_at)
       values (?, ?, ?, ?, ?)
       returning id, employee_id
     )
     select pg_notify('${CODE_EVENTS_CHANNEL}',
       json_build_object('id', id::text, 'employeeId', employee_id)::text)
     from event`,
    [event.employeeId, event.codeId, event.type, event.redemptionId ?? null, event.at],
  );
}
