import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { residentIdProblem } from '../../src/employees/id-number';
import { generateDataset, type GenerateOptions } from '../../src/generator/generate-dataset';
import { GIVEN_NAMES, type Sex } from '../../src/generator/person-names';

// Shenzhen and Guangzhou share the province digits 44, which once made account numbers clash.
const CENTERS = ['440300', '440100', '110000'];
const AS_OF = '2025-06';

function options(out: string, seed: number): GenerateOptions {
  return {
    employees: 3000,
    out,
    seed,
    centers: CENTERS,
    months: 24,
    asOf: AS_OF,
    profile: 'realistic',
    headers: 'en',
    encoding: 'utf8',
  };
}

/** Every row of one kind of file over all centers, as objects keyed by the English header. */
function rows(dir: string, file: string): (Record<string, string> & { center: string })[] {
  return CENTERS.flatMap((center) => {
    const full = path.join(dir, center, file);
    if (!existsSync(full)) return [];
    const records: Record<string, string>[] = parse(readFileSync(full), { columns: true });
    return records.map((record) => ({ ...record, center }));
  });
}

/** Every file under a folder, by relative path, with its bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) =>
    e.isFile(),
  );
  return new Map(
    files.map((e) => {
      const full = path.join(e.parentPath, e.name);
      return [path.relative(dir, full), readFileSync(full)];
    }),
  );
}

/** The sex a given name was drawn for, from the generator's own lists. */
function sexOfGivenName(given: string): Sex[] {
  return (['MALE', 'FEMALE'] as const).filter((sex) => {
    const names = GIVEN_NAMES[sex];
    return names.double.includes(given) || [...given].every((c) => names.single.includes(c));
  });
}

function monthIndex(text: string) {
  return Number(text.slice(0, 4)) * 12 + Number(text.slice(5, 7)) - 1;
}

/** The date `months` later; the generator only writes days 1 to 28, which every month has. */
function addMonths(date: string, months: number) {
  const index = monthIndex(date) + months;
  const month = String((index % 12) + 1).padStart(2, '0');
  return `${Math.floor(index / 12)}-${month}${date.slice(7)}`;
}

/** Principal left after `paid` equal instalments, by the annuity formula, in yuan. */
function annuityRemaining(principal: number, term: number, paid: number) {
  const r = (term > 60 ? 0.026 : 0.021) / 12;
  return (principal * ((1 + r) ** term - (1 + r) ** paid)) / ((1 + r) ** term - 1);
}

