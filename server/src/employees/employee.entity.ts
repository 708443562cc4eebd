import { Entity, Enum, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

export enum IdType {
  RESIDENT_ID = 'RESIDENT_ID',
  PASSPORT = 'PASSPORT',
  HK_MACAO_PERMIT = 'HK_MACAO_PERMIT',
  TAIWAN_PERMIT = 'TAIWAN_PERMIT',
  FOREIGN_PERMANENT_RESIDENT = 'FOREIGN_PERMANENT_RESIDENT',
}

/** 缴存职工: a person who deposits into the fund, identified by ID type and number. */
@Entity({ tableName: 'employee' })
@Unique({ properties: ['idType', 'idNumber'] })
export class Employee {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Enum({ items: () => IdType, nativeEnumName: 'id_type' })
  idType: Opt<IdType> = IdType.RESIDENT_ID;

  @Property({ type: 'string', length: 32 })
  idNumber!: string;

  /** Stored whole, shown masked. */
  @Property({ type: 'string', length: 20, nullable: true })
  mobile?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}
