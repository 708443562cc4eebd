import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { Client } from 'pg';
import { openDatabase } from '../../src/db/orm';
import { runImport, type ImportReport, type ImportRequest } from '../../src/import/import-run';
import { createTestDatabase, sql } from '../support/database';

export const SHENZHEN = '440300';
export const GUANGZHOU = '440100';

/** A migrated database with two centers, a scratch folder for files, and an import runner. */
export async function importFixture() {
  const database = await createTestDatabase();
  const orm = await openDatabase(database.url);
  await orm.close();
  await sql(
    database.url,
    `insert into center (id, code, name, region, active, created_at) values
     (gen_random_uuid(), '440300', '深圳市住房公积金管理中心', '广东省深圳市', true, now()),
     (gen_random_uuid(), '440100', '广州住房公积金管理中心', '广东省广州市', true, now())`,
  );
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hpf-import-test-'));
  const client = new Client({ connectionString: database.url });
  await client.connect();

  return {
    url: database.url,
    dir,
    /** Writes a file in the scratch folder; GB18030 when asked. Returns its path. */
    file(name: string, text: string, encoding: 'utf8' | 'gb18030' = 'utf8') {
      const full = path.join(dir, name);
      writeFileSync(full, encoding === 'utf8' ? text : iconv.encode(text, 'gb18030'));
      return full;
    },
    run(files: string[], options: Partial<ImportRequest> = {}): Promise<ImportReport> {
      return runImport(client, {
        centerCode: SHENZHEN,
        mode: 'INCREMENTAL',
        dryRun: false,
        files,
        now: new Date(),
        ...options,
      });
    },
    /** A digest of every account table, to show that a refused run wrote nothing. */
    async fingerprint() {
      const parts: string[] = [];
      for (const table of [
        'employee',
        'deposit_account',
        'deposit_month',
        'withdrawal',
        'loan_account',
      ]) {
        const rows = await sql<{ digest: string | null; n: string }>(
          database.url,
          `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest,
                  count(*) as n from ${table} t`,
        );
        parts.push(`${table}:${rows[0].n}:${rows[0].digest}`);
      }
      return parts.join(' ');
    },
    query<T = Record<string, unknown>>(text: string, params: unknown[] = []) {
      return sql<T>(database.url, text, params);
    },
    async close() {
      await client.end();
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type ImportFixture = Awaited<ReturnType<typeof importFixture>>;

/** Valid resident ID numbers (check characters computed), one ending in X. */
export const PEOPLE = {
  lin: { id: '44030419910615103X', name: '林晓峰' },
  he: { id: '440304199106151048', name: '何雅琴' },
  wu: { id: '440304199106151056', name: '吴国栋' },
};

export const EMPLOYEES_CSV = `证件类型,证件号码,姓名,手机号码
居民身份证,${PEOPLE.lin.id},${PEOPLE.lin.name},13800001001
居民身份证,${PEOPLE.he.id},${PEOPLE.he.name},13800001002
`;

export const ACCOUNT_HEADER =
  'account_number,id_type,id_number,status,employer_name,employer_number,opened_on,' +
  'deposit_base,employer_rate,employee_rate,monthly_amount,balance,paid_up_to\n';

export function accountRow(
  number: string,
  idNumber: string,
  overrides: Record<string, string> = {},
) {
  const values: Record<string, string> = {
    account_number: number,
    id_type: 'RESIDENT_ID',
    id_number: idNumber,
    status: 'NORMAL',
    employer_name: '深圳市南山区智联科技有限公司',
    employer_number: '440300512001',
    opened_on: '2016-07-01',
    deposit_base: '18000.00',
    employer_rate: '0.12',
    employee_rate: '0.12',
    monthly_amount: '4320.00',
    balance: '186420.55',
    paid_up_to: '2024-11',
    ...overrides,
  };
  return (
    ACCOUNT_HEADER.trim()
      .split(',')
      .map((key) => values[key])
      .join(',') + '\n'
  );
}

export const MONTHS_CSV = `个人账号,缴存年月,缴存金额,单位名称
20400012345,2024-10,4320.00,深圳市南山区智联科技有限公司
20400012345,2024-11,4320.00,深圳市南山区智联科技有限公司
`;

export function problemAt(report: ImportReport, code: string) {
  return report.problems.filter((problem) => problem.code === code);
}
