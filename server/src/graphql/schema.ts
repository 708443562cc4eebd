import 'reflect-metadata';
import './enums';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { EmployeeCodesResolver } from '../codes/employee-codes.resolver';
import { RedemptionResolver } from '../redemptions/redemption.resolver';
import { UsageRecordsResolver } from '../redemptions/usage-records.resolver';
import { StaffAuthResolver } from '../staff/staff-auth.resolver';
import { CenterAdminResolver } from '../admin/center-admin.resolver';
import { StaffAdminResolver } from '../admin/staff-admin.resolver';
import { CenterApiKeyResolver } from '../api-keys/center-api-key.resolver';
import { ImportResolver } from '../import/import.resolver';

/**
 * Subscriptions here bring their own `subscribe` (events come through PostgreSQL), so the
 * in-process publish/subscribe that type-graphql insists on is never used.
 */
const unusedPubSub: PubSub = {
  publish() {
    throw new Error('events are published through PostgreSQL NOTIFY, not in process');
  },
  subscribe() {
    throw new Error('subscriptions supply their own subscribe function');
  },
};

export const resolvers = [
  EmployeeCodesResolver,
  UsageRecordsResolver,
  RedemptionResolver,
  StaffAuthResolver,
  StaffAdminResolver,
  CenterAdminResolver,
  CenterApiKeyResolver,
  ImportResolver,
] as const;

let built: Promise<GraphQLSchema> | null = null;

/** The schema is the same for every instance in a process; build it once. */
export function appSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    pubSub: unusedPubSub,
    validate: false,
    emitSchemaFile: false,
  });
  return built;
}
