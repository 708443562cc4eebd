import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('Center', { description: '住房公积金管理中心: a management center.' })
export class CenterType {
  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field({ description: "The center's code, for example 440300 for Shenzhen." })
  code!: string;

  @Field({ description: 'Full name, for example 深圳市住房公积金管理中心.' })
  name!: string;

  @Field({ description: 'City or region the center serves.' })
  region!: string;

  @Field({ description: 'Whether the center takes part in the e-code service now.' })
  active!: boolean;
}

export function toCenterType(center: {
  id: string;
  code: string;
  name: string;
  region: string;
  active: boolean;
}): CenterType {
  const { id, code, name, region, active } = center;
  return Object.assign(new CenterType(), { id, code, name, region, active });
}
