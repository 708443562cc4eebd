import Chip from '@mui/material/Chip';
import { useRecordContext, useTranslate } from 'react-admin';

/** Active, or deactivated in the warning style; used for staff and centers. */
export function ActiveField(_props: { source?: string; label?: string }) {
  const record = useRecordContext<{ active: boolean }>();
  const translate = useTranslate();
  if (!record) return null;
  return record.active ? (
    <Chip size="small" color="success" label="✓" />
  ) : (
    <Chip size="small" color="default" label={translate('app.staff.deactivated')} />
  );
}
