import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatFen } from '../import/field-rules';
import { KINDS, type RecordKind } from '../import/record-kinds';
import { dayOf, monthIndex, monthText } from './calendar';
import { CsvFile, type OutputEncoding } from './csv-file';
import { instalmentsFen, remainingPrincipalFen } from './loan-schedule';
import { employersFor, mobile, type Employer } from './people-and-employers';
import { personName, type Sex } from './person-names';
import { Random } from './random';
import { REAL_CENTERS, type RealCenter } from './real-centers';
import { ResidentIds } from './resident-ids';

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
  /** People generated; one with records in two centers is a row in both centers' files. */
  people: number;
  rows: Record<RecordKind, number>;
}

/** A person is 20 to 60 years old in the as-of month, and has accounts from age 18 on. */
const YOUNGEST = 20;
const OLDEST = 60;
const FIRST_ACCOUNT_AGE = 18;
/** A HPF loan needs a deposit history: at least 12 whole months between opening and loan. */
const DEPOSITS_BEFORE_LOAN = 13;
/** Loans only: the deposits behind them were made elsewhere, so borrowers are 25 or older. */
const LOANS_ONLY_FROM_MONTHS = (25 - FIRST_ACCOUNT_AGE) * 12;

const RATES = [
  ['0.1200', 50],
  ['0.1000', 15],
  ['0.0800', 10],
  ['0.0700', 10],
  ['0.0500', 15],
] as const;

/** Loan terms in months; HPF loans are mostly long. */
const TERMS = [
  [60, 5],
  [120, 15],
  [180, 15],
  [240, 20],
  [300, 15],
  [360, 30],
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

  /**
   * The whole center code and a nine-digit serial: numbers are unique in their center by the
   * serial, and never repeat across centers, whose codes differ (the first two digits alone
   * are the province, shared by Shenzhen and Guangzhou).
   */
  nextAccountNumber() {
    this.accountSerial += 1;
    return this.center.code + String(this.accountSerial);
  }

  /** The center's own letters (unique per center), the issue date and a serial. */
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
  /** The first month (index) an account of theirs may open: after their 18th birthday. */
  adultFrom: number;
}

/**
 * Writes valid import files for `employees` people spread over real centers: mostly one
 * normal account, some with a sealed account beside a new one (changed employer), some who
 * moved city (sealed account elsewhere), loans at home and in another city, overdue loans,
 * withdrawals, and a deposit history per account.
 */
