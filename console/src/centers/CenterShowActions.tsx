import { TopToolbar } from 'react-admin';
import { DeactivateButton } from '../layout/DeactivateButton';

export function CenterShowActions() {
  return (
    <TopToolbar>
      <DeactivateButton messages="app.centers" action="deactivateCenter" />
    </TopToolbar>
  );
}
