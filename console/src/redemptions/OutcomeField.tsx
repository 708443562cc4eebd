import Chip from '@mui/material/Chip';
import { useRecordContext, useTranslate } from 'react-admin';

export function OutcomeField(_props: { source?: string; label?: string }) {
  const record = useRecordContext<{ outcome: string }>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      color={record.outcome === 'REDEEMED' ? 'success' : 'warning'}
      label={translate(`app.enums.outcome.${record.outcome}`)}
    />
  );
}
