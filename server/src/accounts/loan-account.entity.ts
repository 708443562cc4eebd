import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Center } from '../centers/center.entity';
import { Employee } from '../employees/employee.entity';

export enum LoanKind {
  /** 公积金贷款 */
  HPF = 'HPF',
  /** 组合贷款 */
  COMBINED = 'COMBINED',
}

export enum RepaymentMethod {
  /** 等额本息 */
  EQUAL_INSTALMENTS = 'EQUAL_INSTALMENTS',
  /** 等额本金 */
  EQUAL_PRINCIPAL = 'EQUAL_PRINCIPAL',
}

export enum LoanStatus {
  NORMAL = 'NORMAL',
  OVERDUE = 'OVERDUE',
  SETTLED = 'SETTLED',
}

/** 贷款账户: a housing loan at a center. */
@Entity({ tableName: 'loan_account' })
@Unique({ properties: ['center', 'loanNumber'] })
export class LoanAccount {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Center)
  center!: Center;

  @ManyToOne(() => Employee, { index: true })
  borrower!: Employee;

  @Property({ type: 'string', length: 32 })
  loanNumber!: string;

  @Enum({ items: () => LoanKind, nativeEnumName: 'loan_kind' })
  kind!: LoanKind;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  principal!: string;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  balance!: string;

  @Property({ type: 'integer' })
  termMonths!: number;

  @Property({ type: 'date' })
  issuedOn!: string;

  @Enum({ items: () => RepaymentMethod, nativeEnumName: 'repayment_method' })
  repaymentMethod!: RepaymentMethod;

  @Enum({ items: () => LoanStatus, nativeEnumName: 'loan_status' })
  status: Opt<LoanStatus> = LoanStatus.NORMAL;

  @Property({ type: 'integer' })
  overduePeriods: Opt<number> = 0;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  overdueAmount: Opt<string> = '0.00';

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  dataAsOf: Opt<Date> = new Date();
}
