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

export function DeactivateCenterButton() {
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
      await dataProvider.deactivateCenter(record.id);
      notify('app.centers.deactivated', { type: 'success' });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };

  return (
    <>
      <Button label="app.centers.deactivate" color="error" onClick={() => setConfirming(true)}>
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={confirming}
        title="app.centers.deactivate"
        content={translate('app.centers.deactivate_confirm', { name: record.name })}
        onConfirm={handleConfirm}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}
