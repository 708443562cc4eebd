import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { CenterType } from '../centers/center.type';
import { Connection } from '../graphql/connection';
import { UserError } from '../graphql/user-error';

@ObjectType({ description: 'A page of centers, newest first.' })
export class CenterConnection extends Connection(CenterType, 'Center') {}

@InputType({ description: 'A new management center.' })
export class CreateCenterInput {
  @Field({ description: 'The center’s code, 2 to 32 letters or digits, e.g. 440300.' })
  code!: string;

  @Field({ description: 'Full name, e.g. 深圳市住房公积金管理中心.' })
  name!: string;

  @Field({ description: 'City or region.' })
  region!: string;
}

@ObjectType({ description: 'The new center, or why not.' })
export class CreateCenterPayload {
  @Field(() => CenterType, { nullable: true, description: 'The new center.' })
  center!: CenterType | null;

  @Field(() => [UserError], { description: 'CENTER_CODE_TAKEN; empty on success.' })
  userErrors!: UserError[];
}

@InputType({ description: 'Names a center to act on.' })
export class CenterIdInput {
  @Field(() => ID, { description: 'The center’s id.' })
  centerId!: string;
}

@ObjectType({ description: 'The deactivated center, or why not.' })
export class DeactivateCenterPayload {
  @Field(() => CenterType, {
    nullable: true,
    description: 'The center, now inactive: its staff can no longer sign in or redeem.',
  })
  center!: CenterType | null;

  @Field(() => [UserError], { description: 'CENTER_NOT_FOUND; empty on success.' })
  userErrors!: UserError[];
}
