import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DepositAccountStatus } from '../accounts/deposit-account.entity';
import { LoanStatus } from '../accounts/loan-account.entity';
import { CenterType } from '../centers/center.type';

export enum CenterSituation {
  DEPOSIT_ONLY = 'DEPOSIT_ONLY',
  DEPOSIT_AND_LOANS = 'DEPOSIT_AND_LOANS',
  LOANS_ONLY = 'LOANS_ONLY',
}

registerEnumType(CenterSituation, {
  name: 'CenterSituation',
  description: 'What the apply page shows for the chosen center.',
});

@ObjectType({ description: 'A deposit account as the apply page shows it.' })
export class DepositAccountSummary {
  @Field({ description: '公积金账号.' })
  accountNumber!: string;

  @Field(() => DepositAccountStatus, { description: 'Account state.' })
  status!: DepositAccountStatus;
}

@ObjectType({ description: 'A loan account as the apply page shows it.' })
export class LoanAccountSummary {
  @Field({ description: '贷款账号.' })
  loanNumber!: string;

  @Field(() => LoanStatus, { description: 'Loan state.' })
  status!: LoanStatus;
}

@ObjectType({ description: 'One center and account the employee may apply for a code for.' })
export class CodeOption {
  @Field(() => ID, { description: 'Pass to applyCode as optionId.' })
  id!: string;

  @Field(() => CenterType, { description: 'The center whose clerks can redeem the code.' })
  center!: CenterType;

  @Field(() => DepositAccountSummary, {
    nullable: true,
    description: 'The deposit account; null when the employee has only loans at this center.',
  })
  depositAccount!: DepositAccountSummary | null;

  @Field(() => [LoanAccountSummary], { description: 'Every loan at this center.' })
  loanAccounts!: LoanAccountSummary[];

  @Field({ description: 'Text for the choice list, e.g. 深圳市住房公积金管理中心（封存）.' })
  label!: string;

  @Field(() => CenterSituation, { description: 'Deposit only, deposit and loans, or loans only.' })
  situation!: CenterSituation;

  @Field(() => String, {
    nullable: true,
    description: 'Notice for the apply page: 未查询到个人汇缴账号 when there are loans only.',
  })
  remittanceNotice!: string | null;
}
