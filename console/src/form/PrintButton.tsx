import PrintIcon from '@mui/icons-material/Print';
import Button from '@mui/material/Button';
import { useTranslate } from 'react-admin';

/** Prints the form on A4; the print CSS leaves the console out. */
export function PrintButton() {
  const translate = useTranslate();
  return (
    <Button
      className="no-print"
      variant="contained"
      size="large"
      startIcon={<PrintIcon />}
      onClick={() => window.print()}
      sx={{ mb: 2 }}
    >
      {translate('app.redeem.print')}
    </Button>
  );
}
