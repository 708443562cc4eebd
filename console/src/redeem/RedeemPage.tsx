import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import { useCallback, useEffect, useRef } from 'react';
import { Title, useTranslate } from 'react-admin';
import { InformationFormView } from '../form/InformationFormView';
import { PrintButton } from '../form/PrintButton';
import { CameraPanel } from './CameraPanel';
import { CodeInput } from './CodeInput';
import { RedeemOutcome } from './RedeemOutcome';
import { useRedeem } from './use-redeem';

/** The clerk's main screen: scan, see the form, print, Esc for the next employee. */
export function RedeemPage() {
  const translate = useTranslate();
  const input = useRef<HTMLInputElement>(null);
  const { state, redeem, reset } = useRedeem();

  const next = useCallback(() => {
    reset();
    input.current?.focus();
  }, [reset]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') next();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [next]);

  // After each answer the cursor is back in the field, ready for the scanner.
  useEffect(() => {
    if (state.kind !== 'busy') input.current?.focus();
  }, [state.kind]);

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('app.redeem.title')} />
      <Card className="no-print" sx={{ mb: 2 }}>
        <CardContent>
          <Stack spacing={2}>
            <CodeInput ref={input} busy={state.kind === 'busy'} onSubmit={redeem} />
            <RedeemOutcome state={state} />
            <Stack direction="row" spacing={2}>
              <Button variant="text" onClick={next} data-testid="next-code">
                {translate('app.redeem.next')}
              </Button>
              <CameraPanel onCode={redeem} />
            </Stack>
          </Stack>
        </CardContent>
      </Card>
      {state.kind === 'form' && (
        <>
          <PrintButton />
          <InformationFormView form={state.form} />
        </>
      )}
    </Box>
  );
}
