import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Staff } from '../staff/staff.entity';
import { Redemption } from './redemption.entity';

/** A clerk opened a redeemed form again, to print it. */
@Entity({ tableName: 'form_reopening' })
export class FormReopening {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Redemption, { index: true })
  redemption!: Redemption;

  @ManyToOne(() => Staff)
  staff!: Staff;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  reopenedAt!: Date;

  @Property({ type: 'string', length: 64 })
  clientAddress!: string;
}
