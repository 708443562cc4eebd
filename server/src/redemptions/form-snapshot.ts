import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import { DepositAccount } from '../accounts/deposit-account.entity';
import { DepositMonth } from '../accounts/deposit-month.entity';
import { LoanAccount } from '../accounts/loan-account.entity';
import { Withdrawal } from '../accounts/withdrawal.entity';
import type { Center } from '../centers/center.entity';
import { CHINA_ZONE } from '../codes/expiry';
import { Employee } from '../employees/employee.entity';
import { maskMobile } from '../employees/masking';
import type { Staff } from '../staff/staff.entity';

/** The stored snapshot: the form as disclosed, with times as ISO text. */
export interface FormSnapshot {
  serialNumber: string;
  checkCode: string;
  center: { id: string; code: string; name: string; region: string; active: boolean };
  clerkNumber: string;
  queriedAt: string;
  asOf: string;
  holder: { name: string; idType: string; idNumber: string; mobile: string | null };
  deposit: {
    accountNumber: string;
    status: string;
    employerName: string;
    employerNumber: string;
    openedOn: string;
    depositBase: string;
    employerRate: string;
    employeeRate: string;
    monthlyAmount: string;
    balance: string;
    paidUpTo: string | null;
    consecutiveMonths: number;
    history: { month: string; amount: string; employerName: string }[];
  } | null;
  withdrawals: { date: string; reason: string; amount: string }[];
  loans: {
    loanNumber: string;
    kind: string;
    principal: string;
    termMonths: number;
    issuedOn: string;
    repaymentMethod: string;
    balance: string;
    status: string;
    overduePeriods: number;
    overdueAmount: string;
  }[];
}

export type FormContent = Omit<FormSnapshot, 'serialNumber' | 'checkCode'>;

/** Months paid without a gap, counting back from the newest month with money in. */
export function consecutiveMonths(months: { month: string; amount: string }[]): number {
  const paid = new Set(months.filter((m) => Number(m.amount) > 0).map((m) => m.month));
  const newest = [...paid].sort().at(-1);
  if (!newest) return 0;

  let count = 0;
  for (let month = DateTime.fromISO(`${newest}-01`); ; month = month.minus({ months: 1 })) {
    if (!paid.has(month.toFormat('yyyy-MM'))) return count;
    count += 1;
  }
}

/** Reads what the form shows of one code's center and account, as of now. */
export async function buildFormContent(
  em: EntityManager,
  code: { employeeId: string; depositAccountId: string | null; loanIds: string[] },
  center: Center,
  clerk: Staff,
  queriedAt: Date,
): Promise<FormContent> {
  const employee = await em.findOneOrFail(Employee, code.employeeId);
  const account = code.depositAccountId
    ? await em.findOneOrFail(DepositAccount, code.depositAccountId)
    : null;
  const loans = code.loanIds.length
    ? await em.find(LoanAccount, { id: { $in: code.loanIds } }, { orderBy: { loanNumber: 'asc' } })
    : [];
  const months = account
    ? await em.find(DepositMonth, { account }, { orderBy: { month: 'desc' } })
    : [];
  const fiveYearsAgo = DateTime.fromJSDate(queriedAt, { zone: CHINA_ZONE })
    .minus({ years: 5 })
    .toISODate();
  const withdrawals = account
    ? await em.find(
        Withdrawal,
        { account, date: { $gte: fiveYearsAgo ?? '' } },
        { orderBy: { date: 'desc', id: 'desc' } },
      )
    : [];
  const asOfTimes = [account?.dataAsOf, ...loans.map((loan) => loan.dataAsOf)].filter(
    (at): at is Date => at instanceof Date,
  );
  const asOf = asOfTimes.length
    ? new Date(Math.min(...asOfTimes.map((at) => at.getTime())))
    : queriedAt;

  return {
    center: {
      id: center.id,
      code: center.code,
      name: center.name,
      region: center.region,
      active: center.active,
    },
    clerkNumber: clerk.staffNumber,
    queriedAt: queriedAt.toISOString(),
    asOf: asOf.toISOString(),
    holder: {
      name: employee.name,
      idType: employee.idType,
      idNumber: employee.idNumber,
      mobile: maskMobile(employee.mobile ?? null),
    },
    deposit: account && {
      accountNumber: account.accountNumber,
      status: account.status,
      employerName: account.employerName,
      employerNumber: account.employerNumber,
      openedOn: account.openedOn,
      depositBase: account.depositBase,
      employerRate: account.employerRate,
      employeeRate: account.employeeRate,
      monthlyAmount: account.monthlyAmount,
      balance: account.balance,
      paidUpTo: account.paidUpTo ?? null,
      consecutiveMonths: consecutiveMonths(months),
      history: months.slice(0, 24).map(({ month, amount, employerName }) => ({
        month,
        amount,
        employerName,
      })),
    },
    withdrawals: withdrawals.map(({ date, reason, amount }) => ({ date, reason, amount })),
    loans: loans.map((loan) => ({
      loanNumber: loan.loanNumber,
      kind: loan.kind,
      principal: loan.principal,
      termMonths: loan.termMonths,
      issuedOn: loan.issuedOn,
      repaymentMethod: loan.repaymentMethod,
      balance: loan.balance,
      status: loan.status,
      overduePeriods: loan.overduePeriods,
      overdueAmount: loan.overdueAmount,
    })),
  };
}
