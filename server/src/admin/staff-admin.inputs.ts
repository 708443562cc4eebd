import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection } from '../graphql/connection';
import { UserError } from '../graphql/user-error';
import { StaffRole } from '../staff/staff.entity';
import { StaffType } from '../staff/staff.type';

@ObjectType({ description: 'A page of staff members, newest first.' })
export class StaffConnection extends Connection(StaffType, 'Staff') {}

@InputType({ description: 'Narrows the staff list.' })
export class StaffFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Platform administrators: only this center (others see their own).',
  })
  centerCode?: string | null;

  @Field(() => StaffRole, { nullable: true, description: 'Only this role.' })
  role?: StaffRole | null;

  @Field(() => Boolean, { nullable: true, description: 'Only active, or only deactivated.' })
  active?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the name, username or staff number, case-insensitive.',
  })
  search?: string | null;
}

@InputType({
  description:
    'A new staff member. Center administrators create clerks of their own center; the ' +
    'platform administrator creates center administrators and clerks of any center.',
})
export class CreateStaffInput {
  @Field({ description: 'Sign-in name: 3 to 64 lower-case letters, digits, _ . or -.' })
  username!: string;

  @Field({ description: '工号, unique across the service, 2 to 32 letters or digits.' })
  staffNumber!: string;

  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => StaffRole, { description: 'CLERK or CENTER_ADMIN.' })
  role!: StaffRole;

  @Field(() => ID, {
    nullable: true,
    description: 'The center; required for the platform administrator, ignored otherwise.',
  })
  centerId?: string | null;
}

@ObjectType({ description: 'The new staff member and a password to hand over, or why not.' })
export class CreateStaffPayload {
  @Field(() => StaffType, { nullable: true, description: 'The new staff member.' })
  staff!: StaffType | null;

  @Field(() => String, {
    nullable: true,
    description: 'Shown this once; the staff member signs in with it.',
  })
  temporaryPassword!: string | null;

  @Field(() => [UserError], {
    description: 'USERNAME_TAKEN, STAFF_NUMBER_TAKEN or CENTER_NOT_FOUND; empty on success.',
  })
  userErrors!: UserError[];
}

@InputType({ description: 'Names a staff member to act on.' })
export class StaffIdInput {
  @Field(() => ID, { description: 'The staff member’s id.' })
  staffId!: string;
}

@ObjectType({ description: 'A new password for a staff member, or why not.' })
export class ResetStaffPasswordPayload {
  @Field(() => StaffType, { nullable: true, description: 'The staff member.' })
  staff!: StaffType | null;

  @Field(() => String, {
    nullable: true,
    description: 'Shown this once; every session of the staff member has ended.',
  })
  temporaryPassword!: string | null;

  @Field(() => [UserError], { description: 'STAFF_NOT_FOUND; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The deactivated staff member, or why not.' })
export class DeactivateStaffPayload {
  @Field(() => StaffType, {
    nullable: true,
    description: 'The staff member, now inactive; its sessions have ended.',
  })
  staff!: StaffType | null;

  @Field(() => [UserError], {
    description: 'STAFF_NOT_FOUND or CANNOT_DEACTIVATE_SELF; empty on success.',
  })
  userErrors!: UserError[];
}
