import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Attempts of one kind by one subject (a clerk, an address) in one fixed window. Kept in
 * PostgreSQL so that every server instance counts against the same figure.
 */
@Entity({ tableName: 'attempt_counter' })
export class AttemptCounter {
  /** For example `redeem:staff:<uuid>` or `login:addr:203.0.113.7`. */
  @PrimaryKey({ type: 'string', length: 200 })
  subject!: string;

  @PrimaryKey({ type: 'datetime', columnType: 'timestamptz' })
  windowStart!: Date;

  @Property({ type: 'integer' })
  count!: number;
}
