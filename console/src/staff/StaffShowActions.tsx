import { TopToolbar } from 'react-admin';
import { DeactivateButton } from '../layout/DeactivateButton';
import { ResetPasswordButton } from './ResetPasswordButton';

/** No edit or delete: staff are managed by password resets and deactivation. */
export function StaffShowActions() {
  return (
    <TopToolbar>
      <ResetPasswordButton />
      <DeactivateButton messages="app.staff" action="deactivateStaff" />
    </TopToolbar>
  );
}