export async function generateDataset(options: GenerateOptions): Promise<GenerateSummary> {
  const random = new Random(options.seed);
  const now = monthIndex(options.asOf);
  const ids = new ResidentIds(now, YOUNGEST, OLDEST);
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
  // Two people per scenario and home center, so every center has someone of each to try.
  const sample = (scenario: string, person: Person, centerCodes: string[]) => {
    const list = (samples[scenario] ??= []);
    if (list.filter((p) => p.centers[0] === centerCodes[0]).length < 2)
      list.push({ idNumber: person.idNumber, name: person.name, centers: centerCodes });
  };

  const writeEmployee = (out: CenterOutput, person: Person) => {
    if (out.employeesWritten.has(person.index)) return;
    out.employeesWritten.add(person.index);
    out.files.employee.row(['RESIDENT_ID', person.idNumber, person.name, person.mobile]);
  };

  /**
   * Writes one deposit account and its history, and returns the month (index) it opened.
   * `minMonthsOpen` makes room for what must follow the opening (a loan, a bench history).
   */
  const writeAccount = (
    out: CenterOutput,
    person: Person,
    status: 'NORMAL' | 'SEALED' | 'FROZEN',
    wantedLastPaid: number,
    minMonthsOpen = 1,
  ) => {
    writeEmployee(out, person);
    const employer = random.pick(out.employers);
    const accountNumber = out.nextAccountNumber();
    // Never paid before coming of age. Everyone is 20 or older, so the room for a loan fits
    // before `now`; a bench history over 23 months may reach back before the 18th birthday.
    const lastPaid = Math.min(now, Math.max(wantedLastPaid, person.adultFrom + minMonthsOpen));
    const wanted = random.int(1, 15) * 12 + random.int(0, 11);
    const monthsPaid = Math.max(minMonthsOpen, Math.min(wanted, lastPaid - person.adultFrom));
    const opened = lastPaid - monthsPaid;
    const baseFen = (2400 + Math.floor(random.float() ** 2 * 320) * 100) * 100;
    const rate = random.weighted(RATES);
    const perTenThousand = Number(rate.replace('.', ''));
    const partFen = Math.round((baseFen * perTenThousand) / 10000);
    const monthlyFen = partFen * 2;
    let balanceFen = Math.floor(monthlyFen * monthsPaid * (0.3 + random.float() * 0.9));

    const history =
      options.profile === 'bench' ? options.months : Math.min(options.months, monthsPaid);
    for (let i = history - 1; i >= 0; i -= 1) {
      out.files.depositMonth.row([
        accountNumber,
        monthText(lastPaid - i),
        formatFen(monthlyFen),
        employer.name,
      ]);
    }
    if (options.profile === 'realistic' && random.chance(0.25)) {
      const count = random.int(1, 3);
      for (let i = 0; i < count; i += 1) {
        const when = lastPaid - random.int(1, Math.min(monthsPaid, 58));
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
    return opened;
  };

  /**
   * Writes a loan issued in month `earliest` (index) or later, and at least a month before
   * `now`; the caller makes sure there is such a month. Its balance and overdue amount follow
   * the repayment schedule up to the as-of month.
   */
  const writeLoan = (out: CenterOutput, person: Person, overdue: boolean, earliest: number) => {
    writeEmployee(out, person);
    const kind = random.chance(0.75) ? 'HPF' : 'COMBINED';
    const principalFen = (kind === 'HPF' ? random.int(30, 120) : random.int(100, 300)) * 10_000_00;
    const term = random.weighted(TERMS);
    const method = random.chance(0.7) ? 'EQUAL_INSTALMENTS' : 'EQUAL_PRINCIPAL';
    // Instalments due by now, one a month from the month after the issue.
    const due = random.int(1, Math.min(15 * 12, now - earliest));
    const issuedOn = dayOf(now - due, random.int(1, 28));
    // Some loans are paid off early; one whose term has run out is settled too.
    const settled = !overdue && (due >= term || random.chance(0.05));
    const periods = overdue ? random.int(1, Math.min(6, due, term)) : 0;
    // An overdue instalment's principal is still owed; the overdue amount is those instalments.
    const paid = Math.min(due, term) - periods;
    const balanceFen = settled ? 0 : remainingPrincipalFen(method, principalFen, term, paid);
    const overdueFen = overdue ? instalmentsFen(method, principalFen, term, paid, periods) : 0;
    out.files.loan.row([
      out.nextLoanNumber(issuedOn),
      'RESIDENT_ID',
      person.idNumber,
      kind,
      formatFen(principalFen),
      formatFen(balanceFen),
      term,
      issuedOn,
      method,
      settled ? 'SETTLED' : overdue ? 'OVERDUE' : 'NORMAL',
      periods,
      formatFen(overdueFen),
    ]);
    if (overdue) sample('overdue loan', person, [out.center.code]);
  };

  for (let index = 0; index < options.employees; index += 1) {
    const home = outputs.get(random.pick(centers).code)!;
    const elsewhere = () => {
      const others = centers.filter((c) => c.code !== home.center.code);
      return others.length ? outputs.get(random.pick(others).code)! : null;
    };
    const sex: Sex = random.chance(0.5) ? 'MALE' : 'FEMALE';
    const id = ids.next(random.pick(home.center.districts), sex);
    const person: Person = {
      index,
      idNumber: id.idNumber,
      name: personName(random, sex),
      mobile: mobile(random),
      adultFrom: id.birthMonth + FIRST_ACCOUNT_AGE * 12 + 1,
    };
    const recent = now - random.int(0, 1);

    if (options.profile === 'bench') {
      writeAccount(home, person, 'NORMAL', now, options.months);
    } else {
      const drawn = random.weighted([
        ['one account', 70],
        ['normal and sealed in one center', 8],
        ['moved city: sealed elsewhere', 8],
        ['sealed only', 3],
        ['frozen', 1],
        ['loan in another city', 4],
        ['loans only', 4],
        ['deposit and loan', 2],
      ] as const);
      const loanFrom = person.adultFrom + LOANS_ONLY_FROM_MONTHS;
      const scenario = drawn === 'loans only' && loanFrom >= now ? 'one account' : drawn;
      const other = elsewhere();
      const codes = [home.center.code];
      // Without a second center, the scenarios that need one are a plain account.
      const sealedAbroad = scenario === 'moved city: sealed elsewhere' && other !== null;
      const loanAbroad = scenario === 'loan in another city' && other !== null;
      const plain =
        scenario === 'one account' ||
        (!other && ['moved city: sealed elsewhere', 'loan in another city'].includes(scenario));
      // Decided before the account is written, which must then be old enough for the loan.
      const homeLoan = scenario === 'deposit and loan' || (plain && random.chance(0.15));
      if (scenario === 'loans only') {
        // The deposits behind it are in a center not generated, or long closed.
        writeLoan(home, person, random.chance(0.1), loanFrom);
      } else if (scenario === 'sealed only') {
        writeAccount(home, person, 'SEALED', now - random.int(3, 40));
      } else if (scenario === 'frozen') {
        writeAccount(home, person, 'FROZEN', now - random.int(1, 6));
      } else {
        const minMonths = homeLoan || loanAbroad ? DEPOSITS_BEFORE_LOAN + 1 : 1;
        const opened = writeAccount(home, person, 'NORMAL', recent, minMonths);
        const afterDeposits = opened + DEPOSITS_BEFORE_LOAN;
        if (scenario === 'normal and sealed in one center') {
          writeAccount(home, person, 'SEALED', now - random.int(3, 60));
        } else if (sealedAbroad && other) {
          writeAccount(other, person, 'SEALED', now - random.int(3, 60));
          codes.push(other.center.code);
        } else if (loanAbroad && other) {
          // 异地贷款: the deposits at home back a loan from the other city's center.
          writeLoan(other, person, random.chance(0.1), afterDeposits);
          codes.push(other.center.code);
        } else if (homeLoan) {
          writeLoan(home, person, random.chance(0.06), afterDeposits);
        }
      }
      // A plain account that drew a home loan is shown with the deposit-and-loan people.
      sample(homeLoan ? 'deposit and loan' : scenario, person, codes);
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
  const folders = [...outputs.values()].map((o) => path.join(options.out, o.center.code));
  return { folders, people: options.employees, rows };
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
