import type { ClientBase } from 'pg';
import { fault, ProblemCode, type Fault, type ProblemList } from './problems';
import {
  DEPOSIT_ACCOUNT,
  DEPOSIT_MONTH,
  EMPLOYEE,
  LOAN,
  WITHDRAWAL,
  type KindSpec,
} from './record-kinds';

/** Where the rows of the run came from: file names and how each names its columns. */
export interface RunSources {
  fileName(fileNo: number): string;
  header(fileNo: number, key: string): string;
}

interface Located {
  file_no: number;
  line: number;
}

/** How many more problems the list keeps: a query need not find more. */
function roomLeft(problems: ProblemList) {
  return Math.max(problems.limit - problems.items.length, 1);
}

/** Reports each row found, at the column the file calls `key`. */
function reportRows(
  rows: Located[],
  key: string,
  problem: Fault,
  sources: RunSources,
  problems: ProblemList,
) {
  for (const row of rows) {
    problems.at(sources.fileName(row.file_no), row.line, sources.header(row.file_no, key), problem);
  }
}

const ID_TYPES = `('RESIDENT_ID', 'PASSPORT', 'HK_MACAO_PERMIT', 'TAIWAN_PERMIT',
  'FOREIGN_PERMANENT_RESIDENT')`;

/**
 * References to employees or accounts that neither the run nor the database holds. Checked
 * for rows that passed their own checks only, so one bad ID number is reported once, not
 * again as unknown. Set-based over the staging tables, so a
 * million rows cost a few joins rather than a million look-ups.
 */
export async function checkReferences(
  client: ClientBase,
  centerId: string,
  sources: RunSources,
  problems: ProblemList,
) {
  const limit = roomLeft(problems);
  const unknownEmployee = fault(
    ProblemCode.UNKNOWN_EMPLOYEE,
    '找不到该证件号码的职工：请在职工文件中提供，或先导入该职工',
    'no employee with this ID number in this run or in the service; add the employee record',
  );
  for (const spec of [DEPOSIT_ACCOUNT, LOAN]) {
    const { rows } = await client.query<Located>(
      `select s.file_no, s.line from ${spec.table} s
       where s.ok and s.id_type in ${ID_TYPES}
         and not exists (select 1 from ${EMPLOYEE.table} e
                         where e.id_type = s.id_type and e.id_number = s.id_number)
         and not exists (select 1 from employee e
                         where e.id_type = s.id_type::id_type and e.id_number = s.id_number)
       order by s.file_no, s.line limit $1`,
      [limit],
    );
    reportRows(rows, 'id_number', unknownEmployee, sources, problems);
  }

  const unknownAccount = fault(
    ProblemCode.UNKNOWN_ACCOUNT,
    '找不到该个人账号：请在个人账户文件中提供，或先导入该账户',
    'no deposit account with this number in this run or at this center; add the account',
  );
  for (const spec of [DEPOSIT_MONTH, WITHDRAWAL]) {
    const { rows } = await client.query<Located>(
      `select s.file_no, s.line from ${spec.table} s
       where s.ok
         and not exists (select 1 from ${DEPOSIT_ACCOUNT.table} a
                         where a.account_number = s.account_number)
         and not exists (select 1 from deposit_account a
                         where a.center_id = $2 and a.account_number = s.account_number)
       order by s.file_no, s.line limit $1`,
      [limit, centerId],
    );
    reportRows(rows, 'account_number', unknownAccount, sources, problems);
  }
}

/**
 * Stored accounts and loans the run gives to another person. An account number is a person's
 * for good; a file that says otherwise is mistaken (a number reused, a file of another center),
 * and taking it would show one person's money to another at the counter.
 */
export async function checkHolders(
  client: ClientBase,
  centerId: string,
  sources: RunSources,
  problems: ProblemList,
) {
  const limit = roomLeft(problems);
  for (const [spec, table, numberColumn, personColumn, zh, en] of [
    [DEPOSIT_ACCOUNT, 'deposit_account', 'account_number', 'employee_id', '个人账号', 'account'],
    [LOAN, 'loan_account', 'loan_number', 'borrower_id', '贷款账号', 'loan'],
  ] as const) {
    const { rows } = await client.query<Located>(
      `select s.file_no, s.line from ${spec.table} s
       join ${table} t on t.center_id = $2 and t.${numberColumn} = s.${numberColumn}
       join employee e on e.id = t.${personColumn}
       where s.ok and (e.id_type::text, e.id_number) is distinct from (s.id_type, s.id_number)
       order by s.file_no, s.line limit $1`,
      [limit, centerId],
    );
    const changed = fault(
      ProblemCode.HOLDER_CHANGED,
      `该${zh}已属于另一证件号码的职工：账户不能换人，请核对账号与证件号码`,
      `this ${en} number already belongs to a person with another ID number; ` +
        'an account does not change hands, so check the number and the ID number',
    );
    reportRows(rows, 'id_number', changed, sources, problems);
  }
}

/**
 * Keys given twice in the run. An upsert that finds the stored row already equal to one of
 * the two leaves it alone and takes the other, so every kind is checked before the merge.
 * History of accounts the center does not hold yet goes in by a plain insert, which the
 * primary key stops; given the center, only the history of accounts it holds is sorted, and
 * a stopped insert comes back here for the whole run.
 */
export async function checkDuplicates(
  client: ClientBase,
  sources: RunSources,
  problems: ProblemList,
  storedCenter: string | null = null,
) {
  const limit = roomLeft(problems);
  for (const [spec, keys, column, onlyStoredOf] of [
    [EMPLOYEE, ['id_type', 'id_number'], 'id_number', null],
    [DEPOSIT_ACCOUNT, ['account_number'], 'account_number', null],
    [DEPOSIT_MONTH, ['account_number', 'month'], 'month', storedCenter],
    [LOAN, ['loan_number'], 'loan_number', null],
  ] as [KindSpec, string[], string, string | null][]) {
    await duplicates(client, spec, keys, column, onlyStoredOf, sources, problems, limit);
  }
}

async function duplicates(
  client: ClientBase,
  spec: KindSpec,
  keys: string[],
  column: string,
  /** A center's id: only rows of accounts that center already holds. */
  onlyStoredOf: string | null,
  sources: RunSources,
  problems: ProblemList,
  limit: number,
) {
  const key = keys.join(', ');
  const where = keys.map((k) => `${k} is not null`);
  if (onlyStoredOf) {
    where.push(`exists (select 1 from deposit_account a
                        where a.center_id = $2 and a.account_number = s.account_number)`);
  }
  const { rows } = await client.query<Located & { first_file: number; first_line: number }>(
    `select file_no, line, first_file, first_line from (
       select file_no, line,
              first_value(file_no) over w as first_file, first_value(line) over w as first_line,
              row_number() over w as n
       from ${spec.table} s
       where ${where.join(' and ')}
       window w as (partition by ${key} order by file_no, line)) d
     where n > 1 order by file_no, line limit $1`,
    onlyStoredOf ? [limit, onlyStoredOf] : [limit],
  );
  for (const row of rows) {
    const first = `${sources.fileName(row.first_file)} 第 ${row.first_line} 行`;
    const firstEn = `${sources.fileName(row.first_file)} line ${row.first_line}`;
    problems.at(
      sources.fileName(row.file_no),
      row.line,
      sources.header(row.file_no, column),
      fault(
        ProblemCode.DUPLICATE_KEY,
        `与 ${first} 重复（${spec.zh}）`,
        `repeats the ${spec.kind} record at ${firstEn}`,
      ),
    );
  }
}
