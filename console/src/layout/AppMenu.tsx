import QrCodeScannerIcon from '@mui/icons-material/QrCodeScanner';
import VerifiedIcon from '@mui/icons-material/Verified';
import { Menu } from 'react-admin';

/** The redeem screen first, the lists the role may see, and the public verification page. */
export function AppMenu() {
  return (
    <Menu>
      <Menu.Item to="/" primaryText="app.menu.redeem" leftIcon={<QrCodeScannerIcon />} />
      <Menu.ResourceItems />
      <Menu.Item to="/verify" primaryText="app.menu.verify" leftIcon={<VerifiedIcon />} />
    </Menu>
  );
}
