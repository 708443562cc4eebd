import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  ACCOUNT_HEADER,
  accountRow,
  EMPLOYEES_CSV,
  GUANGZHOU,
  importFixture,
  MONTHS_CSV,
  PEOPLE,
  type ImportFixture,
} from './import-helpers';

const WITHDRAWALS = `个人账号,提取日期,提取原因,提取金额
20400012345,2024-03-18,租房,1500.00
20400012345,2024-03-18,租房,1500.00
20400012345,2024-06-02,RENT,1500.00
`;
const LOANS = `贷款账号,证件号码,贷款类型,贷款本金,贷款余额,贷款期限（月）,发放日期,还款方式,贷款状态,逾期期数,逾期金额
SZ2021060100321,${PEOPLE.lin.id},公积金贷款,900000.00,731204.18,360,2021-06-01,等额本息,正常,0,0.00
SZ2019031500987,${PEOPLE.he.id},组合贷款,1200000.00,988310.40,300,2019-03-15,等额本金,逾期,2,11820.66
`;

describe('full and incremental imports', () => {
  let fx: ImportFixture;
  let files: string[];
  before(async () => {
    fx = await importFixture();
    files = [
      fx.file('employees.csv', EMPLOYEES_CSV, 'gb18030'),
      fx.file(
        'accounts.csv',
        ACCOUNT_HEADER +
          accountRow('20400012345', PEOPLE.lin.id) +
          accountRow('20400012346', PEOPLE.he.id, { status: '封存', paid_up_to: '2023-05' }),
      ),
      fx.file('months.csv', MONTHS_CSV),
      fx.file('withdrawals.csv', WITHDRAWALS),
      fx.file('loans.csv', LOANS),
    ];
  });
  after(() => fx.close());

  it('loads a whole book, GB18030 included, and a repeat run changes nothing', async () => {
    const first = await fx.run(files, { mode: 'FULL' });
    assert.equal(first.committed, true, JSON.stringify(first.problems));
    assert.equal(first.files[0].encoding, 'gb18030');
    assert.deepEqual(
      [
        first.counts?.employeesInserted,
        first.counts?.accountsInserted,
        first.counts?.monthsInserted,
        first.counts?.withdrawalsInserted,
        first.counts?.loansInserted,
      ],
      [2, 2, 2, 3, 2],
    );
    const [lin] = await fx.query<{ name: string }>(
      'select name from employee where id_number = $1',
      [PEOPLE.lin.id],
    );
    assert.equal(lin.name, PEOPLE.lin.name, 'GB18030 decoded');

    const before = await fx.fingerprint();
    const again = await fx.run(files, { mode: 'FULL' });
    assert.equal(again.committed, true);
    assert.ok(
      Object.values(again.counts!).every((count) => count === 0),
      JSON.stringify(again.counts),
    );
    assert.equal(await fx.fingerprint(), before, 'not even data_as_of moved');
  });

  it('reads UTF-8 with a byte order mark and CRLF line ends, and JSON Lines', async () => {
    const bom = '\uFEFF' + EMPLOYEES_CSV.replace(/\n/g, '\r\n');
    const jsonl = JSON.stringify({ idNumber: PEOPLE.wu.id, name: '吴国栋', mobile: null }) + '\n';
    const report = await fx.run([fx.file('bom.csv', bom), fx.file('people.jsonl', jsonl)], {
      dryRun: true,
    });
    assert.equal(report.problemCount, 0, JSON.stringify(report.problems));
    assert.deepEqual(
      report.files.map((f) => [f.kind, f.format, f.encoding, f.rows]),
      [
        ['employee', 'csv', 'utf8', 2],
        ['employee', 'jsonl', 'utf8', 1],
      ],
    );
    assert.equal(report.counts?.employeesInserted, 1);
  });

  it('adds and updates incrementally, leaving the rest alone', async () => {
    const report = await fx.run([
      fx.file(
        'update.csv',
        ACCOUNT_HEADER + accountRow('20400012345', PEOPLE.lin.id, { balance: '190740.55' }),
      ),
    ]);
    assert.equal(report.counts?.accountsUpdated, 1);
    assert.equal(report.counts?.accountsClosed, 0);
    const rows = await fx.query<{ account_number: string; status: string; balance: string }>(
      'select account_number, status, balance from deposit_account order by account_number',
    );
    assert.deepEqual(rows, [
      { account_number: '20400012345', status: 'NORMAL', balance: '190740.55' },
      { account_number: '20400012346', status: 'SEALED', balance: '186420.55' },
    ]);
  });

  it('makes an account’s withdrawals equal to the run, pairing equal rows one to one', async () => {
    const report = await fx.run([
      fx.file('w.csv', WITHDRAWALS.split('\n').slice(0, 3).join('\n') + '\n'),
    ]);
    assert.equal(report.counts?.withdrawalsDeleted, 1);
    assert.equal(report.counts?.withdrawalsInserted, 0);
    const [{ n }] = await fx.query<{ n: string }>('select count(*) as n from withdrawal');
    assert.equal(n, '2');
  });

  it('closes accounts and settles loans a full run leaves out, and deletes nothing', async () => {
    const report = await fx.run(
      [
        fx.file('employees2.csv', EMPLOYEES_CSV),
        fx.file('accounts2.csv', ACCOUNT_HEADER + accountRow('20400012345', PEOPLE.lin.id)),
        fx.file('loans2.csv', LOANS.split('\n').slice(0, 2).join('\n') + '\n'),
      ],
      { mode: 'FULL' },
    );
    assert.equal(report.committed, true, JSON.stringify(report.problems));
    assert.equal(report.counts?.accountsClosed, 1);
    assert.equal(report.counts?.loansSettled, 1);
    assert.equal(report.counts?.monthsDeleted, 0, 'no months file: history kept');
    const accounts = await fx.query<{ account_number: string; status: string }>(
      'select account_number, status from deposit_account order by account_number',
    );
    assert.deepEqual(
      accounts.map((a) => [a.account_number, a.status]),
      [
        ['20400012345', 'NORMAL'],
        ['20400012346', 'CLOSED'],
      ],
    );
    const loans = await fx.query<{ loan_number: string; status: string }>(
      'select loan_number, status from loan_account order by loan_number',
    );
    assert.deepEqual(
      loans.map((l) => [l.loan_number, l.status]),
      [
        ['SZ2019031500987', 'SETTLED'],
        ['SZ2021060100321', 'NORMAL'],
      ],
    );
  });

  it('refuses a full run without accounts or loans: it says nothing of the book', async () => {
    const before = await fx.fingerprint();
    const report = await fx.run([fx.file('only-employees.csv', EMPLOYEES_CSV)], { mode: 'FULL' });
    assert.equal(report.problems[0].code, 'FULL_IMPORT_INCOMPLETE');
    assert.equal(await fx.fingerprint(), before);
  });

  it('counts in a dry run and writes nothing', async () => {
    const before = await fx.fingerprint();
    const report = await fx.run(files, { mode: 'FULL', dryRun: true });
    assert.equal(report.committed, false);
    assert.equal(report.problemCount, 0);
    assert.equal(report.counts?.loansUpdated, 1, 'the settled loan would be reopened');
    assert.equal(await fx.fingerprint(), before);
  });

  it('keeps centers apart: a full run of one center leaves another center alone', async () => {
    const report = await fx.run(
      [
        fx.file('gz-employees.csv', EMPLOYEES_CSV),
        fx.file('gz-accounts.csv', ACCOUNT_HEADER + accountRow('20400012345', PEOPLE.he.id)),
      ],
      { mode: 'FULL', centerCode: GUANGZHOU },
    );
    assert.equal(report.counts?.accountsInserted, 1, 'same number, other center: a new account');
    assert.equal(report.counts?.accountsClosed, 0);
    const [{ n }] = await fx.query<{ n: string }>(
      `select count(*) as n from deposit_account where status = 'NORMAL'`,
    );
    assert.equal(n, '2');
  });
});
