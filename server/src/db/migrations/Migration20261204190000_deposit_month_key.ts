import { Migration } from '@mikro-orm/migrations';

/**
 * A month of history is named by its account and month: that pair becomes the primary key
 * and the serial number goes. One index and one sequence fewer to keep up for every row,
 * which is most of the writing a center's import does.
 */
export class Migration20261204190000_deposit_month_key extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "deposit_month" drop column "id";`);
    this.addSql(
      `alter table "deposit_month" drop constraint "deposit_month_account_id_month_unique";`,
    );
    this.addSql(
      `alter table "deposit_month" add constraint "deposit_month_pkey" ` +
        `primary key ("account_id", "month");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "deposit_month" drop constraint "deposit_month_pkey";`);
    this.addSql(
      `alter table "deposit_month" add constraint "deposit_month_account_id_month_unique" ` +
        `unique ("account_id", "month");`,
    );
    this.addSql(`alter table "deposit_month" add column "id" bigserial primary key;`);
  }
}
