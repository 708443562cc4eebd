import {
  Collection,
  Entity,
  Enum,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  Property,
  Unique,
  type Opt,
} from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Center } from '../centers/center.entity';
import { Employee } from '../employees/employee.entity';
import { DepositMonth } from './deposit-month.entity';
import { Withdrawal } from './withdrawal.entity';

/** 正常 / 封存 / 冻结 / 销户 */
export enum DepositAccountStatus {
  NORMAL = 'NORMAL',
  SEALED = 'SEALED',
  FROZEN = 'FROZEN',
  CLOSED = 'CLOSED',
}

/** 个人公积金账户: the employee's deposit account in one center. Money is exact decimal text. */
@Entity({ tableName: 'deposit_account' })
@Unique({ properties: ['center', 'accountNumber'] })
export class DepositAccount {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Center)
  center!: Center;

  @ManyToOne(() => Employee, { index: true })
  employee!: Employee;

  @Property({ type: 'string', length: 32 })
  accountNumber!: string;

  @Enum({ items: () => DepositAccountStatus, nativeEnumName: 'deposit_account_status' })
  status: Opt<DepositAccountStatus> = DepositAccountStatus.NORMAL;

  @Property({ type: 'string', length: 200 })
  employerName!: string;

  @Property({ type: 'string', length: 32 })
  employerNumber!: string;

  @Property({ type: 'date' })
  openedOn!: string;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  depositBase!: string;

  /** Fractions such as 0.12 for 12 %. */
  @Property({ type: 'decimal', precision: 5, scale: 4 })
  employerRate!: string;

  @Property({ type: 'decimal', precision: 5, scale: 4 })
  employeeRate!: string;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  monthlyAmount!: string;

  @Property({ type: 'decimal', precision: 16, scale: 2 })
  balance!: string;

  /** YYYY-MM of the last month paid. */
  @Property({ type: 'string', length: 7, nullable: true })
  paidUpTo?: string | null;

  /** When the center's core system last reported this account. */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  dataAsOf: Opt<Date> = new Date();

  @OneToMany(() => DepositMonth, (month) => month.account)
  months = new Collection<DepositMonth>(this);

  @OneToMany(() => Withdrawal, (withdrawal) => withdrawal.account)
  withdrawals = new Collection<Withdrawal>(this);
}
