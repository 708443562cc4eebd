import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../graphql/ids';
import { Staff, StaffRole } from '../staff/staff.entity';

/**
 * Whom an administrator manages: a center administrator the clerks of the own center, the
 * platform administrator everyone but platform administrators.
 */
export function manages(caller: Staff, target: Staff): boolean {
  if (caller.role === StaffRole.PLATFORM_ADMIN) return target.role !== StaffRole.PLATFORM_ADMIN;
  if (caller.role !== StaffRole.CENTER_ADMIN || !caller.center) return false;
  return target.role === StaffRole.CLERK && target.center?.id === caller.center.id;
}

/**
 * The staff member the caller manages, or null; one outside the caller's reach reads as
 * missing, so an administrator cannot learn who works elsewhere.
 */
export async function findManagedStaff(em: EntityManager, caller: Staff, staffId: string) {
  if (!isUuid(staffId)) return null;
  const target = await em.findOne(Staff, { id: staffId }, { populate: ['center'] });
  return target && manages(caller, target) ? target : null;
}
