import { Field, ID, ObjectType } from 'type-graphql';
import { CenterType, toCenterType } from '../centers/center.type';
import { Connection } from '../graphql/connection';
import { DepositAccountSummary, LoanAccountSummary } from './code-option.type';
import { groupCodeValue } from './code-value';
import { CodeState, type ECode } from './ecode.entity';

@ObjectType('ECode', { description: '电子码: a one-time business handling code.' })
export class CodeType {
  @Field(() => ID, { description: 'Opaque identifier; not the code value.' })
  id!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The 20-digit code. Given once, in the applyCode answer; null everywhere else. ' +
      'A bearer secret: do not show it to others.',
  })
  value!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The value grouped 4-4-4-4-4 for display; null where value is.',
  })
  displayValue!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'QR code of the value as an SVG document; null where value is.',
  })
  qrSvg!: string | null;

  @Field(() => CodeState, { description: 'State now; a code past expiresAt reads EXPIRED.' })
  state!: CodeState;

  @Field({ description: 'When the code was issued.' })
  issuedAt!: Date;

  @Field({ description: '24:00 China Standard Time of the day of issue.' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the code stopped being usable.' })
  endedAt!: Date | null;

  @Field(() => CenterType, { description: 'The center whose clerks alone can redeem it.' })
  center!: CenterType;

  @Field(() => DepositAccountSummary, {
    nullable: true,
    description: 'The chosen deposit account; null for a loans-only code.',
  })
  depositAccount!: DepositAccountSummary | null;

  @Field(() => [LoanAccountSummary], { description: 'Loans at the center when it was issued.' })
  loanAccounts!: LoanAccountSummary[];
}

@ObjectType({ description: 'A page of the employee’s codes, newest first.' })
export class CodeConnection extends Connection(CodeType, 'ECode') {}

/** ACTIVE until expiresAt; read as EXPIRED after, before the sweeper has written it. */
export function effectiveState(code: Pick<ECode, 'state' | 'expiresAt'>, now: Date): CodeState {
  if (code.state === CodeState.ACTIVE && code.expiresAt <= now) return CodeState.EXPIRED;
  return code.state;
}

/** Needs `center`, `depositAccount` and `loanAccounts` loaded. */
export function toCodeType(code: ECode, now: Date, issued?: { value: string; qrSvg: string }) {
  return Object.assign(new CodeType(), {
    id: code.id,
    value: issued?.value ?? null,
    displayValue: issued ? groupCodeValue(issued.value) : null,
    qrSvg: issued?.qrSvg ?? null,
    state: effectiveState(code, now),
    issuedAt: code.issuedAt,
    expiresAt: code.expiresAt,
    endedAt: code.endedAt ?? null,
    center: toCenterType(code.center),
    depositAccount: code.depositAccount
      ? { accountNumber: code.depositAccount.accountNumber, status: code.depositAccount.status }
      : null,
    loanAccounts: code.loanAccounts
      .getItems()
      .map((loan) => ({ loanNumber: loan.loanNumber, status: loan.status })),
  });
}
