import { usePermissions } from 'react-admin';
import type { StaffRole } from '../auth/session-store';

/** The signed-in staff member's role; null while loading or when signed out. */
export function useRole(): StaffRole | null {
  const { permissions } = usePermissions<StaffRole | null>();
  return permissions ?? null;
}
