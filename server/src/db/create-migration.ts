/**
 * Writes a migration for the difference between the entities and the schema the existing
 * migrations build. Run by developers: `npm run migration:create --workspace server`.
 */
import 'reflect-metadata';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { createLogger } from '../logger';
import { startEmbeddedPostgres } from './embedded-postgres';
import { ormOptions } from './orm';

async function main() {
  const log = createLogger('warn');
  const dir = path.join(os.tmpdir(), `hpf-ecode-migration-${process.pid}`);
  const db = await startEmbeddedPostgres(dir, 0, log);
  try {
    const options = ormOptions(db.url);
    const orm = await MikroORM.init({
      ...options,
      migrations: {
        ...options.migrations,
        path: path.join(__dirname, 'migrations'),
        snapshot: false,
      },
    });
    await orm.getMigrator().up();
    const result = await orm.getMigrator().createMigration(undefined, false, false, 'schema');
    console.log(result.diff.up.length ? `wrote ${result.fileName}` : 'no schema change');
    await orm.close();
  } finally {
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