describe('the data generator', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'hpf-generator-'));
  const dir = path.join(root, 'seed-7');
  before(async () => {
    await generateDataset(options(dir, 7));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('never gives one account, loan or employer number to two centers or two accounts', () => {
    const accounts = rows(dir, 'deposit_accounts.csv');
    const numbers = accounts.map((a) => a.account_number);
    assert.ok(accounts.length > 3000);
    assert.equal(new Set(numbers).size, numbers.length);
    for (const n of numbers) assert.match(n, /^[0-9A-Z]{6,32}$/);

    const loans = rows(dir, 'loans.csv').map((l) => l.loan_number);
    assert.ok(loans.length > 100);
    assert.equal(new Set(loans).size, loans.length);
    for (const n of loans) assert.match(n, /^[0-9A-Z]{6,32}$/);

    const employerCenter = new Map<string, string>();
    for (const a of accounts) {
      assert.match(a.employer_number, /^[0-9A-Z]{1,32}$/);
      const seen = employerCenter.get(a.employer_number) ?? a.center;
      assert.equal(seen, a.center, `employer ${a.employer_number} in two centers`);
      employerCenter.set(a.employer_number, a.center);
    }
  });

  it('writes valid resident ID numbers whose sex digit agrees with the given name', () => {
    const employees = rows(dir, 'employees.csv');
    const parities = new Set<number>();
    const sequences = new Set<string>();
    for (const e of employees) {
      assert.equal(residentIdProblem(e.id_number), null, e.id_number);
      const sexes = sexOfGivenName(e.name.slice(1));
      assert.equal(sexes.length, 1, `${e.name} reads as ${sexes.join(' and ') || 'neither'}`);
      const odd = Number(e.id_number[16]) % 2 === 1;
      assert.equal(odd, sexes[0] === 'MALE', `${e.name} ${e.id_number}`);
      parities.add(Number(odd));
      sequences.add(e.id_number.slice(14, 17));
    }
    assert.deepEqual([...parities].sort(), [0, 1]);
    assert.ok(sequences.size > 100, `only ${sequences.size} sequence codes`);
  });

  it('opens accounts from the 18th birthday and issues loans 12 months after deposits began', () => {
    const firstOpened = new Map<string, string>();
    for (const a of rows(dir, 'deposit_accounts.csv')) {
      const id = a.id_number;
      const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
      assert.ok(a.opened_on > addMonths(birth, 18 * 12), `${id} opened ${a.opened_on}`);
      const first = firstOpened.get(id);
      if (!first || a.opened_on < first) firstOpened.set(id, a.opened_on);
    }
    let checked = 0;
    let loansOnly = 0;
    for (const loan of rows(dir, 'loans.csv')) {
      const opened = firstOpened.get(loan.id_number);
      if (!opened) {
        // Deposits made elsewhere stand behind a loan without an account here: 25 or older.
        const id = loan.id_number;
        const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
        assert.ok(loan.issued_on >= addMonths(birth, 25 * 12), `${loan.loan_number} at ${birth}`);
        loansOnly += 1;
        continue;
      }
      checked += 1;
      assert.ok(loan.issued_on > addMonths(opened, 12), `${loan.loan_number} vs ${opened}`);
    }
    assert.ok(checked > 50, `only ${checked} loans of people with an account`);
    assert.ok(loansOnly > 20, `only ${loansOnly} loans of people without an account`);
  });

  it('follows the repayment schedule: annuity balances, settled at 0, overdue rules', () => {
    let annuities = 0;
    for (const loan of rows(dir, 'loans.csv')) {
      for (const money of [loan.principal, loan.balance, loan.overdue_amount]) {
        assert.match(money, /^\d+\.\d{2}$/);
      }
      const principal = Number(loan.principal);
      const balance = Number(loan.balance);
      const periods = Number(loan.overdue_periods);
      assert.ok(balance <= principal, loan.loan_number);
      if (loan.status === 'SETTLED') assert.equal(loan.balance, '0.00');
      if (loan.status === 'OVERDUE') assert.ok(periods > 0, loan.loan_number);
      else assert.ok(periods === 0 && loan.overdue_amount === '0.00', loan.loan_number);
      if (loan.repayment_method !== 'EQUAL_INSTALMENTS' || loan.status === 'SETTLED') continue;

      // Instalments fall due monthly from the month after the issue; overdue ones are unpaid.
      const term = Number(loan.term_months);
      const due = Math.min(monthIndex(AS_OF) - monthIndex(loan.issued_on), term);
      const expected = annuityRemaining(principal, term, due - periods);
      assert.ok(
        Math.abs(balance - expected) <= 0.01,
        `${loan.loan_number}: ${balance} ${expected}`,
      );
      annuities += 1;
    }
    assert.ok(annuities > 50, `only ${annuities} equal-instalment loans`);
  });

  it('lists people to try for every scenario in every center, overdue loans among them', () => {
    const samples: Record<string, { idNumber: string; centers: string[] }[]> = JSON.parse(
      readFileSync(path.join(dir, 'samples.json'), 'utf8'),
    );
    const homes = new Set(samples['one account'].map((person) => person.centers[0]));
    assert.deepEqual([...homes].sort(), [...CENTERS].sort());

    const loans = rows(dir, 'loans.csv');
    for (const person of samples['one account']) {
      const own = loans.filter((loan) => loan.id_number === person.idNumber);
      assert.equal(own.length, 0, `${person.idNumber} is under "one account" with a loan`);
    }
    assert.ok(samples['overdue loan'].length > 0);
    for (const person of samples['overdue loan']) {
      const overdue = loans.filter(
        (loan) => loan.id_number === person.idNumber && loan.center === person.centers[0],
      );
      assert.ok(
        overdue.some((loan) => loan.status === 'OVERDUE'),
        `${person.idNumber} has no overdue loan in ${person.centers[0]}`,
      );
    }
  });

  it('writes byte-identical files for the same seed and different ones for another', async () => {
    const again = path.join(root, 'seed-7-again');
    const other = path.join(root, 'seed-8');
    await generateDataset(options(again, 7));
    await generateDataset(options(other, 8));
    const first = snapshot(dir);
    assert.deepEqual(snapshot(again), first);
    const changed = [...snapshot(other)].filter(([file, bytes]) => !first.get(file)?.equals(bytes));
    assert.ok(changed.length > 0);
    assert.ok(changed.some(([file]) => file.endsWith('employees.csv')));
  });
});
