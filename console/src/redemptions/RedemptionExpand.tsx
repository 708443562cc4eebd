import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useNavigate, useRecordContext, useTranslate } from 'react-admin';
import { readSession } from '../auth/session-store';
import { cstDateTime } from '../form/format';

interface Redemption {
  id: string;
  outcome: string;
  reopenableUntil: string | null;
  clerk: { id: string };
}

/**
 * The detail of one redemption. Only the clerk who queried may reopen the form, within
 * 30 minutes; the button says so rather than failing later.
 */
export function RedemptionExpand() {
  const record = useRecordContext<Redemption>();
  const translate = useTranslate();
  const navigate = useNavigate();
  if (!record || record.outcome !== 'REDEEMED') return null;

  const mine = record.clerk.id === readSession()?.staff.id;
  const open = record.reopenableUntil !== null && new Date(record.reopenableUntil) > new Date();
  return (
    <Stack direction="row" spacing={2} sx={{ py: 1, alignItems: 'center' }}>
      <Button
        variant="contained"
        disabled={!mine || !open}
        onClick={() => navigate(`/redemptions/${record.id}/form`)}
      >
        {translate('app.redemptions.reopen')}
      </Button>
      <Typography variant="body2">
        {open
          ? translate('app.redemptions.reopen_until', {
              time: cstDateTime(record.reopenableUntil),
            })
          : translate('app.redemptions.reopen_closed')}
      </Typography>
    </Stack>
  );
}
