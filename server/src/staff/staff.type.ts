import { Field, ID, ObjectType } from 'type-graphql';
import { CenterType, toCenterType } from '../centers/center.type';
import { StaffRole, type Staff } from './staff.entity';

@ObjectType('Staff', { description: 'A clerk or administrator of the console.' })
export class StaffType {
  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field({ description: 'Sign-in name.' })
  username!: string;

  @Field({ description: '工号, shown to employees in their usage records.' })
  staffNumber!: string;

  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => StaffRole, { description: 'What the staff member may do.' })
  role!: StaffRole;

  @Field(() => CenterType, { nullable: true, description: 'Null for platform administrators.' })
  center!: CenterType | null;

  @Field({ description: 'Whether the staff member may sign in.' })
  active!: boolean;
}

/** Needs `center` loaded. */
export function toStaffType(staff: Staff): StaffType {
  return Object.assign(new StaffType(), {
    id: staff.id,
    username: staff.username,
    staffNumber: staff.staffNumber,
    name: staff.name,
    role: staff.role,
    center: staff.center ? toCenterType(staff.center) : null,
    active: staff.active,
  });
}
