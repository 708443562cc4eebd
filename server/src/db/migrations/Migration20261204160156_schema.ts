import { Migration } from '@mikro-orm/migrations';

export class Migration20261204160156_schema extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create sequence "form_serial_seq";`);
    this.addSql(
      `create type "id_type" as enum ('RESIDENT_ID', 'PASSPORT', 'HK_MACAO_PERMIT', 'TAIWAN_PERMIT', 'FOREIGN_PERMANENT_RESIDENT');`,
    );
    this.addSql(
      `create type "deposit_account_status" as enum ('NORMAL', 'SEALED', 'FROZEN', 'CLOSED');`,
    );
    this.addSql(
      `create type "code_state" as enum ('ACTIVE', 'REDEEMED', 'EXPIRED', 'REVOKED', 'SUPERSEDED');`,
    );
    this.addSql(`create type "loan_kind" as enum ('HPF', 'COMBINED');`);
    this.addSql(`create type "repayment_method" as enum ('EQUAL_INSTALMENTS', 'EQUAL_PRINCIPAL');`);
    this.addSql(`create type "loan_status" as enum ('NORMAL', 'OVERDUE', 'SETTLED');`);
    this.addSql(`create type "staff_role" as enum ('CLERK', 'CENTER_ADMIN', 'PLATFORM_ADMIN');`);
    this.addSql(`create type "redemption_outcome" as enum ('REDEEMED', 'REFUSED_WRONG_CENTER');`);
    this.addSql(
      `create type "code_event_type" as enum ('REDEEMED', 'EXPIRED', 'REVOKED', 'SUPERSEDED', 'ATTEMPT_REFUSED');`,
    );
    this.addSql(
      `create type "withdrawal_reason" as enum ('PURCHASE', 'RENT', 'LOAN_REPAYMENT', 'RETIREMENT', 'RENOVATION', 'SERIOUS_ILLNESS', 'LEAVING_CITY', 'OTHER');`,
    );
    this.addSql(
      `create table "center" ("id" uuid not null, "code" varchar(32) not null, "name" varchar(100) not null, "region" varchar(100) not null, "active" boolean not null default true, "created_at" timestamptz not null, constraint "center_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "center" add constraint "center_code_unique" unique ("code");`);

    this.addSql(
      `create table "employee" ("id" uuid not null, "name" varchar(100) not null, "id_type" "id_type" not null default 'RESIDENT_ID', "id_number" varchar(32) not null, "mobile" varchar(20) null, "created_at" timestamptz not null, constraint "employee_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "employee" add constraint "employee_id_type_id_number_unique" unique ("id_type", "id_number");`,
    );

    this.addSql(
      `create table "deposit_account" ("id" uuid not null, "center_id" uuid not null, "employee_id" uuid not null, "account_number" varchar(32) not null, "status" "deposit_account_status" not null default 'NORMAL', "employer_name" varchar(200) not null, "employer_number" varchar(32) not null, "opened_on" date not null, "deposit_base" numeric(14,2) not null, "employer_rate" numeric(5,4) not null, "employee_rate" numeric(5,4) not null, "monthly_amount" numeric(14,2) not null, "balance" numeric(16,2) not null, "paid_up_to" varchar(7) null, "data_as_of" timestamptz not null, constraint "deposit_account_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "deposit_account_employee_id_index" on "deposit_account" ("employee_id");`,
    );
    this.addSql(
      `alter table "deposit_account" add constraint "deposit_account_center_id_account_number_unique" unique ("center_id", "account_number");`,
    );

    this.addSql(
      `create table "ecode" ("id" uuid not null, "employee_id" uuid not null, "center_id" uuid not null, "deposit_account_id" uuid null, "value_hash" varchar(64) not null, "state" "code_state" not null default 'ACTIVE', "issued_at" timestamptz not null, "expires_at" timestamptz not null, "ended_at" timestamptz null, "face_verification_id" varchar(128) not null, constraint "ecode_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "ecode" add constraint "ecode_value_hash_unique" unique ("value_hash");`,
    );
    this.addSql(
      `create index "ecode_employee_id_issued_at_index" on "ecode" ("employee_id", "issued_at");`,
    );
    this.addSql(
      `create index "ecode_active_expiry" on "ecode" ("expires_at") where "state" = 'ACTIVE';`,
    );
    this.addSql(
      `create unique index "ecode_one_live_per_employee" on "ecode" ("employee_id") where "state" = 'ACTIVE';`,
    );

    this.addSql(
      `create table "deposit_month" ("id" bigserial primary key, "account_id" uuid not null, "month" varchar(7) not null, "amount" numeric(14,2) not null, "employer_name" varchar(200) not null);`,
    );
    this.addSql(
      `alter table "deposit_month" add constraint "deposit_month_account_id_month_unique" unique ("account_id", "month");`,
    );

    this.addSql(
      `create table "face_verification_use" ("id" varchar(128) not null, "employee_id" uuid not null, "used_at" timestamptz not null, constraint "face_verification_use_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "loan_account" ("id" uuid not null, "center_id" uuid not null, "borrower_id" uuid not null, "loan_number" varchar(32) not null, "kind" "loan_kind" not null, "principal" numeric(14,2) not null, "balance" numeric(14,2) not null, "term_months" int not null, "issued_on" date not null, "repayment_method" "repayment_method" not null, "status" "loan_status" not null default 'NORMAL', "overdue_periods" int not null default 0, "overdue_amount" numeric(14,2) not null default '0.00', "data_as_of" timestamptz not null, constraint "loan_account_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "loan_account_borrower_id_index" on "loan_account" ("borrower_id");`);
    this.addSql(
      `alter table "loan_account" add constraint "loan_account_center_id_loan_number_unique" unique ("center_id", "loan_number");`,
    );

    this.addSql(
      `create table "ecode_loan_account" ("ecode_id" uuid not null, "loan_account_id" uuid not null, constraint "ecode_loan_account_pkey" primary key ("ecode_id", "loan_account_id"));`,
    );

    this.addSql(
      `create table "staff" ("id" uuid not null, "username" varchar(64) not null, "staff_number" varchar(32) not null, "name" varchar(100) not null, "center_id" uuid null, "role" "staff_role" not null, "password_hash" text not null, "active" boolean not null default true, "failed_logins" int not null default 0, "locked_until" timestamptz null, "created_at" timestamptz not null, constraint "staff_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "staff" add constraint "staff_username_unique" unique ("username");`);
    this.addSql(
      `alter table "staff" add constraint "staff_staff_number_unique" unique ("staff_number");`,
    );

    this.addSql(
      `create table "redemption" ("id" uuid not null, "code_id" uuid not null, "outcome" "redemption_outcome" not null, "staff_id" uuid not null, "staff_center_id" uuid not null, "queried_at" timestamptz not null, "client_address" varchar(64) not null, "serial_number" varchar(32) null, "check_code" varchar(16) null, "snapshot" jsonb null, "digest" varchar(64) null, "data_as_of" timestamptz null, constraint "redemption_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "redemption_code_id_index" on "redemption" ("code_id");`);
    this.addSql(
      `create index "redemption_staff_center_id_index" on "redemption" ("staff_center_id");`,
    );
    this.addSql(`create index "redemption_queried_at_index" on "redemption" ("queried_at");`);
    this.addSql(
      `alter table "redemption" add constraint "redemption_serial_number_unique" unique ("serial_number");`,
    );

    this.addSql(
      `create table "code_event" ("id" bigserial primary key, "employee_id" uuid not null, "code_id" uuid not null, "type" "code_event_type" not null, "redemption_id" uuid null, "occurred_at" timestamptz not null);`,
    );
    this.addSql(`create index "code_event_employee_id_index" on "code_event" ("employee_id");`);

    this.addSql(
      `create table "form_reopening" ("id" uuid not null, "redemption_id" uuid not null, "staff_id" uuid not null, "reopened_at" timestamptz not null, "client_address" varchar(64) not null, constraint "form_reopening_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "form_reopening_redemption_id_index" on "form_reopening" ("redemption_id");`,
    );

    this.addSql(
      `create table "staff_session" ("id" uuid not null, "staff_id" uuid not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "ended_at" timestamptz null, constraint "staff_session_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "staff_session_staff_id_index" on "staff_session" ("staff_id");`);
    this.addSql(
      `alter table "staff_session" add constraint "staff_session_token_hash_unique" unique ("token_hash");`,
    );

    this.addSql(
      `create table "withdrawal" ("id" bigserial primary key, "account_id" uuid not null, "date" date not null, "reason" "withdrawal_reason" not null, "amount" numeric(14,2) not null);`,
    );
    this.addSql(`create index "withdrawal_account_id_index" on "withdrawal" ("account_id");`);

    this.addSql(
      `alter table "deposit_account" add constraint "deposit_account_center_id_foreign" foreign key ("center_id") references "center" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "deposit_account" add constraint "deposit_account_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "ecode" add constraint "ecode_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "ecode" add constraint "ecode_center_id_foreign" foreign key ("center_id") references "center" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "ecode" add constraint "ecode_deposit_account_id_foreign" foreign key ("deposit_account_id") references "deposit_account" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "deposit_month" add constraint "deposit_month_account_id_foreign" foreign key ("account_id") references "deposit_account" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "face_verification_use" add constraint "face_verification_use_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "loan_account" add constraint "loan_account_center_id_foreign" foreign key ("center_id") references "center" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "loan_account" add constraint "loan_account_borrower_id_foreign" foreign key ("borrower_id") references "employee" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "ecode_loan_account" add constraint "ecode_loan_account_ecode_id_foreign" foreign key ("ecode_id") references "ecode" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "ecode_loan_account" add constraint "ecode_loan_account_loan_account_id_foreign" foreign key ("loan_account_id") references "loan_account" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "staff" add constraint "staff_center_id_foreign" foreign key ("center_id") references "center" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "redemption" add constraint "redemption_code_id_foreign" foreign key ("code_id") references "ecode" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "redemption" add constraint "redemption_staff_id_foreign" foreign key ("staff_id") references "staff" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "redemption" add constraint "redemption_staff_center_id_foreign" foreign key ("staff_center_id") references "center" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "code_event" add constraint "code_event_employee_id_foreign" foreign key ("employee_id") references "employee" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "code_event" add constraint "code_event_code_id_foreign" foreign key ("code_id") references "ecode" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "code_event" add constraint "code_event_redemption_id_foreign" foreign key ("redemption_id") references "redemption" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "form_reopening" add constraint "form_reopening_redemption_id_foreign" foreign key ("redemption_id") references "redemption" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "form_reopening" add constraint "form_reopening_staff_id_foreign" foreign key ("staff_id") references "staff" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "staff_session" add constraint "staff_session_staff_id_foreign" foreign key ("staff_id") references "staff" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "withdrawal" add constraint "withdrawal_account_id_foreign" foreign key ("account_id") references "deposit_account" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop sequence if exists "form_serial_seq";`);
    this.addSql(
      `alter table "deposit_account" drop constraint "deposit_account_center_id_foreign";`,
    );

    this.addSql(`alter table "ecode" drop constraint "ecode_center_id_foreign";`);

    this.addSql(`alter table "loan_account" drop constraint "loan_account_center_id_foreign";`);

    this.addSql(`alter table "staff" drop constraint "staff_center_id_foreign";`);

    this.addSql(`alter table "redemption" drop constraint "redemption_staff_center_id_foreign";`);

    this.addSql(
      `alter table "deposit_account" drop constraint "deposit_account_employee_id_foreign";`,
    );

    this.addSql(`alter table "ecode" drop constraint "ecode_employee_id_foreign";`);

    this.addSql(
      `alter table "face_verification_use" drop constraint "face_verification_use_employee_id_foreign";`,
    );

    this.addSql(`alter table "loan_account" drop constraint "loan_account_borrower_id_foreign";`);

    this.addSql(`alter table "code_event" drop constraint "code_event_employee_id_foreign";`);

    this.addSql(`alter table "ecode" drop constraint "ecode_deposit_account_id_foreign";`);

    this.addSql(`alter table "deposit_month" drop constraint "deposit_month_account_id_foreign";`);

    this.addSql(`alter table "withdrawal" drop constraint "withdrawal_account_id_foreign";`);

    this.addSql(
      `alter table "ecode_loan_account" drop constraint "ecode_loan_account_ecode_id_foreign";`,
    );

    this.addSql(`alter table "redemption" drop constraint "redemption_code_id_foreign";`);

    this.addSql(`alter table "code_event" drop constraint "code_event_code_id_foreign";`);

    this.addSql(
      `alter table "ecode_loan_account" drop constraint "ecode_loan_account_loan_account_id_foreign";`,
    );

    this.addSql(`alter table "redemption" drop constraint "redemption_staff_id_foreign";`);

    this.addSql(`alter table "form_reopening" drop constraint "form_reopening_staff_id_foreign";`);

    this.addSql(`alter table "staff_session" drop constraint "staff_session_staff_id_foreign";`);

    this.addSql(`alter table "code_event" drop constraint "code_event_redemption_id_foreign";`);

    this.addSql(
      `alter table "form_reopening" drop constraint "form_reopening_redemption_id_foreign";`,
    );

    this.addSql(`drop table if exists "center" cascade;`);

    this.addSql(`drop table if exists "employee" cascade;`);

    this.addSql(`drop table if exists "deposit_account" cascade;`);

    this.addSql(`drop table if exists "ecode" cascade;`);

    this.addSql(`drop table if exists "deposit_month" cascade;`);

    this.addSql(`drop table if exists "face_verification_use" cascade;`);

    this.addSql(`drop table if exists "loan_account" cascade;`);

    this.addSql(`drop table if exists "ecode_loan_account" cascade;`);

    this.addSql(`drop table if exists "staff" cascade;`);

    this.addSql(`drop table if exists "redemption" cascade;`);

    this.addSql(`drop table if exists "code_event" cascade;`);

    this.addSql(`drop table if exists "form_reopening" cascade;`);

    this.addSql(`drop table if exists "staff_session" cascade;`);

    this.addSql(`drop table if exists "withdrawal" cascade;`);

    this.addSql(`drop type "id_type";`);
    this.addSql(`drop type "deposit_account_status";`);
    this.addSql(`drop type "code_state";`);
    this.addSql(`drop type "loan_kind";`);
    this.addSql(`drop type "repayment_method";`);
    this.addSql(`drop type "loan_status";`);
    this.addSql(`drop type "staff_role";`);
    this.addSql(`drop type "redemption_outcome";`);
    this.addSql(`drop type "code_event_type";`);
    this.addSql(`drop type "withdrawal_reason";`);
  }
}
