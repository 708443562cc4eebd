import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Center } from '../centers/center.entity';
import { ECode } from '../codes/ecode.entity';
import { Staff } from '../staff/staff.entity';

export enum RedemptionOutcome {
  REDEEMED = 'REDEEMED',
  REFUSED_WRONG_CENTER = 'REFUSED_WRONG_CENTER',
}

/**
 * 使用记录: a clerk's query of a code, successful or refused because the clerk belongs to
 * another center. A successful one keeps the snapshot of the form that was disclosed.
 */
@Entity({ tableName: 'redemption' })
export class Redemption {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ECode, { index: true })
  code!: ECode;

  @Enum({ items: () => RedemptionOutcome, nativeEnumName: 'redemption_outcome' })
  outcome!: RedemptionOutcome;

  @ManyToOne(() => Staff)
  staff!: Staff;

  /** The clerk's center at the time: the accepting institution. */
  @ManyToOne(() => Center, { index: true })
  staffCenter!: Center;

  @Property({ type: 'datetime', columnType: 'timestamptz', index: true })
  queriedAt!: Date;

  @Property({ type: 'string', length: 64 })
  clientAddress!: string;

  /** Printed on the form; null for refused attempts. */
  @Property({ type: 'string', length: 32, unique: true, nullable: true })
  serialNumber?: string | null;

  @Property({ type: 'string', length: 16, nullable: true })
  checkCode?: string | null;

  @Property({ type: 'json', nullable: true })
  snapshot?: unknown;

  /** SHA-256 of the canonical snapshot, hex. Kept after the snapshot is purged. */
  @Property({ type: 'string', length: 64, nullable: true })
  digest?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  dataAsOf?: Date | null;
}
