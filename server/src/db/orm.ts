import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Logger } from '../logger';
import { entities } from './entities';
import { migrationsList } from './migrations';

export function ormOptions(databaseUrl: string, log?: Logger): Options {
  return {
    clientUrl: databaseUrl,
    entities,
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true },
    pool: { min: 1, max: 20 },
    // Queries are not logged: their parameters may hold personal data.
    debug: false,
    logger: (message) => log?.debug({ orm: message }, 'orm'),
    forceUtcTimezone: true,
    allowGlobalContext: false,
    discovery: { warnWhenNoEntities: true },
  };
}

/** Opens the database and brings its schema up to date. */
export async function openDatabase(databaseUrl: string, log?: Logger) {
  const orm = await MikroORM.init(ormOptions(databaseUrl, log));
  const applied = await orm.getMigrator().up();
  if (applied.length) log?.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  return orm;
}

export type Orm = MikroORM;
