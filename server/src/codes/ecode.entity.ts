import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToMany,
  ManyToOne,
  PrimaryKey,
  Property,
  type Opt,
} from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { DepositAccount } from '../accounts/deposit-account.entity';
import { LoanAccount } from '../accounts/loan-account.entity';
import { Center } from '../centers/center.entity';
import { Employee } from '../employees/employee.entity';

export enum CodeState {
  ACTIVE = 'ACTIVE',
  REDEEMED = 'REDEEMED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
  SUPERSEDED = 'SUPERSEDED',
}

/**
 * 电子码: a one-time code for one center and account. Only a keyed hash of its value is kept;
 * the value itself leaves the server once, in the applyCode answer.
 */
@Entity({ tableName: 'ecode' })
@Index({
  name: 'ecode_one_live_per_employee',
  expression:
    `create unique index "ecode_one_live_per_employee" on "ecode" ("employee_id") ` +
    `where "state" = 'ACTIVE'`,
})
@Index({
  name: 'ecode_active_expiry',
  expression: `create index "ecode_active_expiry" on "ecode" ("expires_at") where "state" = 'ACTIVE'`,
})
@Index({ properties: ['employee', 'issuedAt'] })
export class ECode {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Employee)
  employee!: Employee;

  /** The 亮码 center: only its clerks can redeem the code. */
  @ManyToOne(() => Center)
  center!: Center;

  @ManyToOne(() => DepositAccount, { nullable: true })
  depositAccount?: DepositAccount | null;

  /** The center's loan accounts of the employee when the code was issued. */
  @ManyToMany({ entity: () => LoanAccount, pivotTable: 'ecode_loan_account', owner: true })
  loanAccounts = new Collection<LoanAccount>(this);

  /** HMAC-SHA-256 of the code value, hex. */
  @Property({ type: 'string', length: 64, unique: true })
  valueHash!: string;

  @Enum({ items: () => CodeState, nativeEnumName: 'code_state' })
  state: Opt<CodeState> = CodeState.ACTIVE;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  issuedAt!: Date;

  /** 24:00 China Standard Time of the day of issue. */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt!: Date;

  /** When the code left ACTIVE, whatever the reason. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  endedAt?: Date | null;

  /** The `jti` of the face verification that allowed the code. */
  @Property({ type: 'string', length: 128 })
  faceVerificationId!: string;
}
