import { Entity, ManyToOne, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import type { Rel } from '@mikro-orm/core';
import { DepositAccount } from './deposit-account.entity';

/** One month of remittance into a deposit account, named by the account and the month. */
@Entity({ tableName: 'deposit_month' })
export class DepositMonth {
  [PrimaryKeyProp]?: ['account', 'month'];

  @ManyToOne(() => DepositAccount, { primary: true })
  account!: Rel<DepositAccount>;

  /** YYYY-MM */
  @PrimaryKey({ type: 'string', length: 7 })
  month!: string;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  amount!: string;

  @Property({ type: 'string', length: 200 })
  employerName!: string;
}
