import { Entity, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Center } from '../centers/center.entity';
import { Staff } from '../staff/staff.entity';

/**
 * A machine credential of one center's core system, for pushing account data. Only a hash
 * of the key is kept; the key itself is shown once, when issued.
 */
@Entity({ tableName: 'center_api_key' })
export class CenterApiKey {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Center, { index: true })
  center!: Center;

  /** What the key is for, as the administrator named it (for example "核心系统夜间同步"). */
  @Property({ type: 'string', length: 100 })
  name!: string;

  /** The first characters of the key, enough to recognise it in a list; not secret. */
  @Property({ type: 'string', length: 16 })
  prefix!: string;

  /** SHA-256 of the whole key, hex. */
  @Property({ type: 'string', length: 64, unique: true, hidden: true })
  keyHash!: string;

  @ManyToOne(() => Staff)
  createdBy!: Staff;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lastUsedAt?: Date | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @ManyToOne(() => Staff, { nullable: true })
  revokedBy?: Staff | null;
}
