import { Field, ID, ObjectType } from 'type-graphql';
import { CenterType, toCenterType } from '../centers/center.type';
import { CodeType, toCodeType } from '../codes/code.type';
import { Connection } from '../graphql/connection';
import { RedemptionOutcome, type Redemption } from './redemption.entity';

@ObjectType({
  description: '使用记录: a clerk queried one of the employee’s codes. Never the form itself.',
})
export class UsageRecord {
  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field({ description: 'When the clerk queried the code.' })
  queriedAt!: Date;

  @Field(() => RedemptionOutcome, { description: 'Whether the form was disclosed.' })
  outcome!: RedemptionOutcome;

  @Field(() => CenterType, { description: '受理机构: the center of the clerk who queried.' })
  institution!: CenterType;

  @Field({ description: 'Staff number (工号) of the clerk.' })
  clerkNumber!: string;

  @Field(() => CodeType, { description: 'The code that was queried.' })
  code!: CodeType;
}

@ObjectType({ description: 'A page of usage records, newest first.' })
export class UsageRecordConnection extends Connection(UsageRecord, 'UsageRecord') {}

export const USAGE_RECORD_POPULATE = [
  'staff',
  'staffCenter',
  'code.center',
  'code.depositAccount',
  'code.loanAccounts',
] as const;

/** Needs USAGE_RECORD_POPULATE loaded. */
export function toUsageRecord(redemption: Redemption, now: Date): UsageRecord {
  return Object.assign(new UsageRecord(), {
    id: redemption.id,
    queriedAt: redemption.queriedAt,
    outcome: redemption.outcome,
    institution: toCenterType(redemption.staffCenter),
    clerkNumber: redemption.staff.staffNumber,
    code: toCodeType(redemption.code, now),
  });
}
