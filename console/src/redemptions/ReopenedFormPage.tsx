import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useEffect, useState } from 'react';
import {
  Authenticated,
  Loading,
  Title,
  useDataProvider,
  useParams,
  useTranslate,
} from 'react-admin';
import { DataError } from '../data-provider/data-error';
import type { dataProvider as lazyDataProvider } from '../data-provider/lazy-data-provider';
import { InformationFormView } from '../form/InformationFormView';
import { PrintButton } from '../form/PrintButton';
import type { InformationForm } from '../form/form-types';

type Provider = typeof lazyDataProvider;
type Loaded =
  { kind: 'loading' } | { kind: 'form'; form: InformationForm } | { kind: 'error'; code: string };

const REOPEN_ERRORS = new Set(['REDEMPTION_NOT_FOUND', 'REOPEN_WINDOW_CLOSED']);

/** Reopens a redeemed form (logged by the server) to show or print it again. */
function ReopenedForm() {
  const { id } = useParams<{ id: string }>();
  const dataProvider = useDataProvider<Provider>();
  const translate = useTranslate();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });

  useEffect(() => {
    let current = true;
    dataProvider
      .reopenForm(String(id))
      .then(({ form }) => current && setLoaded({ kind: 'form', form }))
      .catch(
        (error: unknown) =>
          current &&
          setLoaded({ kind: 'error', code: error instanceof DataError ? error.code : 'other' }),
      );
    return () => {
      current = false;
    };
  }, [dataProvider, id]);

  if (loaded.kind === 'loading') return <Loading />;
  if (loaded.kind === 'error') {
    const key = REOPEN_ERRORS.has(loaded.code)
      ? `app.redemptions.${loaded.code}`
      : 'app.errors.unexpected';
    return <Alert severity="error">{translate(key)}</Alert>;
  }
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('app.form.title')} />
      <PrintButton />
      <InformationFormView form={loaded.form} />
    </Box>
  );
}

export function ReopenedFormPage() {
  return (
    <Authenticated>
      <ReopenedForm />
    </Authenticated>
  );
}
