import BlockIcon from '@mui/icons-material/Block';
import { useState } from 'react';
import {
  Button,
  Confirm,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { dataProvider as lazyDataProvider } from '../data-provider/lazy-data-provider';

type Provider = typeof lazyDataProvider;

/** Deactivation ends the person's sessions on the server at once. */
export function DeactivateStaffButton() {
  const record = useRecordContext<{ id: string; name: string; active: boolean }>();
  const dataProvider = useDataProvider<Provider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [confirming, setConfirming] = useState(false);
  if (!record || !record.active) return null;

  const handleConfirm = async () => {
    setConfirming(false);
    try {
      await dataProvider.deactivateStaff(record.id);
      notify('app.staff.deactivated', { type: 'success' });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };

  return (
    <>
      <Button label="app.staff.deactivate" color="error" onClick={() => setConfirming(true)}>
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={confirming}
        title="app.staff.deactivate"
        content={translate('app.staff.deactivate_confirm', { name: record.name })}
        onConfirm={handleConfirm}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}
