import type { ClientBase } from 'pg';
import type { RecordKind } from './record-kinds';

export type ImportMode = 'FULL' | 'INCREMENTAL';

/** What a run changed (or, in a dry run, would have changed), by kind. */
export interface MergeCounts {
  employeesInserted: number;
  employeesUpdated: number;
  accountsInserted: number;
  accountsUpdated: number;
  accountsClosed: number;
  monthsInserted: number;
  monthsUpdated: number;
  monthsDeleted: number;
  withdrawalsInserted: number;
  withdrawalsDeleted: number;
  loansInserted: number;
  loansUpdated: number;
  loansSettled: number;
}

async function upsertCounts(client: ClientBase, sql: string, params: unknown[]) {
  const { rows } = await client.query<{ inserted: string; updated: string }>(
    `with changed as (${sql} returning (xmax = 0) as inserted)
     select count(*) filter (where inserted) as inserted,
            count(*) filter (where not inserted) as updated from changed`,
    params,
  );
  return [Number(rows[0].inserted), Number(rows[0].updated)];
}

async function affected(client: ClientBase, sql: string, params: unknown[]) {
  return (await client.query(sql, params)).rowCount ?? 0;
}

/**
 * Makes the center's book agree with the staged rows, set-based, inside the caller's
 * transaction. Every write is guarded by "is distinct from", so rows that already hold the
 * staged values are not touched: importing the same files again changes nothing, not even
 * `data_as_of`. A full run also closes the center's accounts the files do not mention,
 * settles its loans they do not mention, and drops history rows they do not carry, each
 * only for the kinds of records the run holds at all.
 */
