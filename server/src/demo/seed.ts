import type { MikroORM } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import { DepositAccount, type DepositAccountStatus } from '../accounts/deposit-account.entity';
import { DepositMonth } from '../accounts/deposit-month.entity';
import {
  LoanAccount,
  type LoanKind,
  type LoanStatus,
  type RepaymentMethod,
} from '../accounts/loan-account.entity';
import { Withdrawal, type WithdrawalReason } from '../accounts/withdrawal.entity';
import { Center } from '../centers/center.entity';
import { CHINA_ZONE } from '../codes/expiry';
import { Employee } from '../employees/employee.entity';
import { withCheckChar } from '../employees/id-number';
import type { DemoPeople } from '../identity/dev-routes';
import { hashPassword } from '../staff/passwords';
import { Staff } from '../staff/staff.entity';
import { demoStaffPasswords } from './credentials';
import { DEMO_CENTERS, DEMO_EMPLOYEES, DEMO_STAFF, type DemoDeposit } from './demo-data';

/** Money as exact text: whole fen, never through a float. */
function fen(amount: bigint) {
  const sign = amount < 0n ? '-' : '';
  const abs = amount < 0n ? -amount : amount;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

function toFen(decimal: string) {
  const [whole, part = ''] = decimal.split('.');
  return BigInt(whole) * 100n + BigInt(part.padEnd(2, '0').slice(0, 2));
}

/** Both parts of a month's deposit: base × rate, each part rounded to the fen. */
function monthlyAmount(deposit: DemoDeposit) {
  const perTenThousand = BigInt(deposit.rate.replace('.', ''));
  const onePart = (toFen(deposit.depositBase) * perTenThousand + 5000n) / 10000n;
  return onePart * 2n;
}

async function seedDemoData(orm: MikroORM, now: Date) {
  const em = orm.em.fork();
  await em.transactional(async (tx) => {
    const centers = new Map<string, Center>();
    for (const center of DEMO_CENTERS) {
      centers.set(center.code, tx.create(Center, center));
    }
    const placeholder = await hashPassword('replaced when credentials are first written');
    for (const staff of DEMO_STAFF) {
      tx.create(Staff, {
        username: staff.username,
        staffNumber: staff.staffNumber,
        name: staff.name,
        role: staff.role,
        center: staff.centerCode ? centers.get(staff.centerCode) : null,
        passwordHash: placeholder,
      });
    }

    const thisMonth = DateTime.fromJSDate(now, { zone: CHINA_ZONE }).startOf('month');
    for (const person of DEMO_EMPLOYEES) {
      const employee = tx.create(Employee, {
        name: person.name,
        idNumber: withCheckChar(person.idFirst17),
        mobile: person.mobile,
      });
      for (const deposit of person.deposits) {
        const monthly = monthlyAmount(deposit);
        const lastPaid = thisMonth.minus({ months: deposit.lastPaidMonthsAgo });
        const account = tx.create(DepositAccount, {
          center: centers.get(deposit.centerCode)!,
          employee,
          accountNumber: deposit.accountNumber,
          status: deposit.status as DepositAccountStatus,
          employerName: deposit.employerName,
          employerNumber: deposit.employerNumber,
          openedOn: deposit.openedOn,
          depositBase: deposit.depositBase,
          employerRate: deposit.rate,
          employeeRate: deposit.rate,
          monthlyAmount: fen(monthly),
          balance: deposit.balance,
          paidUpTo: lastPaid.toFormat('yyyy-MM'),
          dataAsOf: now,
        });
        for (let i = 0; i < deposit.monthsPaid; i += 1) {
          tx.create(DepositMonth, {
            account,
            month: lastPaid.minus({ months: i }).toFormat('yyyy-MM'),
            amount: fen(monthly),
            employerName: deposit.employerName,
          });
        }
        for (const withdrawal of deposit.withdrawals) {
          tx.create(Withdrawal, {
            account,
            date: withdrawal.date,
            reason: withdrawal.reason as WithdrawalReason,
            amount: withdrawal.amount,
          });
        }
      }
      for (const loan of person.loans) {
        tx.create(LoanAccount, {
          center: centers.get(loan.centerCode)!,
          borrower: employee,
          loanNumber: loan.loanNumber,
          kind: loan.kind as LoanKind,
          principal: loan.principal,
          balance: loan.balance,
          termMonths: loan.termMonths,
          issuedOn: loan.issuedOn,
          repaymentMethod: loan.repaymentMethod as RepaymentMethod,
          status: loan.status as LoanStatus,
          overduePeriods: loan.overduePeriods,
          overdueAmount: loan.overdueAmount,
          dataAsOf: now,
        });
      }
    }
  });
}

/**
 * Demo mode: loads the demo centers, people and staff into an empty database, and makes sure
 * this data folder knows the staff passwords. Returns what /dev/demo-people serves.
 */
export async function ensureDemoData(
  orm: MikroORM,
  dataDir: string,
  now: Date,
): Promise<DemoPeople> {
  const fresh = (await orm.em.fork().count(Center, {})) === 0;
  if (fresh) await seedDemoData(orm, now);

  const usernames = DEMO_STAFF.map((staff) => staff.username);
  const passwords = await demoStaffPasswords(orm, dataDir, usernames, fresh);
  return {
    employees: DEMO_EMPLOYEES.map((person) => ({
      idNumber: withCheckChar(person.idFirst17),
      name: person.name,
      scenario: person.scenario,
    })),
    staff: DEMO_STAFF.map((staff) => ({
      username: staff.username,
      password: passwords[staff.username],
      role: staff.role,
      centerCode: staff.centerCode,
    })),
  };
}
