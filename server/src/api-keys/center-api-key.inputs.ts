import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../graphql/user-error';
import { CenterApiKeyType } from './center-api-key.type';

@InputType({ description: 'A new API key for a center’s core system.' })
export class IssueCenterApiKeyInput {
  @Field(() => ID, { description: 'The center the key will act for.' })
  centerId!: string;

  @Field({ description: 'What the key is for, 1 to 100 characters, e.g. 核心系统夜间同步.' })
  name!: string;
}

@ObjectType({ description: 'The new key, shown this once, or why not.' })
export class IssueCenterApiKeyPayload {
  @Field(() => CenterApiKeyType, { nullable: true, description: 'The key’s record.' })
  apiKey!: CenterApiKeyType | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The key itself (hpfk_...), for `Authorization: Bearer <key>`. Shown only here: ' +
      'the service keeps a hash of it.',
  })
  key!: string | null;

  @Field(() => [UserError], { description: 'CENTER_NOT_FOUND; empty on success.' })
  userErrors!: UserError[];
}

@InputType({ description: 'Names a key to revoke.' })
export class RevokeCenterApiKeyInput {
  @Field(() => ID, { description: 'The key’s id.' })
  id!: string;
}

@ObjectType({ description: 'The revoked key, or why not.' })
export class RevokeCenterApiKeyPayload {
  @Field(() => CenterApiKeyType, { nullable: true, description: 'The key, now refused.' })
  apiKey!: CenterApiKeyType | null;

  @Field(() => [UserError], {
    description: 'API_KEY_NOT_FOUND or API_KEY_ALREADY_REVOKED; empty on success.',
  })
  userErrors!: UserError[];
}
