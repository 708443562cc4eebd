import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useTranslate } from 'react-admin';
import type { RedeemState } from './redeem-state';

const KNOWN = new Set([
  'CODE_NOT_FOUND',
  'CODE_EXPIRED',
  'CODE_ALREADY_USED',
  'CODE_REVOKED',
  'CODE_WRONG_CENTER',
]);

/** What happened and what to tell the employee, in plain words. */
export function RedeemOutcome({ state }: { state: RedeemState }) {
  const translate = useTranslate();
  if (state.kind === 'ready') {
    return <Alert severity="info">{translate('app.redeem.ready')}</Alert>;
  }
  if (state.kind === 'busy') {
    return <Alert severity="info">{translate('app.redeem.busy')}</Alert>;
  }
  if (state.kind === 'invalid') {
    return <Alert severity="warning">{translate('app.redeem.invalid_format')}</Alert>;
  }
  if (state.kind === 'failed') {
    const keys: Record<string, string> = {
      NETWORK: 'app.errors.network',
      RATE_LIMITED: 'app.errors.rate_limited',
    };
    const key = keys[state.code] ?? 'app.errors.unexpected';
    return <Alert severity="error">{translate(key)}</Alert>;
  }
  if (state.kind !== 'refused') return null;
  const code = KNOWN.has(state.code) ? state.code : 'other';
  return (
    <Alert severity="error" data-outcome={state.code} sx={{ fontSize: '1.15rem' }}>
      <AlertTitle sx={{ fontSize: '1.3rem' }}>
        {translate(`app.redeem.outcome.${code}.title`)}
      </AlertTitle>
      {translate(`app.redeem.outcome.${code}.advice`)}
    </Alert>
  );
}
