import { Migration } from '@mikro-orm/migrations';

/** Attempt counters for the limits on failed redemptions and sign-ins. */
export class Migration20261204161712_schema extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "attempt_counter" ("subject" varchar(200) not null, ` +
        `"window_start" timestamptz not null, "count" int not null, ` +
        `constraint "attempt_counter_pkey" primary key ("subject", "window_start"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "attempt_counter" cascade;`);
  }
}
