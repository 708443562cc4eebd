import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { ECode } from '../codes/ecode.entity';
import { Employee } from '../employees/employee.entity';
import { Redemption } from '../redemptions/redemption.entity';

export enum CodeEventType {
  REDEEMED = 'REDEEMED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
  SUPERSEDED = 'SUPERSEDED',
  ATTEMPT_REFUSED = 'ATTEMPT_REFUSED',
}

/**
 * What happened to a code, in commit order. Written in the same transaction as the change,
 * so a subscriber can catch up from the last event it saw.
 */
@Entity({ tableName: 'code_event' })
export class CodeEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => Employee, { index: true })
  employee!: Employee;

  @ManyToOne(() => ECode)
  code!: ECode;

  @Enum({ items: () => CodeEventType, nativeEnumName: 'code_event_type' })
  type!: CodeEventType;

  @ManyToOne(() => Redemption, { nullable: true })
  redemption?: Redemption | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  occurredAt!: Date;
}
