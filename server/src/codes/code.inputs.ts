import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../graphql/user-error';
import { CodeType } from './code.type';

@InputType({ description: 'Apply for a code after a passed face verification.' })
export class ApplyCodeInput {
  @Field(() => ID, { description: 'The id of one of codeOptions.' })
  optionId!: string;

  @Field({ description: 'The signed result of the face verification, purpose "apply-ecode".' })
  faceVerificationToken!: string;
}

@ObjectType({ description: 'The new code, or why none was issued.' })
export class ApplyCodePayload {
  @Field(() => CodeType, {
    nullable: true,
    description: 'The issued code with its value and QR code, shown this once.',
  })
  code!: CodeType | null;

  @Field(() => [UserError], { description: 'Why no code was issued; empty on success.' })
  userErrors!: UserError[];
}

@InputType({ description: 'End a live code before its time.' })
export class RevokeCodeInput {
  @Field(() => ID, { description: 'The code id (not its value).' })
  id!: string;
}

@ObjectType({ description: 'The revoked code, or why it could not be revoked.' })
export class RevokeCodePayload {
  @Field(() => CodeType, { nullable: true, description: 'The code, now REVOKED.' })
  code!: CodeType | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}
