import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { CenterType, toCenterType } from '../centers/center.type';
import { maskIdNumber, maskName } from '../employees/masking';
import { Connection } from '../graphql/connection';
import { StaffType, toStaffType } from '../staff/staff.type';
import { RedemptionOutcome, type Redemption } from './redemption.entity';

export const REOPEN_WINDOW_MS = 30 * 60_000;

@ObjectType({ description: 'A query of a code at a center, as the center’s staff see it.' })
export class CenterRedemption {
  @Field(() => ID, { description: 'Opaque identifier; reopenForm takes it.' })
  id!: string;

  @Field({ description: 'When the code was queried.' })
  queriedAt!: Date;

  @Field(() => RedemptionOutcome, { description: 'Disclosed, or refused for the wrong center.' })
  outcome!: RedemptionOutcome;

  @Field(() => StaffType, { description: 'The clerk who queried.' })
  clerk!: StaffType;

  @Field(() => CenterType, { description: 'The clerk’s center.' })
  center!: CenterType;

  @Field({ description: 'Employee name, masked (张**).' })
  holderName!: string;

  @Field({ description: 'ID number, masked (4403**********1234).' })
  idNumberMasked!: string;

  @Field(() => String, { nullable: true, description: 'Form serial number; null when refused.' })
  serialNumber!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Until when the same clerk may reopen the form; null when refused.',
  })
  reopenableUntil!: Date | null;
}

@ObjectType({ description: 'A page of a center’s redemptions, newest first.' })
export class CenterRedemptionConnection extends Connection(CenterRedemption, 'CenterRedemption') {}

@InputType({ description: 'Narrows the redemption list.' })
export class CenterRedemptionFilter {
  @Field(() => Date, { nullable: true, description: 'Queried at or after.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Queried before.' })
  to?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Only this clerk.' })
  clerkId?: string | null;

  @Field(() => RedemptionOutcome, { nullable: true, description: 'Only this outcome.' })
  outcome?: RedemptionOutcome | null;

  @Field(() => String, {
    nullable: true,
    description: 'Platform administrators: the center code to list (others see their own).',
  })
  centerCode?: string | null;
}

export const CENTER_REDEMPTION_POPULATE = ['staff.center', 'staffCenter', 'code.employee'] as const;

/** Needs CENTER_REDEMPTION_POPULATE loaded. */
export function toCenterRedemption(redemption: Redemption): CenterRedemption {
  const employee = redemption.code.employee;
  const redeemed = redemption.outcome === RedemptionOutcome.REDEEMED;
  return Object.assign(new CenterRedemption(), {
    id: redemption.id,
    queriedAt: redemption.queriedAt,
    outcome: redemption.outcome,
    clerk: toStaffType(redemption.staff),
    center: toCenterType(redemption.staffCenter),
    holderName: maskName(employee.name),
    idNumberMasked: maskIdNumber(employee.idNumber),
    serialNumber: redemption.serialNumber ?? null,
    reopenableUntil: redeemed ? new Date(redemption.queriedAt.getTime() + REOPEN_WINDOW_MS) : null,
  });
}
