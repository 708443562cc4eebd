import { Field, ID, ObjectType } from 'type-graphql';
import { CenterType, toCenterType } from '../centers/center.type';
import type { CenterApiKey } from './center-api-key.entity';

@ObjectType('CenterApiKey', {
  description: "A center core system's credential for pushing account data. Never shows the key.",
})
export class CenterApiKeyType {
  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field({ description: 'What the key is for, as the administrator named it.' })
  name!: string;

  @Field({ description: 'The first characters of the key, to recognise it; not secret.' })
  prefix!: string;

  @Field(() => CenterType, { description: 'The center the key acts for, and only that one.' })
  center!: CenterType;

  @Field({ description: 'When it was issued.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Last use, to the minute; null if never.' })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; null while live.' })
  revokedAt!: Date | null;

  @Field({ description: 'Whether the key is accepted now.' })
  active!: boolean;
}

export function toCenterApiKeyType(key: CenterApiKey): CenterApiKeyType {
  return Object.assign(new CenterApiKeyType(), {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    center: toCenterType(key.center),
    createdAt: key.createdAt,
    lastUsedAt: key.lastUsedAt ?? null,
    revokedAt: key.revokedAt ?? null,
    active: !key.revokedAt && key.center.active,
  });
}
