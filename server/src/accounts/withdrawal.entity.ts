import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { Rel } from '@mikro-orm/core';
import { DepositAccount } from './deposit-account.entity';

export enum WithdrawalReason {
  PURCHASE = 'PURCHASE',
  RENT = 'RENT',
  LOAN_REPAYMENT = 'LOAN_REPAYMENT',
  RETIREMENT = 'RETIREMENT',
  RENOVATION = 'RENOVATION',
  SERIOUS_ILLNESS = 'SERIOUS_ILLNESS',
  LEAVING_CITY = 'LEAVING_CITY',
  OTHER = 'OTHER',
}

/** 提取: money taken out of a deposit account. */
@Entity({ tableName: 'withdrawal' })
export class Withdrawal {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => DepositAccount, { index: true })
  account!: Rel<DepositAccount>;

  @Property({ type: 'date' })
  date!: string;

  @Enum({ items: () => WithdrawalReason, nativeEnumName: 'withdrawal_reason' })
  reason!: WithdrawalReason;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  amount!: string;
}
