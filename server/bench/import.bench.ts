/**
 * `npm run bench:import`: one million deposit accounts with their monthly history, imported
 * the way the CLI does it, against a plain COPY of the same rows into tables with the service's
 * keys (the ceiling), and into bare tables (what the database takes with no keys to keep).
 *
 * Environment: BENCH_EMPLOYEES (default 1000000), BENCH_MONTHS (history per account,
 * default 12), BENCH_ADMIN_DATABASE_URL (a PostgreSQL server to create a scratch database
 * on; default: an embedded PostgreSQL in a temporary folder, like the service's).
 */
import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { chmodSync, createReadStream, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded-postgres';
import { openDatabase } from '../src/db/orm';
import type { ImportReport } from '../src/import/import-run';
import { KINDS } from '../src/import/record-kinds';
import { createLogger } from '../src/logger';

const employees = Number(process.env.BENCH_EMPLOYEES || 1_000_000);
const months = Number(process.env.BENCH_MONTHS || 12);
const FILES = [
  ['employee', 'employees.csv'],
  ['depositAccount', 'deposit_accounts.csv'],
  ['depositMonth', 'deposit_months.csv'],
] as const;

function mb(bytes: number) {
  return Math.round(bytes / 1024 / 1024);
}

async function scratchDatabase(dir: string) {
  const admin = process.env.BENCH_ADMIN_DATABASE_URL;
  if (!admin) {
    const embedded = await startEmbeddedPostgres(path.join(dir, 'pg'), 0, createLogger('warn'));
    return { url: embedded.url, embedded, drop: async () => {} };
  }
  const name = `hpf_import_bench_${process.pid}`;
  const client = new Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    embedded: null as EmbeddedDatabase | null,
    drop: async () => {
      const c = new Client({ connectionString: admin });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/**
 * The ceilings: the same CSV files by COPY into tables of the same column types, once bare
 * (no keys at all) and once with the keys the service's tables have: primary keys, the unique
 * keys, the index from accounts to people, the foreign keys from accounts to their center and
 * people and from months to accounts. The files name people and accounts by their numbers, so
 * those stand in for the service's ids in the references.
 */
const keyedTables = (centerId: string) => [
  `create table ceiling_import_employee (id uuid primary key default gen_random_uuid(),
     id_type text, id_number text, name text, mobile text, unique (id_type, id_number))`,
  `create table ceiling_import_deposit_account (id uuid primary key default gen_random_uuid(),
     center_id uuid not null default '${centerId}' references center (id),
     account_number text unique, id_type text, id_number text, status text,
     employer_name text, employer_number text, opened_on date, deposit_base numeric,
     employer_rate numeric, employee_rate numeric, monthly_amount numeric, balance numeric,
     paid_up_to text,
     foreign key (id_type, id_number) references ceiling_import_employee (id_type, id_number))`,
  `create index on ceiling_import_deposit_account (id_type, id_number)`,
  `create table ceiling_import_deposit_month (
     account_number text references ceiling_import_deposit_account (account_number), month text,
     amount numeric, employer_name text, primary key (account_number, month))`,
];

async function plainCopy(client: Client, folder: string, keyed: boolean) {
  const tables = FILES.map(([kind]) => `ceiling_${KINDS.find((k) => k.kind === kind)!.table}`);
  if (keyed) {
    const { rows } = await client.query<{ id: string }>(`select id from center`);
    for (const statement of keyedTables(rows[0].id)) await client.query(statement);
  } else {
    for (const [i, [kind]] of FILES.entries()) {
      const spec = KINDS.find((k) => k.kind === kind)!;
      const columns = spec.columns.map((c) => `${c.key} ${c.sqlType}`).join(', ');
      await client.query(`create table ${tables[i]} (${columns})`);
    }
  }
  let rows = 0;
  const started = Date.now();
  for (const [i, [kind, file]] of FILES.entries()) {
    const spec = KINDS.find((k) => k.kind === kind)!;
    const columns = spec.columns.map((c) => c.key).join(', ');
    const stream = client.query(
      copyFrom(`copy ${tables[i]} (${columns}) from stdin (format csv, header true)`),
    );
    await pipeline(createReadStream(path.join(folder, file), { highWaterMark: 1 << 20 }), stream);
    rows += stream.rowCount;
  }
  const seconds = (Date.now() - started) / 1000;
  for (const table of [...tables].reverse()) await client.query(`drop table ${table}`);
  return { rows, seconds };
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hpf-import-bench-'));
  // As root the embedded PostgreSQL runs as user postgres, which must reach its folder.
  chmodSync(dir, 0o755);
  const folder = path.join(dir, 'files', '440300');
  const database = await scratchDatabase(dir);
  try {
    const orm = await openDatabase(database.url);
    await orm.em.getConnection().execute(
      `insert into center (id, code, name, region, active, created_at)
       values (gen_random_uuid(), '440300', '深圳市住房公积金管理中心', '广东省深圳市', true, now())`,
    );
    await orm.close();

    console.log(`generating ${employees} people with ${months} months of history each ...`);
    const generated = spawnSync(
      process.execPath,
      [
        ...['-r', '@swc-node/register', path.join(__dirname, '../src/generator/generate.cli.ts')],
        ...['--employees', String(employees), '--out', path.join(dir, 'files')],
        ...['--centers', '440300', '--months', String(months), '--profile', 'bench'],
        ...['--headers', 'en', '--seed', '42'],
      ],
      { stdio: ['ignore', 'inherit', 'inherit'], cwd: path.join(__dirname, '..') },
    );
    if (generated.status !== 0) throw new Error('the generator failed');

    const client = new Client({ connectionString: database.url });
    // A dropped connection then fails the running query, instead of crashing the process.
    client.on('error', (error) => console.error(`database connection lost: ${error.message}`));
    await client.connect();
    const bare = await plainCopy(client, folder, false);
    await client.query('checkpoint');
    const keyed = await plainCopy(client, folder, true);
    await client.query('checkpoint');

    await client.end();
    const child = spawnSync(
      process.execPath,
      [
        // The same heap limit as `npm run import`: the import's working set is small, and a
        // larger heap only lets garbage pile up before V8 collects it.
        '--max-old-space-size=128',
        ...['-r', '@swc-node/register', path.join(__dirname, 'import-child.ts')],
        ...[database.url, folder],
      ],
      { cwd: path.join(__dirname, '..'), encoding: 'utf8', maxBuffer: 64 << 20 },
    );
    if (child.status !== 0) throw new Error(`the import failed: ${child.stderr}`);
    const { report, peakRss, maxRss } = JSON.parse(child.stdout) as {
      report: ImportReport;
      peakRss: number;
      maxRss: number;
    };
    if (!report.committed) throw new Error(`import refused: ${JSON.stringify(report.problems)}`);

    const importSeconds = report.durationMs / 1000;
    const importRate = report.rows / importSeconds;
    const bareRate = bare.rows / bare.seconds;
    const keyedRate = keyed.rows / keyed.seconds;
    const { readMs, checkMs, mergeMs } = report.phases;
    console.log(
      [
        `rows: ${report.rows} (${employees} employees, ${employees} accounts, ` +
          `${report.rows - 2 * employees} months)`,
        `import: ${importSeconds.toFixed(1)} s, ${Math.round(importRate)} rows/s ` +
          `(read+stage ${(readMs / 1000).toFixed(1)} s, checks ${(checkMs / 1000).toFixed(1)} s, ` +
          `merge ${(mergeMs / 1000).toFixed(1)} s)`,
        `plain COPY of the same rows into tables with the service's keys (the ceiling): ` +
          `${keyed.seconds.toFixed(1)} s, ${Math.round(keyedRate)} rows/s`,
        `plain COPY of the same rows into bare tables: ${bare.seconds.toFixed(1)} s, ` +
          `${Math.round(bareRate)} rows/s`,
        `import / ceiling: ${((importRate / keyedRate) * 100).toFixed(0)} % (aim: 50 %); ` +
          `import / bare COPY: ${((importRate / bareRate) * 100).toFixed(0)} %`,
        `load average at the end: ${os
          .loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')} ` + `on ${os.cpus().length} cores`,
        `peak RSS of the importing process: ${mb(maxRss)} MB (sampled: ${mb(peakRss)} MB)`,
      ].join('\n'),
    );
  } finally {
    await database.embedded?.stop();
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
