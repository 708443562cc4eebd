import type { EntityManager } from '@mikro-orm/postgresql';
import { DepositAccount, DepositAccountStatus } from '../accounts/deposit-account.entity';
import { LoanAccount } from '../accounts/loan-account.entity';
import type { Center } from '../centers/center.entity';
import { toCenterType } from '../centers/center.type';
import { CenterSituation, CodeOption } from './code-option.type';

export const NO_REMITTANCE_ACCOUNT = '未查询到个人汇缴账号';

const STATUS_LABELS: Record<DepositAccountStatus, string> = {
  NORMAL: '正常',
  SEALED: '封存',
  FROZEN: '冻结',
  CLOSED: '销户',
};

/** A center and account a code can be applied for, with the entities behind it. */
export interface CodeChoice {
  id: string;
  center: Center;
  depositAccount: DepositAccount | null;
  loans: LoanAccount[];
}

function optionId(centerId: string, depositAccountId: string | null) {
  return Buffer.from(`${centerId}:${depositAccountId ?? 'loans'}`).toString('base64url');
}

/**
 * The employee's choices: one per open deposit account, each with the loans at that center,
 * and one for a center where only loans are held. Closed accounts and inactive centers offer
 * nothing.
 */
export async function loadCodeChoices(em: EntityManager, employeeId: string) {
  const [accounts, loans] = await Promise.all([
    em.find(
      DepositAccount,
      {
        employee: employeeId,
        status: { $ne: DepositAccountStatus.CLOSED },
        center: { active: true },
      },
      { populate: ['center'], orderBy: { center: { name: 'asc' }, accountNumber: 'asc' } },
    ),
    em.find(
      LoanAccount,
      { borrower: employeeId, center: { active: true } },
      { populate: ['center'], orderBy: { loanNumber: 'asc' } },
    ),
  ]);

  const loansByCenter = new Map<string, LoanAccount[]>();
  for (const loan of loans) {
    loansByCenter.set(loan.center.id, [...(loansByCenter.get(loan.center.id) ?? []), loan]);
  }

  const choices: CodeChoice[] = accounts.map((account) => ({
    id: optionId(account.center.id, account.id),
    center: account.center,
    depositAccount: account,
    loans: loansByCenter.get(account.center.id) ?? [],
  }));
  const centersWithDeposit = new Set(accounts.map((account) => account.center.id));
  for (const [centerId, centerLoans] of loansByCenter) {
    if (centersWithDeposit.has(centerId)) continue;
    choices.push({
      id: optionId(centerId, null),
      center: centerLoans[0].center,
      depositAccount: null,
      loans: centerLoans,
    });
  }

  // Normal accounts first within a center, so a default choice is the one most often meant.
  const rank = (choice: CodeChoice) => (choice.depositAccount?.status === 'NORMAL' ? 0 : 1);
  return choices.sort(
    (a, b) => a.center.name.localeCompare(b.center.name, 'zh') || rank(a) - rank(b),
  );
}

function labelOf(choice: CodeChoice, all: CodeChoice[]) {
  const { center, depositAccount } = choice;
  if (!depositAccount) return `${center.name}（仅贷款）`;

  const sameCenter = all.filter((other) => other.center.id === center.id && other.depositAccount);
  const sameState = sameCenter.filter(
    (other) => other.depositAccount?.status === depositAccount.status,
  );
  const parts: string[] = [];
  if (depositAccount.status !== DepositAccountStatus.NORMAL) {
    parts.push(STATUS_LABELS[depositAccount.status as DepositAccountStatus]);
  }
  if (sameState.length > 1) parts.push(`账号尾号${depositAccount.accountNumber.slice(-4)}`);
  return parts.length ? `${center.name}（${parts.join('，')}）` : center.name;
}

export function toCodeOption(choice: CodeChoice, all: CodeChoice[]): CodeOption {
  const { depositAccount, loans } = choice;
  let situation = CenterSituation.DEPOSIT_ONLY;
  if (!depositAccount) situation = CenterSituation.LOANS_ONLY;
  else if (loans.length) situation = CenterSituation.DEPOSIT_AND_LOANS;

  return Object.assign(new CodeOption(), {
    id: choice.id,
    center: toCenterType(choice.center),
    depositAccount: depositAccount
      ? { accountNumber: depositAccount.accountNumber, status: depositAccount.status }
      : null,
    loanAccounts: loans.map((loan) => ({ loanNumber: loan.loanNumber, status: loan.status })),
    label: labelOf(choice, all),
    situation,
    remittanceNotice: depositAccount ? null : NO_REMITTANCE_ACCOUNT,
  });
}
