import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Rel } from '@mikro-orm/core';
import { DepositAccount } from './deposit-account.entity';

/** One month of remittance into a deposit account. */
@Entity({ tableName: 'deposit_month' })
@Unique({ properties: ['account', 'month'] })
export class DepositMonth {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => DepositAccount)
  account!: Rel<DepositAccount>;

  /** YYYY-MM */
  @Property({ type: 'string', length: 7 })
  month!: string;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  amount!: string;

  @Property({ type: 'string', length: 200 })
  employerName!: string;
}
