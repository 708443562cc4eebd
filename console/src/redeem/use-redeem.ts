import { useCallback, useRef, useState } from 'react';
import { useLogout, useNotify } from 'react-admin';
import { graphqlRequest } from '../api/graphql-request';
import { isUnauthenticated, RequestError } from '../api/request-error';
import { FORM_SELECTION } from '../form/form-selection';
import type { InformationForm } from '../form/form-types';
import { normalizeCode } from './normalize-code';
import type { RedeemState } from './redeem-state';

const REDEEM = `mutation RedeemCode($input: RedeemCodeInput!) {
  redeemCode(input: $input) {
    redemptionId
    form { ${FORM_SELECTION} }
    userErrors { code message }
  }
}`;

interface RedeemAnswer {
  redeemCode: {
    redemptionId: string | null;
    form: InformationForm | null;
    userErrors: { code: string; message: string }[];
  };
}

/**
 * Redeems one code at a time. The guard is a ref, not state: a scanner's second Enter
 * arrives before React re-renders, and must find the request already in flight.
 */
export function useRedeem() {
  const inFlight = useRef(false);
  const [state, setState] = useState<RedeemState>({ kind: 'ready' });
  const logout = useLogout();
  const notify = useNotify();

  const redeem = useCallback(
    async (typed: string) => {
      if (inFlight.current) return;
      const code = normalizeCode(typed);
      if (!code) {
        setState({ kind: 'invalid' });
        return;
      }
      inFlight.current = true;
      setState({ kind: 'busy' });
      try {
        const { redeemCode } = await graphqlRequest<RedeemAnswer>(REDEEM, { input: { code } });
        const error = redeemCode.userErrors[0];
        if (error || !redeemCode.form || !redeemCode.redemptionId) {
          setState({ kind: 'refused', code: error?.code ?? 'other' });
        } else {
          setState({ kind: 'form', form: redeemCode.form, redemptionId: redeemCode.redemptionId });
        }
      } catch (error) {
        if (isUnauthenticated(error)) {
          // The server refused before touching the code, so it is still valid.
          notify('app.redeem.session_expired', { type: 'warning', autoHideDuration: 10_000 });
          await logout();
          return;
        }
        setState({ kind: 'failed', code: error instanceof RequestError ? error.code : 'other' });
      } finally {
        inFlight.current = false;
      }
    },
    [logout, notify],
  );

  const reset = useCallback(() => setState({ kind: 'ready' }), []);
  return { state, redeem, reset };
}
