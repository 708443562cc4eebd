import { readSession } from '../auth/session-store';

/** China Standard Time, whatever the browser's zone: the service's day boundaries. */
const CST = '+08:00';

function nextDay(date: string) {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** react-admin's filter values to the API's filter input of each resource. */
export function toApiFilter(resource: string, filter: Record<string, unknown> = {}) {
  if (resource === 'redemptions') {
    const { from, to, clerkId, outcome, centerCode, mine } = filter as Record<string, string>;
    const ownId = mine ? readSession()?.staff.id : undefined;
    return {
      // Dates are whole days in China time; `to` includes its day.
      ...(from ? { from: `${from}T00:00:00${CST}` } : {}),
      ...(to ? { to: `${nextDay(to)}T00:00:00${CST}` } : {}),
      ...(ownId || clerkId ? { clerkId: ownId ?? clerkId } : {}),
      ...(outcome ? { outcome } : {}),
      ...(centerCode ? { centerCode } : {}),
    };
  }
  if (resource === 'staff') {
    const { centerCode, role, active, search } = filter as Record<string, unknown>;
    return {
      ...(search ? { search } : {}),
      ...(centerCode ? { centerCode } : {}),
      ...(role ? { role } : {}),
      ...(typeof active === 'boolean' ? { active } : {}),
    };
  }
  return undefined;
}
