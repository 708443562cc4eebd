import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261204160156_schema } from './Migration20261204160156_schema';
import { Migration20261204161712_schema } from './Migration20261204161712_schema';
import { Migration20261204170000_center_api_key } from './Migration20261204170000_center_api_key';
import { Migration20261204190000_deposit_month_key } from './Migration20261204190000_deposit_month_key';

/** Every migration, oldest first. Imported as classes so no file globbing is needed. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261204160156_schema', class: Migration20261204160156_schema },
  { name: 'Migration20261204161712_schema', class: Migration20261204161712_schema },
  {
    name: 'Migration20261204170000_center_api_key',
    class: Migration20261204170000_center_api_key,
  },
  {
    name: 'Migration20261204190000_deposit_month_key',
    class: Migration20261204190000_deposit_month_key,
  },
];
