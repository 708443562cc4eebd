import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Center } from '../centers/center.entity';

export enum StaffRole {
  CLERK = 'CLERK',
  CENTER_ADMIN = 'CENTER_ADMIN',
  PLATFORM_ADMIN = 'PLATFORM_ADMIN',
}

/** 办事员 and administrators of the console. */
@Entity({ tableName: 'staff' })
export class Staff {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 64, unique: true })
  username!: string;

  /** 工号: shown to employees in their usage records. */
  @Property({ type: 'string', length: 32, unique: true })
  staffNumber!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  /** Null only for platform administrators. */
  @ManyToOne(() => Center, { nullable: true })
  center?: Center | null;

  @Enum({ items: () => StaffRole, nativeEnumName: 'staff_role' })
  role!: StaffRole;

  /** argon2id, PHC string. */
  @Property({ type: 'text', hidden: true })
  passwordHash!: string;

  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;

  @Property({ type: 'integer' })
  failedLogins: Opt<number> = 0;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lockedUntil?: Date | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}
