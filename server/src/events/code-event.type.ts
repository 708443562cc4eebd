import { Field, ID, ObjectType } from 'type-graphql';
import { CodeType } from '../codes/code.type';
import { UsageRecord } from '../redemptions/usage-record.type';
import { CodeEventType } from './code-event.entity';

@ObjectType('CodeEvent', { description: 'Something that happened to one of the employee’s codes.' })
export class CodeEventPayload {
  @Field(() => ID, {
    description: 'Increasing id; pass the last one seen as `after` when resubscribing.',
  })
  id!: string;

  @Field(() => CodeEventType, { description: 'What happened.' })
  type!: CodeEventType;

  @Field({ description: 'When it happened.' })
  occurredAt!: Date;

  @Field(() => CodeType, { description: 'The code, in its state after the event.' })
  code!: CodeType;

  @Field(() => UsageRecord, {
    nullable: true,
    description: 'For REDEEMED and ATTEMPT_REFUSED: who queried, where and when.',
  })
  usageRecord!: UsageRecord | null;
}
