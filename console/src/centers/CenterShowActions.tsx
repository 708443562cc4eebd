import { TopToolbar } from 'react-admin';
import { DeactivateCenterButton } from './DeactivateCenterButton';

export function CenterShowActions() {
  return (
    <TopToolbar>
      <DeactivateCenterButton />
    </TopToolbar>
  );
}
