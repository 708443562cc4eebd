import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logger';
import { deleteOldCounters } from './attempt-limits';

/** How often the retention job looks for form snapshots past their period. */
export const RETENTION_INTERVAL_MS = 60 * 60_000;
/** Attempt counters are needed for their window only; a day is plenty. */
const COUNTER_KEEP_MS = 24 * 3600_000;

/**
 * Deletes the content of disclosed forms older than the retention period. The usage record
 * (who, where, when), the serial number, the check code and the digest stay, so the employee
 * still sees the query and a printout can still be verified.
 */
export async function purgeExpiredSnapshots(orm: MikroORM, retentionDays: number, now: Date) {
  const em = orm.em.fork();
  const cutoff = new Date(now.getTime() - retentionDays * 24 * 3600_000);
  const purged = await em.execute(
    'update redemption set snapshot = null where snapshot is not null and queried_at < ?',
    [cutoff],
    'run',
  );
  await deleteOldCounters(em, new Date(now.getTime() - COUNTER_KEEP_MS));
  return (purged as { affectedRows?: number }).affectedRows ?? 0;
}

/** Runs the purge at start and then hourly; every instance may run it, it is idempotent. */
export function startSnapshotRetention(
  orm: MikroORM,
  log: Logger,
  retentionDays: number,
  now: () => Date,
) {
  let running: Promise<number> | null = null;
  const purge = async () => {
    try {
      const purged = await purgeExpiredSnapshots(orm, retentionDays, now());
      if (purged) log.info({ event: 'snapshots_purged', purged, retentionDays }, 'retention');
      return purged;
    } catch (error) {
      log.warn({ err: String(error) }, 'snapshot retention failed; will retry');
      return 0;
    } finally {
      running = null;
    }
  };
  const run = () => (running ??= purge());
  const timer = setInterval(() => void run(), RETENTION_INTERVAL_MS);
  timer.unref();
  void run();
  return {
    run,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
