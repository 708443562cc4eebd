import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** 住房公积金管理中心: a city's fund management center. */
@Entity({ tableName: 'center' })
export class Center {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The center's own code, as the national platform numbers them. */
  @Property({ type: 'string', length: 32, unique: true })
  code!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'string', length: 100 })
  region!: string;

  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}
