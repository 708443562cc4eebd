import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { LocalesMenuButton, useTranslate } from 'react-admin';
import { useVerifyForm } from './use-verify-form';
import { VerifyResultAlert } from './VerifyResultAlert';

/** A link like #/verify?serial=... fills in the serial number. */
function serialFromLink() {
  const query = window.location.hash.split('?')[1] ?? '';
  return new URLSearchParams(query).get('serial') ?? '';
}

/** Public: anyone holding a printout checks it here, without signing in. */
export function VerifyPage() {
  const translate = useTranslate();
  const [serial, setSerial] = useState(serialFromLink);
  const [check, setCheck] = useState('');
  const { result, verify } = useVerifyForm();

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    void verify(serial, check);
  };

  return (
    <Box sx={{ maxWidth: 560, mx: 'auto', mt: 6, px: 2 }}>
      <Box sx={{ display: 'flex', justifyContent: 'flex-end' }}>
        <LocalesMenuButton />
      </Box>
      <Card>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate('app.verify.title')}
          </Typography>
          <Typography variant="body2" sx={{ mb: 2 }}>
            {translate('app.verify.intro')}
          </Typography>
          <form onSubmit={handleSubmit}>
            <Stack spacing={2}>
              <TextField
                name="serialNumber"
                label={translate('app.verify.serial')}
                value={serial}
                onChange={(event) => setSerial(event.target.value)}
                required
                autoFocus
              />
              <TextField
                name="checkCode"
                label={translate('app.verify.check')}
                value={check}
                onChange={(event) => setCheck(event.target.value)}
                required
              />
              <Button type="submit" variant="contained" disabled={result.kind === 'busy'}>
                {translate('app.verify.submit')}
              </Button>
              <VerifyResultAlert result={result} />
              <Button href={`${import.meta.env.BASE_URL}#/`}>{translate('app.verify.back')}</Button>
            </Stack>
          </form>
        </CardContent>
      </Card>
    </Box>
  );
}
