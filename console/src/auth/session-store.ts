export type StaffRole = 'CLERK' | 'CENTER_ADMIN' | 'PLATFORM_ADMIN';

export interface StaffSession {
  token: string;
  staff: {
    id: string;
    username: string;
    name: string;
    staffNumber: string;
    role: StaffRole;
    center: { code: string; name: string } | null;
  };
}

const KEY = 'hpf-console-session';

/**
 * Kept in sessionStorage, not localStorage: closing the tab on a shared counter computer
 * forgets the token, and another tab does not inherit it.
 */
export function readSession(): StaffSession | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as StaffSession) : null;
  } catch {
    return null;
  }
}

export function writeSession(session: StaffSession) {
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

export function clearSession() {
  sessionStorage.removeItem(KEY);
}
