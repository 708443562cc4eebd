import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** Expected business outcomes, stable for clients to branch on. */
export enum UserErrorCode {
  CODE_NOT_FOUND = 'CODE_NOT_FOUND',
  CODE_EXPIRED = 'CODE_EXPIRED',
  CODE_ALREADY_USED = 'CODE_ALREADY_USED',
  CODE_REVOKED = 'CODE_REVOKED',
  CODE_WRONG_CENTER = 'CODE_WRONG_CENTER',
  CODE_NOT_ACTIVE = 'CODE_NOT_ACTIVE',
  OPTION_NOT_FOUND = 'OPTION_NOT_FOUND',
  FACE_VERIFICATION_INVALID = 'FACE_VERIFICATION_INVALID',
  FACE_VERIFICATION_EXPIRED = 'FACE_VERIFICATION_EXPIRED',
  FACE_VERIFICATION_USED = 'FACE_VERIFICATION_USED',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  REDEMPTION_NOT_FOUND = 'REDEMPTION_NOT_FOUND',
  REOPEN_WINDOW_CLOSED = 'REOPEN_WINDOW_CLOSED',
  USERNAME_TAKEN = 'USERNAME_TAKEN',
  STAFF_NUMBER_TAKEN = 'STAFF_NUMBER_TAKEN',
  STAFF_NOT_FOUND = 'STAFF_NOT_FOUND',
  CANNOT_DEACTIVATE_SELF = 'CANNOT_DEACTIVATE_SELF',
  CENTER_NOT_FOUND = 'CENTER_NOT_FOUND',
  CENTER_CODE_TAKEN = 'CENTER_CODE_TAKEN',
  API_KEY_NOT_FOUND = 'API_KEY_NOT_FOUND',
  API_KEY_ALREADY_REVOKED = 'API_KEY_ALREADY_REVOKED',
  IMPORT_REJECTED = 'IMPORT_REJECTED',
}

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Expected outcomes a client handles; each comes with a Chinese message.',
});

@ObjectType({ description: 'An expected business outcome that stopped the mutation.' })
export class UserError {
  @Field(() => UserErrorCode, { description: 'Stable code to branch on.' })
  code!: UserErrorCode;

  @Field({ description: 'What happened and what to do, in Chinese, ready to show.' })
  message!: string;

  @Field(() => String, { nullable: true, description: 'The input field at fault, if one is.' })
  field?: string | null;
}

export function userError(code: UserErrorCode, message: string, field?: string): UserError {
  return Object.assign(new UserError(), { code, message, field: field ?? null });
}
