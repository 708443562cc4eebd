/**
 * `npm run bench`: issues and redeems codes through the real HTTP API on a fresh database and
 * reports throughput, latency percentiles and memory. Figures go in docs/scaling.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../src/app';
import { readConfig } from '../src/config';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { createLogger } from '../src/logger';
import type { MikroORM } from '@mikro-orm/postgresql';
import { withCheckChar } from '../src/employees/id-number';
import { applyFor, redeem } from '../test/support/journey';
import { Center } from '../src/centers/center.entity';
import { hashPassword } from '../src/staff/passwords';
import { Staff, StaffRole } from '../src/staff/staff.entity';
import { gqlOk } from '../test/support/client';

const CODES = Number(process.env.BENCH_CODES ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function timed<T>(jobs: (() => Promise<T>)[], concurrency: number) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++];
        const t0 = performance.now();
        await job();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    perSecond: Math.round(jobs.length / seconds),
    p50: percentile(latencies, 50).toFixed(1),
    p95: percentile(latencies, 95).toFixed(1),
    p99: percentile(latencies, 99).toFixed(1),
  };
}

/** Employees with a Shenzhen deposit account and 36 months of history, made in SQL. */
async function seedEmployees(orm: MikroORM, count: number) {
  // Birth dates walk through 1990 so every number has a real date and a valid check digit.
  const ids = Array.from({ length: count }, (_, i) => {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, '0');
    const sequence = String(Math.floor(i / 336)).padStart(3, '0');
    return withCheckChar(`4403001990${month}${day}${sequence}`);
  });

  await orm.em.fork().execute(
    `with center as (select id from center where code = '440300'),
     people as (
       insert into employee (id, name, id_type, id_number, mobile, created_at)
       select gen_random_uuid(), '测试' || n, 'RESIDENT_ID', x, '13800000000', now()
       from unnest(?::text[]) with ordinality as t(x, n)
       returning id, name
     ), accounts as (
       insert into deposit_account (id, center_id, employee_id, account_number, status,
         employer_name, employer_number, opened_on, deposit_base, employer_rate, employee_rate,
         monthly_amount, balance, paid_up_to, data_as_of)
       select gen_random_uuid(), center.id, people.id, '9' || lpad(substr(people.name, 3), 10, '0'),
         'NORMAL', '深圳测试有限公司', '440300999999', '2015-01-01', 10000, 0.12, 0.12,
         2400, 86400, to_char(now(), 'YYYY-MM'), now()
       from people, center returning id
     )
     insert into deposit_month (account_id, month, amount, employer_name)
     select accounts.id, to_char(now() - (m || ' months')::interval, 'YYYY-MM'), 2400, '深圳测试有限公司'
     from accounts, generate_series(0, 35) m`,
    [`{${ids.join(',')}}`],
  );
  return ids;
}

/**
 * One Shenzhen clerk per client: a clerk's own attempts run one at a time (the guessing
 * limit's lock), so one clerk alone would measure a single counter, not the service.
 */
async function benchClerks(orm: MikroORM, url: string, count: number) {
  const em = orm.em.fork();
  const center = await em.findOneOrFail(Center, { code: '440300' });
  const passwordHash = await hashPassword('bench-password');
  for (let i = 0; i < count; i += 1) {
    em.create(Staff, {
      username: `bench_clerk_${i}`,
      staffNumber: `SZB${String(i).padStart(3, '0')}`,
      name: `测试办事员${i}`,
      role: StaffRole.CLERK,
      center,
      passwordHash,
    });
  }
  await em.flush();
  const login = `mutation($input: StaffLoginInput!) { staffLogin(input: $input) { token } }`;
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const input = { username: `bench_clerk_${i}`, password: 'bench-password' };
      const data = await gqlOk(url, login, { input });
      return data.staffLogin.token as string;
    }),
  );
}

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hpf-bench-'));
  const log = createLogger('warn');
  const db = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres(path.join(dataDir, 'db'), 0, log);
  const config = readConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
  const app = await createApp({
    config,
    log: createLogger('silent'),
    databaseUrl: process.env.DATABASE_URL ?? db!.url,
  });
  const url = await app.listen();

  try {
    const people = await seedEmployees(app.services.orm, CODES);
    const clerks = await benchClerks(app.services.orm, url, CONCURRENCY);

    const issued: string[] = [];
    const apply = await timed(
      people.map((idNumber) => async () => {
        const { code } = await applyFor(url, idNumber);
        issued.push(code.value);
      }),
      CONCURRENCY,
    );
    const redeemed = await timed(
      issued.map((value) => async () => {
        const result = await redeem(url, clerks[issued.indexOf(value) % clerks.length], value);
        if (!result.data?.redeemCode.form) throw new Error('a redemption failed');
      }),
      CONCURRENCY,
    );
    const rss = Math.round(process.memoryUsage().rss / 1024 / 1024);

    console.log(`machine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`);
    console.log(`${CODES} employees, ${CONCURRENCY} clients at a time, latencies in ms`);
    console.log(
      `apply journey (employee token, options, face, applyCode): ${JSON.stringify(apply)}`,
    );
    console.log(`redeemCode, every one disclosing a form: ${JSON.stringify(redeemed)}`);
    console.log(`server process RSS after the run: ${rss} MiB`);
  } finally {
    await app.close();
    await db?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
