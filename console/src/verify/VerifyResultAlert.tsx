import Alert from '@mui/material/Alert';
import { useTranslate } from 'react-admin';
import { cstDateTime } from '../form/format';
import type { VerifyResult } from './use-verify-form';

/** Genuine or not, and for a genuine form only who issued it and when: nothing personal. */
export function VerifyResultAlert({ result }: { result: VerifyResult }) {
  const translate = useTranslate();
  if (result.kind === 'genuine') {
    return (
      <Alert severity="success" data-verdict="genuine">
        {translate('app.verify.genuine', {
          center: result.centerName,
          time: cstDateTime(result.queriedAt),
        })}
      </Alert>
    );
  }
  if (result.kind === 'not_genuine') {
    return (
      <Alert severity="error" data-verdict="not-genuine">
        {translate('app.verify.not_genuine')}
      </Alert>
    );
  }
  if (result.kind === 'failed') {
    return <Alert severity="warning">{translate('app.errors.network')}</Alert>;
  }
  return null;
}
