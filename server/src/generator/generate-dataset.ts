import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withCheckChar } from '../employees/id-number';
import { formatFen } from '../import/field-rules';
import { KINDS, type RecordKind } from '../import/record-kinds';
import { CsvFile, type OutputEncoding } from './csv-file';
import { employersFor, mobile, personName, type Employer } from './people-and-employers';
import { Random } from './random';
import { REAL_CENTERS, type RealCenter } from './real-centers';

export interface GenerateOptions {
  employees: number;
  out: string;
  seed: number;
  /** Center codes to spread people over; each gets a folder of import files. */
  centers: string[];
  /** Months of deposit history per account. */
  months: number;
  /** YYYY-MM: the month the data is as of. Same seed and month give the same files. */
  asOf: string;
  /** `bench`: one normal account per person with full history, nothing else. */
  profile: 'realistic' | 'bench';
  headers: 'zh' | 'en';
  encoding: OutputEncoding;
}

export interface GenerateSummary {
  folders: string[];
  rows: Record<RecordKind, number>;
}

interface Month {
  year: number;
  month: number;
}

function monthText({ year, month }: Month) {
  return `${year}-${String(month).padStart(2, '0')}`;
}

function addMonths({ year, month }: Month, delta: number): Month {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function dayOf(month: Month, day: number) {
  return `${monthText(month)}-${String(day).padStart(2, '0')}`;
}

const RATES = [
  ['0.1200', 50],
  ['0.1000', 15],
  ['0.0800', 10],
  ['0.0700', 10],
  ['0.0500', 15],
] as const;

/** Everything written for one center: a file per kind, and who is in it already. */
class CenterOutput {
  readonly files: Record<RecordKind, CsvFile>;
  readonly employeesWritten = new Set<number>();
  accountSerial = 300_000_000;
  loanSerial = 50_000;

  constructor(
    readonly center: RealCenter,
    readonly employers: Employer[],
    folder: string,
    options: GenerateOptions,
  ) {
    mkdirSync(folder, { recursive: true });
    const file = (kind: RecordKind, name: string) => {
      const spec = KINDS.find((k) => k.kind === kind)!;
      const header = spec.columns.map((c) => (options.headers === 'zh' ? c.zh : c.key));
      return new CsvFile(path.join(folder, name), header, options.encoding);
    };
    this.files = {
      employee: file('employee', 'employees.csv'),
      depositAccount: file('depositAccount', 'deposit_accounts.csv'),
      depositMonth: file('depositMonth', 'deposit_months.csv'),
      withdrawal: file('withdrawal', 'withdrawals.csv'),
      loan: file('loan', 'loans.csv'),
    };
  }

  nextAccountNumber() {
    this.accountSerial += 1;
    return this.center.code.slice(0, 2) + String(this.accountSerial);
  }

  nextLoanNumber(issuedOn: string) {
    this.loanSerial += 1;
    return this.center.loanPrefix + issuedOn.replace(/-/g, '') + String(this.loanSerial);
  }
}

interface Person {
  index: number;
  idNumber: string;
  name: string;
  mobile: string;
}

/**
 * Writes valid import files for `employees` people spread over real centers: mostly one
 * normal account, some with a sealed account beside a new one (changed employer), some who
 * moved city (sealed account elsewhere), loans at home and in another city, overdue loans,
 * withdrawals, and a deposit history per account.
 */
export async function generateDataset(options: GenerateOptions): Promise<GenerateSummary> {
  const random = new Random(options.seed);
  const [asOfYear, asOfMonth] = options.asOf.split('-').map(Number);
  const now: Month = { year: asOfYear, month: asOfMonth };
  const centers = options.centers.map((code) => {
    const center = REAL_CENTERS.find((c) => c.code === code);
    if (!center)
      throw new Error(`unknown center ${code}; known: ${REAL_CENTERS.map((c) => c.code)}`);
    return center;
  });
  const outputs = new Map<string, CenterOutput>();
  for (const center of centers) {
    const employers = employersFor(random, center.city, center.code, 400);
    outputs.set(
      center.code,
      new CenterOutput(center, employers, path.join(options.out, center.code), options),
    );
  }
  const samples: Record<string, { idNumber: string; name: string; centers: string[] }[]> = {};
  const sample = (scenario: string, person: Person, centerCodes: string[]) => {
    const list = (samples[scenario] ??= []);
    if (list.length < 3)
      list.push({ idNumber: person.idNumber, name: person.name, centers: centerCodes });
  };

  const writeEmployee = (out: CenterOutput, person: Person) => {
    if (out.employeesWritten.has(person.index)) return;
    out.employeesWritten.add(person.index);
    out.files.employee.row(['RESIDENT_ID', person.idNumber, person.name, person.mobile]);
  };

  const writeAccount = (
    out: CenterOutput,
    person: Person,
    status: 'NORMAL' | 'SEALED' | 'FROZEN',
    lastPaid: Month,
  ) => {
    writeEmployee(out, person);
    const employer = random.pick(out.employers);
    const accountNumber = out.nextAccountNumber();
    const yearsOpen = random.int(1, 15);
    const opened = addMonths(lastPaid, -(yearsOpen * 12 + random.int(0, 11)));
    const baseFen = (2400 + Math.floor(random.float() ** 2 * 320) * 100) * 100;
    const rate = random.weighted(RATES);
    const perTenThousand = Number(rate.replace('.', ''));
    const partFen = Math.round((baseFen * perTenThousand) / 10000);
    const monthlyFen = partFen * 2;
    const monthsPaid = yearsOpen * 12;
    let balanceFen = Math.floor(monthlyFen * monthsPaid * (0.3 + random.float() * 0.9));

    const history =
      options.profile === 'bench' ? options.months : Math.min(options.months, monthsPaid);
    for (let i = history - 1; i >= 0; i -= 1) {
      out.files.depositMonth.row([
        accountNumber,
        monthText(addMonths(lastPaid, -i)),
        formatFen(monthlyFen),
        employer.name,
      ]);
    }
    if (options.profile === 'realistic' && random.chance(0.25)) {
      const count = random.int(1, 3);
      for (let i = 0; i < count; i += 1) {
        const when = addMonths(lastPaid, -random.int(1, Math.min(monthsPaid, 58)));
        const reason = random.weighted([
          ['RENT', 40],
          ['PURCHASE', 15],
          ['LOAN_REPAYMENT', 30],
          ['RENOVATION', 5],
          ['SERIOUS_ILLNESS', 2],
          ['OTHER', 8],
        ] as const);
        const amountFen = Math.max(10000, Math.floor(balanceFen * random.float() * 0.2));
        balanceFen = Math.max(0, balanceFen - amountFen);
        out.files.withdrawal.row([
          accountNumber,
          dayOf(when, random.int(1, 28)),
          reason,
          formatFen(amountFen),
        ]);
      }
    }
    out.files.depositAccount.row([
      accountNumber,
      'RESIDENT_ID',
      person.idNumber,
      status,
      employer.name,
      employer.number,
      dayOf(opened, random.int(1, 28)),
      formatFen(baseFen),
      rate,
      rate,
      formatFen(monthlyFen),
      formatFen(balanceFen),
      monthText(lastPaid),
    ]);
  };

  const writeLoan = (out: CenterOutput, person: Person, overdue: boolean) => {
    writeEmployee(out, person);
    const kind = random.chance(0.75) ? 'HPF' : 'COMBINED';
    const principalFen = (kind === 'HPF' ? random.int(30, 120) : random.int(100, 300)) * 10_000_00;
    const term = random.pick([120, 180, 240, 300, 360]);
    const elapsed = random.int(1, Math.min(term - 1, 15 * 12));
    const issued = addMonths(now, -elapsed);
    const issuedOn = dayOf(issued, random.int(1, 28));
    const balanceFen = Math.floor((principalFen * (term - elapsed)) / term);
    const periods = overdue ? random.int(1, 6) : 0;
    const overdueFen = overdue ? Math.floor((principalFen / term) * 1.3 * periods) : 0;
    out.files.loan.row([
      out.nextLoanNumber(issuedOn),
      'RESIDENT_ID',
      person.idNumber,
      kind,
      formatFen(principalFen),
      formatFen(balanceFen),
      term,
      issuedOn,
      random.chance(0.7) ? 'EQUAL_INSTALMENTS' : 'EQUAL_PRINCIPAL',
      overdue ? 'OVERDUE' : 'NORMAL',
      periods,
      formatFen(overdueFen),
    ]);
  };

  for (let index = 0; index < options.employees; index += 1) {
    const home = outputs.get(random.pick(centers).code)!;
    const elsewhere = () => {
      const others = centers.filter((c) => c.code !== home.center.code);
      return others.length ? outputs.get(random.pick(others).code)! : null;
    };
    // Unique by construction: the birth date and sequence come from the index.
    const birth = new Date(Date.UTC(1965, 0, 1) + (index % 13_000) * 86_400_000);
    const sequence = String(500 + Math.floor(index / 13_000)).padStart(3, '0');
    const first17 =
      random.pick(home.center.districts) +
      birth.toISOString().slice(0, 10).replace(/-/g, '') +
      sequence;
    const person: Person = {
      index,
      idNumber: withCheckChar(first17),
      name: personName(random),
      mobile: mobile(random),
    };
    const recent = addMonths(now, -random.int(0, 1));

    if (options.profile === 'bench') {
      writeAccount(home, person, 'NORMAL', now);
    } else {
      const scenario = random.weighted([
        ['one account', 70],
        ['normal and sealed in one center', 8],
        ['moved city: sealed elsewhere', 8],
        ['sealed only', 3],
        ['frozen', 1],
        ['loan in another city', 4],
        ['loans only', 4],
        ['deposit and loan', 2],
      ] as const);
      const other = elsewhere();
      const codes = [home.center.code];
      if (scenario === 'loans only') {
        writeLoan(home, person, random.chance(0.1));
      } else if (scenario === 'sealed only') {
        writeAccount(home, person, 'SEALED', addMonths(now, -random.int(3, 40)));
      } else if (scenario === 'frozen') {
        writeAccount(home, person, 'FROZEN', addMonths(now, -random.int(1, 6)));
      } else {
        writeAccount(home, person, 'NORMAL', recent);
        if (scenario === 'normal and sealed in one center') {
          writeAccount(home, person, 'SEALED', addMonths(now, -random.int(3, 60)));
        } else if (scenario === 'moved city: sealed elsewhere' && other) {
          writeAccount(other, person, 'SEALED', addMonths(now, -random.int(3, 60)));
          codes.push(other.center.code);
        } else if (scenario === 'loan in another city' && other) {
          writeLoan(other, person, random.chance(0.1));
          codes.push(other.center.code);
        } else if (scenario === 'deposit and loan' || random.chance(0.15)) {
          writeLoan(home, person, random.chance(0.06));
        }
      }
      sample(scenario, person, codes);
    }
    if (index % 1000 === 999) await flushAll(outputs, false);
  }

  await flushAll(outputs, true);
  const rows = { employee: 0, depositAccount: 0, depositMonth: 0, withdrawal: 0, loan: 0 };
  for (const out of outputs.values()) {
    for (const [kind, file] of Object.entries(out.files)) rows[kind as RecordKind] += file.rows;
  }
  if (options.profile === 'realistic') {
    writeFileSync(path.join(options.out, 'samples.json'), JSON.stringify(samples, null, 2) + '\n');
  }
  return { folders: [...outputs.values()].map((o) => path.join(options.out, o.center.code)), rows };
}

/** Closing drops files that got no rows: the import refuses a file with a header only. */
async function flushAll(outputs: Map<string, CenterOutput>, close: boolean) {
  for (const out of outputs.values()) {
    for (const file of Object.values(out.files)) {
      if (!close) await file.flush();
      else if (file.rows > 0) await file.close();
      else await file.discard();
    }
  }
}
