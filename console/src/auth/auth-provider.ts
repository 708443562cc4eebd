import type { AuthProvider } from 'react-admin';
import { graphqlRequest } from '../api/graphql-request';
import { isUnauthenticated } from '../api/request-error';
import { clearSession, readSession, writeSession, type StaffSession } from './session-store';

const LOGIN = `mutation StaffLogin($input: StaffLoginInput!) {
  staffLogin(input: $input) {
    token
    staff { id username name staffNumber role center { code name } }
    userErrors { code message }
  }
}`;

const LOGOUT = 'mutation StaffLogout { staffLogout { ended } }';

interface LoginAnswer {
  staffLogin: {
    token: string | null;
    staff: StaffSession['staff'] | null;
    userErrors: { code: string; message: string }[];
  };
}

const KNOWN_LOGIN_ERRORS = new Set(['INVALID_CREDENTIALS', 'ACCOUNT_LOCKED']);

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    const { staffLogin } = await graphqlRequest<LoginAnswer>(LOGIN, {
      input: { username, password },
    });
    const error = staffLogin.userErrors[0];
    if (error || !staffLogin.token || !staffLogin.staff) {
      // The login form translates the message, so an i18n key is thrown.
      const code = error?.code ?? '';
      throw new Error(KNOWN_LOGIN_ERRORS.has(code) ? `app.login.${code}` : 'app.login.failed');
    }
    writeSession({ token: staffLogin.token, staff: staffLogin.staff });
  },

  async logout() {
    if (readSession()) {
      // An expired session cannot be ended twice; signing out locally is what matters.
      await graphqlRequest(LOGOUT).catch(() => undefined);
    }
    clearSession();
  },

  async checkAuth() {
    if (!readSession()) throw new Error('ra.auth.auth_check_error');
  },

  async checkError(error: unknown) {
    const body = (error as { body?: unknown })?.body;
    if (isUnauthenticated(error) || isUnauthenticated(body)) {
      clearSession();
      throw new Error('ra.notification.logged_out');
    }
    // FORBIDDEN and the rest stay on the page with a notification; only a lost session
    // leads to the login page, which keeps the redirect from looping.
  },

  async getIdentity() {
    const session = readSession();
    if (!session) throw new Error('ra.auth.auth_check_error');
    const { staff } = session;
    return { id: staff.id, fullName: `${staff.name} · ${staff.staffNumber}` };
  },

  // Resolves to null when signed out instead of failing: the public verification page
  // renders inside the same app and must not be sent to the login page.
  async getPermissions() {
    return readSession()?.staff.role ?? null;
  },
};
