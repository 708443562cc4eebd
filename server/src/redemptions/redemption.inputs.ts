import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../graphql/user-error';
import { InformationForm } from './information-form.type';

@InputType({ description: 'A code as scanned or typed at the counter.' })
export class RedeemCodeInput {
  @Field({ description: 'The 20 digits; spaces and dashes are ignored.' })
  code!: string;
}

@ObjectType({ description: 'The information form, or why the code could not be used.' })
export class RedeemCodePayload {
  @Field(() => InformationForm, { nullable: true, description: 'The disclosed form.' })
  form!: InformationForm | null;

  @Field(() => ID, { nullable: true, description: 'The usage record of this redemption.' })
  redemptionId!: string | null;

  @Field(() => [UserError], {
    description:
      'CODE_NOT_FOUND, CODE_EXPIRED, CODE_ALREADY_USED, CODE_REVOKED or CODE_WRONG_CENTER.',
  })
  userErrors!: UserError[];
}

@InputType({ description: 'Open a redeemed form again, to print it.' })
export class ReopenFormInput {
  @Field(() => ID, { description: 'The redemption id from redeemCode or the redemption list.' })
  redemptionId!: string;
}

@ObjectType({ description: 'The stored form, or why it cannot be reopened.' })
export class ReopenFormPayload {
  @Field(() => InformationForm, { nullable: true, description: 'The form as first disclosed.' })
  form!: InformationForm | null;

  @Field(() => [UserError], { description: 'Why not; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Whether a printed form is genuine. Says nothing about the person.' })
export class FormVerification {
  @Field({ description: 'True when serial number and check code match a form issued here.' })
  genuine!: boolean;

  @Field(() => String, { nullable: true, description: 'Name of the center that queried.' })
  centerName!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the form was issued.' })
  queriedAt!: Date | null;
}
