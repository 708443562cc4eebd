import KeyIcon from '@mui/icons-material/Key';
import { useState } from 'react';
import {
  Button,
  Confirm,
  useDataProvider,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { dataProvider as lazyDataProvider } from '../data-provider/lazy-data-provider';
import { TemporaryPasswordDialog } from './TemporaryPasswordDialog';

type Provider = typeof lazyDataProvider;

export function ResetPasswordButton() {
  const record = useRecordContext<{ id: string; name: string }>();
  const dataProvider = useDataProvider<Provider>();
  const notify = useNotify();
  const translate = useTranslate();
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState<string | null>(null);
  if (!record) return null;

  const handleConfirm = async () => {
    setConfirming(false);
    try {
      const result = await dataProvider.resetStaffPassword(record.id);
      setPassword(result.temporaryPassword);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };

  return (
    <>
      <Button label="app.staff.reset_password" onClick={() => setConfirming(true)}>
        <KeyIcon />
      </Button>
      <Confirm
        isOpen={confirming}
        title="app.staff.reset_password"
        content={translate('app.staff.reset_confirm', { name: record.name })}
        onConfirm={handleConfirm}
        onClose={() => setConfirming(false)}
      />
      <TemporaryPasswordDialog
        name={record.name}
        password={password}
        onClose={() => setPassword(null)}
      />
    </>
  );
}
