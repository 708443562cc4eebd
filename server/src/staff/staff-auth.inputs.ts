import { Field, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../graphql/user-error';
import { StaffType } from './staff.type';

@InputType({ description: 'Console sign-in.' })
export class StaffLoginInput {
  @Field({ description: 'Sign-in name.' })
  username!: string;

  @Field({ description: 'Password.' })
  password!: string;
}

@ObjectType({ description: 'A session token, or why sign-in failed.' })
export class StaffLoginPayload {
  @Field(() => String, {
    nullable: true,
    description: 'Send as `Authorization: Bearer <token>`; ends on sign-out, idleness or age.',
  })
  token!: string | null;

  @Field(() => StaffType, { nullable: true, description: 'Who signed in.' })
  staff!: StaffType | null;

  @Field(() => Date, { nullable: true, description: 'When the session ends at the latest.' })
  expiresAt!: Date | null;

  @Field(() => [UserError], { description: 'Why sign-in failed; empty on success.' })
  userErrors!: UserError[];
}

@InputType({ description: 'Sign-out options.' })
export class StaffLogoutInput {
  @Field({
    defaultValue: false,
    description: 'End every session of the signed-in staff member, not only this one.',
  })
  everywhere!: boolean;
}

@ObjectType({ description: 'Result of signing out.' })
export class StaffLogoutPayload {
  @Field({ description: 'Whether a session was ended.' })
  ended!: boolean;

  @Field(() => [UserError], { description: 'Always empty; kept for the payload convention.' })
  userErrors!: UserError[];
}