export async function mergeStaged(
  client: ClientBase,
  centerId: string,
  mode: ImportMode,
  asOf: Date,
  present: Set<RecordKind>,
): Promise<MergeCounts> {
  // A full run replaces only the kinds it carries: without a loans file, loans stay as they are.
  const full = (kind: RecordKind) => mode === 'FULL' && present.has(kind);
  const [employeesInserted, employeesUpdated] = await upsertCounts(
    client,
    `insert into employee (id, name, id_type, id_number, mobile, created_at)
     select gen_random_uuid(), s.name, s.id_type::id_type, s.id_number, s.mobile, $1
     from import_employee s
     order by s.id_type, s.id_number
     on conflict (id_type, id_number) do update
       set name = excluded.name, mobile = coalesce(excluded.mobile, employee.mobile)
     where (employee.name, employee.mobile)
       is distinct from (excluded.name, coalesce(excluded.mobile, employee.mobile))
       -- A center changes the details of its own people only: someone who holds accounts
       -- elsewhere and none here keeps what their own centers reported.
       and (exists (select 1 from deposit_account d
                    where d.employee_id = employee.id and d.center_id = $2)
            or exists (select 1 from loan_account l
                       where l.borrower_id = employee.id and l.center_id = $2)
            or not (exists (select 1 from deposit_account d where d.employee_id = employee.id)
                    or exists (select 1 from loan_account l where l.borrower_id = employee.id)))`,
    [asOf, centerId],
  );

  // Which accounts this run created: their history cannot clash with stored rows.
  await client.query(
    `create temp table import_account_change (id uuid, account_number text, inserted boolean)
     on commit drop`,
  );
  await client.query(
    `with changed as (insert into deposit_account (id, center_id, employee_id, account_number, status,
       employer_name, employer_number, opened_on, deposit_base, employer_rate, employee_rate,
       monthly_amount, balance, paid_up_to, data_as_of)
     select gen_random_uuid(), $1, e.id, s.account_number, s.status::deposit_account_status,
       s.employer_name, s.employer_number, s.opened_on, s.deposit_base, s.employer_rate,
       s.employee_rate, s.monthly_amount, s.balance, s.paid_up_to, $2
     from import_deposit_account s
     join employee e on e.id_type = s.id_type::id_type and e.id_number = s.id_number
     order by s.account_number
     on conflict (center_id, account_number) do update
       set employee_id = excluded.employee_id, status = excluded.status,
           employer_name = excluded.employer_name, employer_number = excluded.employer_number,
           opened_on = excluded.opened_on, deposit_base = excluded.deposit_base,
           employer_rate = excluded.employer_rate, employee_rate = excluded.employee_rate,
           monthly_amount = excluded.monthly_amount, balance = excluded.balance,
           paid_up_to = excluded.paid_up_to, data_as_of = excluded.data_as_of
     where (deposit_account.employee_id, deposit_account.status, deposit_account.employer_name,
            deposit_account.employer_number, deposit_account.opened_on,
            deposit_account.deposit_base, deposit_account.employer_rate,
            deposit_account.employee_rate, deposit_account.monthly_amount,
            deposit_account.balance, deposit_account.paid_up_to)
       is distinct from
           (excluded.employee_id, excluded.status, excluded.employer_name,
            excluded.employer_number, excluded.opened_on, excluded.deposit_base,
            excluded.employer_rate, excluded.employee_rate, excluded.monthly_amount,
            excluded.balance, excluded.paid_up_to)
       returning id, account_number, (xmax = 0) as inserted)
     insert into import_account_change select id, account_number, inserted from changed`,
    [centerId, asOf],
  );
  const { rows: accountRows } = await client.query<{ inserted: string; updated: string }>(
    `select count(*) filter (where inserted) as inserted,
            count(*) filter (where not inserted) as updated from import_account_change`,
  );
  const accountsInserted = Number(accountRows[0].inserted);
  const accountsUpdated = Number(accountRows[0].updated);

  const accountsClosed = full('depositAccount')
    ? await affected(
        client,
        `update deposit_account a set status = 'CLOSED', data_as_of = $2
         where a.center_id = $1 and a.status <> 'CLOSED'
           and not exists (select 1 from import_deposit_account s
                           where s.account_number = a.account_number)`,
        [centerId, asOf],
      )
    : 0;

  // History: accounts are looked up once into a small map table, then joined by id. Rows go
  // in the order of the primary key they land in, which keeps its pages in cache.
  await client.query(
    `create temp table import_account_id on commit drop as
     select a.id, a.account_number, coalesce(c.inserted, false) as fresh
     from deposit_account a left join import_account_change c on c.id = a.id
     where a.center_id = $1
       and (a.account_number in (select account_number from import_deposit_month)
            or a.account_number in (select account_number from import_withdrawal) or $2)`,
    [centerId, full('depositMonth') || full('withdrawal')],
  );
  await client.query('create unique index on import_account_id (account_number)');
  await client.query('analyze import_account_id');

  const freshMonths = await affected(
    client,
    `insert into deposit_month (account_id, month, amount, employer_name)
     select a.id, s.month, s.amount, s.employer_name
     from import_deposit_month s join import_account_id a using (account_number)
     where a.fresh order by a.id, s.month`,
    [],
  );
  const [storedMonthsInserted, monthsUpdated] = await upsertCounts(
    client,
    `insert into deposit_month (account_id, month, amount, employer_name)
     select a.id, s.month, s.amount, s.employer_name
     from import_deposit_month s join import_account_id a using (account_number)
     where not a.fresh order by a.id, s.month
     on conflict (account_id, month) do update
       set amount = excluded.amount, employer_name = excluded.employer_name
     where (deposit_month.amount, deposit_month.employer_name)
       is distinct from (excluded.amount, excluded.employer_name)`,
    [],
  );
  const monthsInserted = freshMonths + storedMonthsInserted;
  const monthsDeleted = full('depositMonth')
    ? await affected(
        client,
        `delete from deposit_month m using import_account_id a
         where m.account_id = a.id and not a.fresh
           and not exists (select 1 from import_deposit_month s
                           where s.account_number = a.account_number and s.month = m.month)`,
        [],
      )
    : 0;

  const { withdrawalsInserted, withdrawalsDeleted } = await mergeWithdrawals(
    client,
    full('withdrawal'),
  );

  const [loansInserted, loansUpdated] = await upsertCounts(
    client,
    `insert into loan_account (id, center_id, borrower_id, loan_number, kind, principal,
       balance, term_months, issued_on, repayment_method, status, overdue_periods,
       overdue_amount, data_as_of)
     select gen_random_uuid(), $1, e.id, s.loan_number, s.kind::loan_kind, s.principal,
       s.balance, s.term_months, s.issued_on, s.repayment_method::repayment_method,
       s.status::loan_status, s.overdue_periods, s.overdue_amount, $2
     from import_loan s
     join employee e on e.id_type = s.id_type::id_type and e.id_number = s.id_number
     on conflict (center_id, loan_number) do update
       set borrower_id = excluded.borrower_id, kind = excluded.kind,
           principal = excluded.principal, balance = excluded.balance,
           term_months = excluded.term_months, issued_on = excluded.issued_on,
           repayment_method = excluded.repayment_method, status = excluded.status,
           overdue_periods = excluded.overdue_periods, overdue_amount = excluded.overdue_amount,
           data_as_of = excluded.data_as_of
     where (loan_account.borrower_id, loan_account.kind, loan_account.principal,
            loan_account.balance, loan_account.term_months, loan_account.issued_on,
            loan_account.repayment_method, loan_account.status, loan_account.overdue_periods,
            loan_account.overdue_amount)
       is distinct from
           (excluded.borrower_id, excluded.kind, excluded.principal, excluded.balance,
            excluded.term_months, excluded.issued_on, excluded.repayment_method,
            excluded.status, excluded.overdue_periods, excluded.overdue_amount)`,
    [centerId, asOf],
  );
  const loansSettled = full('loan')
    ? await affected(
        client,
        `update loan_account l set status = 'SETTLED', overdue_periods = 0,
           overdue_amount = 0, data_as_of = $2
         where l.center_id = $1 and l.status <> 'SETTLED'
           and not exists (select 1 from import_loan s where s.loan_number = l.loan_number)`,
        [centerId, asOf],
      )
    : 0;

  return {
    employeesInserted,
    employeesUpdated,
    accountsInserted,
    accountsUpdated,
    accountsClosed,
    monthsInserted,
    monthsUpdated,
    monthsDeleted,
    withdrawalsInserted,
    withdrawalsDeleted,
    loansInserted,
    loansUpdated,
    loansSettled,
  };
}

