import { Migration } from '@mikro-orm/migrations';

/** API keys of the centers' core systems, stored as SHA-256 hashes. */
export class Migration20261204170000_center_api_key extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "center_api_key" ("id" uuid not null, "center_id" uuid not null, ` +
        `"name" varchar(100) not null, "prefix" varchar(16) not null, ` +
        `"key_hash" varchar(64) not null, "created_by_id" uuid not null, ` +
        `"created_at" timestamptz not null, "last_used_at" timestamptz null, ` +
        `"revoked_at" timestamptz null, "revoked_by_id" uuid null, ` +
        `constraint "center_api_key_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "center_api_key_center_id_index" on "center_api_key" ("center_id");`);
    this.addSql(
      `alter table "center_api_key" add constraint "center_api_key_key_hash_unique" ` +
        `unique ("key_hash");`,
    );
    this.addSql(
      `alter table "center_api_key" add constraint "center_api_key_center_id_foreign" ` +
        `foreign key ("center_id") references "center" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "center_api_key" add constraint "center_api_key_created_by_id_foreign" ` +
        `foreign key ("created_by_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "center_api_key" add constraint "center_api_key_revoked_by_id_foreign" ` +
        `foreign key ("revoked_by_id") references "staff" ("id") ` +
        `on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "center_api_key" cascade;`);
  }
}
