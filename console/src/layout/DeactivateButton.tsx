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

interface Props {
  /** The translation keys: `${messages}.deactivate`, `.deactivate_confirm`, `.deactivated`. */
  messages: 'app.centers' | 'app.staff';
  action: 'deactivateCenter' | 'deactivateStaff';
}

/**
 * Deactivates the shown center or staff member after a confirmation. The server ends the
 * sessions concerned at once.
 */
export function DeactivateButton({ messages, action }: Props) {
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
      await dataProvider[action](record.id);
      notify(`${messages}.deactivated`, { type: 'success' });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };

  return (
    <>
      <Button label={`${messages}.deactivate`} color="error" onClick={() => setConfirming(true)}>
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={confirming}
        title={`${messages}.deactivate`}
        content={translate(`${messages}.deactivate_confirm`, { name: record.name })}
        onConfirm={handleConfirm}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}