/**
 * Withdrawals carry no number of their own, so an account's withdrawals are taken as a
 * whole: for each account the run gives withdrawals for (every account of the center in a
 * full run), the stored ones become those of the run. Equal rows are matched one to one
 * (numbered within equal date, reason and amount) and left alone; only the difference is
 * deleted or inserted, so a repeated run writes nothing.
 */
async function mergeWithdrawals(client: ClientBase, full: boolean) {
  // Accounts this run created have no stored withdrawals to compare with.
  const scope = full
    ? 'select id from import_account_id where not fresh'
    : `select a.id from import_account_id a
       where not a.fresh and a.account_number in (select account_number from import_withdrawal)`;
  await client.query(
    `create temp table import_withdrawal_target on commit drop as
     select a.id as account_id, s.date, s.reason::withdrawal_reason as reason, s.amount,
            row_number() over (partition by a.id, s.date, s.reason, s.amount
                               order by s.file_no, s.line) as n
     from import_withdrawal s join import_account_id a using (account_number)`,
  );
  const withdrawalsDeleted = await affected(
    client,
    `delete from withdrawal w using (
       select id, account_id, date, reason, amount,
              row_number() over (partition by account_id, date, reason, amount order by id) as n
       from withdrawal where account_id in (${scope})) old
     where w.id = old.id and not exists (
       select 1 from import_withdrawal_target t
       where t.account_id = old.account_id and t.date = old.date and t.reason = old.reason
         and t.amount = old.amount and t.n = old.n)`,
    [],
  );
  const withdrawalsInserted = await affected(
    client,
    `insert into withdrawal (account_id, date, reason, amount)
     select t.account_id, t.date, t.reason, t.amount from import_withdrawal_target t
     where not exists (
       select 1 from (
         select account_id, date, reason, amount,
                row_number() over (partition by account_id, date, reason, amount order by id) n
         from withdrawal where account_id in (${scope})) old
       where old.account_id = t.account_id and old.date = t.date and old.reason = t.reason
         and old.amount = t.amount and old.n = t.n)`,
    [],
  );
  return { withdrawalsInserted, withdrawalsDeleted };
}
