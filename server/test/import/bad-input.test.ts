import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  ACCOUNT_HEADER,
  accountRow,
  EMPLOYEES_CSV,
  importFixture,
  MONTHS_CSV,
  PEOPLE,
  problemAt,
  type ImportFixture,
} from './import-helpers';

describe('import refuses bad input, names the place, and writes nothing', () => {
  let fx: ImportFixture;
  let untouched: string;
  before(async () => {
    fx = await importFixture();
    // Something already there, so "unchanged" means more than "still empty".
    const report = await fx.run([
      fx.file('seed-employees.csv', EMPLOYEES_CSV),
      fx.file('seed-accounts.csv', ACCOUNT_HEADER + accountRow('20400012345', PEOPLE.lin.id)),
    ]);
    assert.equal(report.committed, true, JSON.stringify(report.problems));
    untouched = await fx.fingerprint();
  });
  after(() => fx.close());

  async function refused(files: string[]) {
    const report = await fx.run(files);
    assert.equal(report.committed, false);
    assert.ok(report.problemCount > 0);
    assert.equal(await fx.fingerprint(), untouched, 'the database changed');
    return report;
  }

  it('names the row with a wrong ID check digit, and the column as the file calls it', async () => {
    const wrong = PEOPLE.wu.id.slice(0, 17) + '9';
    const report = await refused([
      fx.file('employees.csv', EMPLOYEES_CSV + `居民身份证,${wrong},吴国栋,13800001003\n`),
    ]);
    assert.deepEqual(
      report.problems.map(({ file, line, column, code }) => ({ file, line, column, code })),
      [{ file: 'employees.csv', line: 4, column: '证件号码', code: 'ID_CHECK_DIGIT' }],
    );
    assert.match(report.problems[0].message, /校验位/);
    assert.match(report.problems[0].messageEn, /check character/);
  });

  it('takes a lower-case x as X and stores the upper-case form', async () => {
    const lower = PEOPLE.lin.id.toLowerCase();
    const report = await fx.run(
      [fx.file('lower-x.csv', `证件号码,姓名\n${lower},${PEOPLE.lin.name}\n`)],
      { dryRun: true },
    );
    assert.equal(report.problemCount, 0, JSON.stringify(report.problems));
    assert.equal(report.counts?.employeesInserted, 0, 'matched the stored upper-case X');
  });

  it('refuses impossible birth dates and malformed ID numbers', async () => {
    const report = await refused([
      fx.file(
        'ids.csv',
        `证件号码,姓名\n440304199102301234,甲\n44030419910615,乙\n${PEOPLE.he.id.slice(0, 17)}Y,丙\n`,
      ),
    ]);
    assert.deepEqual(
      report.problems.map((p) => [p.line, p.code]),
      [
        [2, 'ID_BIRTH_DATE'],
        [3, 'ID_NUMBER_FORMAT'],
        [4, 'ID_NUMBER_FORMAT'],
      ],
    );
  });

  it('reports every bad field of a run, not only the first', async () => {
    const report = await refused([
      fx.file(
        'accounts.csv',
        ACCOUNT_HEADER +
          accountRow('20400012399', PEOPLE.lin.id, { opened_on: '2023-02-30' }) +
          accountRow('20400012398', PEOPLE.lin.id, { paid_up_to: '2024-13' }) +
          accountRow('20400012397', PEOPLE.lin.id, { status: 'OPEN' }) +
          accountRow('20400012396', PEOPLE.lin.id, { balance: '12.345' }) +
          accountRow('20400012395', PEOPLE.lin.id, { balance: '1e5' }) +
          accountRow('20400012394', PEOPLE.lin.id, { deposit_base: '99999999.00' }) +
          accountRow('20400012393', PEOPLE.lin.id, { employer_rate: '0.15' }) +
          accountRow('2040-0012', PEOPLE.lin.id) +
          accountRow('20400012392', PEOPLE.lin.id, { employer_name: '' }),
      ),
    ]);
    assert.deepEqual(
      report.problems.map((p) => [p.line, p.column, p.code]),
      [
        [2, 'opened_on', 'DATE'],
        [3, 'paid_up_to', 'MONTH'],
        [4, 'status', 'ENUM'],
        [5, 'balance', 'MONEY'],
        [6, 'balance', 'MONEY'],
        [7, 'deposit_base', 'OUT_OF_RANGE'],
        [8, 'employer_rate', 'RATE'],
        [9, 'account_number', 'NUMBER_FORMAT'],
        [10, 'employer_name', 'REQUIRED'],
      ],
    );
    assert.equal(report.problemCount, 9);
  });

  it('refuses keys given twice in one run, across files, naming the first', async () => {
    const report = await refused([
      fx.file('a.csv', ACCOUNT_HEADER + accountRow('20400012360', PEOPLE.lin.id)),
      fx.file('b.csv', ACCOUNT_HEADER + accountRow('20400012360', PEOPLE.he.id)),
    ]);
    const [duplicate] = problemAt(report, 'DUPLICATE_KEY');
    assert.equal(duplicate.file, 'b.csv');
    assert.equal(duplicate.line, 2);
    assert.equal(duplicate.column, 'account_number');
    assert.match(duplicate.messageEn, /a\.csv line 2/);
  });

  it('refuses a key given twice even when one of the two equals what is stored', async () => {
    // 20400012345 is stored as in accountRow; the second row would change its balance.
    const stored = accountRow('20400012345', PEOPLE.lin.id);
    const changed = accountRow('20400012345', PEOPLE.lin.id, { balance: '5.00' });
    const accounts = await refused([
      fx.file('same.csv', ACCOUNT_HEADER + stored),
      fx.file('changed.csv', ACCOUNT_HEADER + changed),
    ]);
    assert.deepEqual(
      accounts.problems.map((p) => [p.file, p.line, p.column, p.code]),
      [['changed.csv', 2, 'account_number', 'DUPLICATE_KEY']],
    );

    const months = await refused([
      fx.file('twice.csv', MONTHS_CSV + MONTHS_CSV.split('\n')[1] + '\n'),
    ]);
    assert.deepEqual(
      months.problems.map((p) => [p.file, p.line, p.code]),
      [['twice.csv', MONTHS_CSV.trim().split('\n').length + 1, 'DUPLICATE_KEY']],
    );
  });

  it('refuses to give a stored account to another person', async () => {
    const report = await refused([
      fx.file('accounts.csv', ACCOUNT_HEADER + accountRow('20400012345', PEOPLE.he.id)),
    ]);
    assert.deepEqual(
      report.problems.map((p) => [p.file, p.line, p.column, p.code]),
      [['accounts.csv', 2, 'id_number', 'HOLDER_CHANGED']],
    );
  });

  it('names files by their folders when two of the run share a name', async () => {
    mkdirSync(path.join(fx.dir, '440300'), { recursive: true });
    mkdirSync(path.join(fx.dir, '440100'), { recursive: true });
    const report = await refused([
      fx.file('440300/accounts.csv', ACCOUNT_HEADER + accountRow('20400012362', PEOPLE.lin.id)),
      fx.file('440100/accounts.csv', ACCOUNT_HEADER + accountRow('20400012362', PEOPLE.he.id)),
    ]);
    const [duplicate] = problemAt(report, 'DUPLICATE_KEY');
    assert.equal(duplicate.file, path.join('440100', 'accounts.csv'));
    assert.match(duplicate.messageEn, /440300\/accounts\.csv line 2/);
  });

  it('refuses a month given twice for a new account, which the database would also refuse', async () => {
    const report = await refused([
      fx.file('acc.csv', ACCOUNT_HEADER + accountRow('20400012361', PEOPLE.he.id)),
      fx.file(
        'm.csv',
        MONTHS_CSV.replace(/20400012345/g, '20400012361') +
          MONTHS_CSV.split('\n')[1].replace('20400012345', '20400012361') +
          '\n',
      ),
    ]);
    assert.deepEqual(
      report.problems.map((p) => [p.file, p.line, p.column, p.code]),
      [['m.csv', 4, '缴存年月', 'DUPLICATE_KEY']],
    );
  });

  it('refuses references to unknown employees and accounts', async () => {
    const report = await refused([
      fx.file('accounts.csv', ACCOUNT_HEADER + accountRow('20400012370', PEOPLE.wu.id)),
      fx.file('months.csv', MONTHS_CSV.replace(/20400012345/g, '20400099999')),
    ]);
    assert.deepEqual(
      report.problems.map((p) => [p.file, p.line, p.column, p.code]),
      [
        ['accounts.csv', 2, 'id_number', 'UNKNOWN_EMPLOYEE'],
        ['months.csv', 2, '个人账号', 'UNKNOWN_ACCOUNT'],
        ['months.csv', 3, '个人账号', 'UNKNOWN_ACCOUNT'],
      ],
    );
  });

  it('refuses a GB18030 file read as UTF-8, at the first garbled cell', async () => {
    const text = `id_number,name\n${PEOPLE.he.id},何雅琴\n`;
    const detected = await fx.run([fx.file('gb.csv', text, 'gb18030')], { dryRun: true });
    assert.equal(detected.problemCount, 0, 'detected as GB18030, it reads fine');
    assert.equal(detected.files[0].encoding, 'gb18030');

    const report = await fx.run([fx.file('gb.csv', text, 'gb18030')], { encoding: 'utf8' });
    assert.equal(report.committed, false);
    assert.equal(await fx.fingerprint(), untouched);
    assert.deepEqual(
      report.problems.map((p) => [p.file, p.line, p.column, p.code]),
      [['gb.csv', 2, 'name', 'ENCODING']],
    );
  });

  it('refuses a truncated last line, an unclosed quote, and a cut JSON line', async () => {
    const cut = ACCOUNT_HEADER + accountRow('20400012380', PEOPLE.lin.id).slice(0, 40);
    const report = await refused([
      fx.file('cut.csv', cut),
      fx.file('quote.csv', `证件号码,姓名\n${PEOPLE.he.id},"何雅琴\n`),
      fx.file('cut.jsonl', `{"idNumber":"${PEOPLE.he.id}","name":"何雅琴"}\n{"idNumber":"44`),
    ]);
    assert.deepEqual(
      report.problems.map((p) => [p.file, p.line, p.code]),
      [
        ['cut.csv', 2, 'TRUNCATED'],
        ['quote.csv', 2, 'TRUNCATED'],
        ['cut.jsonl', 2, 'TRUNCATED'],
      ],
    );
  });

  it('refuses a last row cut inside its last value, though every column is there', async () => {
    // The employer's name cut short is still a valid name, and no line break follows it.
    const header = 'account_number,month,amount,employer_name\n';
    const row = '20400012345,2024-10,4320.00,深圳市南山区智联科技有限公司\n';
    const report = await refused([fx.file('cut-value.csv', header + row.slice(0, -7))]);
    assert.deepEqual(
      report.problems.map((p) => [p.file, p.line, p.code]),
      [['cut-value.csv', 2, 'TRUNCATED']],
    );
    assert.match(report.problems[0].messageEn, /does not end with a line break/);

    // The same row with its line break is whole.
    const whole = await fx.run([fx.file('whole.csv', header + row)], { dryRun: true });
    assert.equal(whole.problemCount, 0, JSON.stringify(whole.problems));
    assert.equal(whole.counts?.monthsInserted, 1);
  });

  it('takes a last JSON line without a line break: an object shows where it ends', async () => {
    const text = `{"idNumber":"${PEOPLE.lin.id}","name":"${PEOPLE.lin.name}"}`;
    const report = await fx.run([fx.file('no-newline.jsonl', text)], { dryRun: true });
    assert.equal(report.problemCount, 0, JSON.stringify(report.problems));
  });

  it('refuses an empty file and a file with a header only', async () => {
    const report = await refused([fx.file('empty.csv', ''), fx.file('header.csv', ACCOUNT_HEADER)]);
    assert.deepEqual(
      report.problems.map((p) => [p.file, p.line, p.code]),
      [
        ['empty.csv', 1, 'EMPTY_FILE'],
        ['header.csv', 2, 'EMPTY_FILE'],
      ],
    );
  });

  it('calls an empty accounts file of a full run empty, not missing', async () => {
    const report = await fx.run([fx.file('header-only.csv', ACCOUNT_HEADER)], { mode: 'FULL' });
    assert.equal(report.committed, false);
    assert.deepEqual(
      report.problems.map((p) => p.code),
      ['EMPTY_FILE'],
    );
    assert.equal(await fx.fingerprint(), untouched);
  });

  it('refuses unknown and missing columns, and decimals written as JSON numbers', async () => {
    const report = await refused([
      fx.file('extra.csv', `证件号码,姓名,爱好\n${PEOPLE.he.id},何雅琴,游泳\n`),
      fx.file('missing.csv', 'account_number,id_number\n20400012345,x\n'),
      fx.file(
        'loan.jsonl',
        JSON.stringify({
          loanNumber: 'SZ2021060100321',
          idNumber: PEOPLE.lin.id,
          kind: 'HPF',
          principal: 900000.5,
          balance: '731204.18',
          termMonths: 360,
          issuedOn: '2021-06-01',
          repaymentMethod: 'EQUAL_INSTALMENTS',
          status: 'NORMAL',
        }) + '\n',
      ),
    ]);
    assert.deepEqual(
      problemAt(report, 'UNKNOWN_COLUMN').map((p) => [p.file, p.line, p.column]),
      [['extra.csv', 1, '爱好']],
    );
    assert.ok(problemAt(report, 'MISSING_COLUMN').every((p) => p.file === 'missing.csv'));
    assert.deepEqual(
      problemAt(report, 'MONEY').map((p) => [p.file, p.line, p.column]),
      [['loan.jsonl', 1, 'principal']],
    );
  });

  it('refuses inconsistent loans', async () => {
    const [lin, loan] = [PEOPLE.lin.id, '900000.00'];
    const header =
      '贷款账号,证件号码,贷款类型,贷款本金,贷款余额,贷款期限（月）,发放日期,还款方式,贷款状态,逾期期数,逾期金额\n';
    const report = await refused([
      fx.file(
        'loans.csv',
        header +
          `SZ2021060100321,${lin},公积金贷款,${loan},950000.00,360,2021-06-01,等额本息,正常,0,0\n` +
          `SZ2021060100322,${lin},公积金贷款,${loan},50000.00,360,2021-06-01,等额本息,逾期,0,0\n` +
          `SZ2021060100323,${lin},组合贷款,${loan},50000.00,360,2021-06-01,等额本金,违约,0,0\n`,
      ),
    ]);
    assert.deepEqual(
      report.problems.map((p) => [p.line, p.column, p.code]),
      [
        [2, '贷款余额', 'INCONSISTENT'],
        [3, '逾期期数', 'INCONSISTENT'],
        [4, '贷款状态', 'ENUM'],
      ],
    );
  });

  it('refuses a center that does not exist', async () => {
    const report = await fx.run([fx.file('e.csv', EMPLOYEES_CSV)], { centerCode: '999999' });
    assert.equal(report.problems[0].code, 'CENTER_NOT_FOUND');
    assert.equal(await fx.fingerprint(), untouched);
  });
});
