import { TopToolbar } from 'react-admin';
import { DeactivateStaffButton } from './DeactivateStaffButton';
import { ResetPasswordButton } from './ResetPasswordButton';

/** No edit or delete: staff are managed by password resets and deactivation. */
export function StaffShowActions() {
  return (
    <TopToolbar>
      <ResetPasswordButton />
      <DeactivateStaffButton />
    </TopToolbar>
  );
}
