import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';

interface Props {
  name: string;
  password: string | null;
  onClose: () => void;
}

/** Shows a new password once; it is not kept anywhere in the browser afterwards. */
export function TemporaryPasswordDialog({ name, password, onClose }: Props) {
  const translate = useTranslate();
  return (
    <Dialog open={password !== null} onClose={onClose}>
      <DialogTitle>{translate('app.staff.temporary_password')}</DialogTitle>
      <DialogContent>
        <Typography sx={{ mb: 2 }}>
          {translate('app.staff.temporary_password_note', { name })}
        </Typography>
        <Typography
          data-testid="temporary-password"
          sx={{ fontFamily: 'monospace', fontSize: '1.6rem', letterSpacing: '0.1em' }}
        >
          {password}
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose}>
          {translate('app.staff.done')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
