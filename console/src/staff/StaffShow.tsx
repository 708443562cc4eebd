import { Show, SimpleShowLayout, TextField } from 'react-admin';
import { ActiveField } from './ActiveField';
import { RoleField } from './RoleField';
import { StaffShowActions } from './StaffShowActions';

export function StaffShow() {
  return (
    <Show actions={<StaffShowActions />}>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="staffNumber" />
        <TextField source="username" />
        <RoleField label="resources.staff.fields.role" />
        <TextField source="center.name" label="resources.staff.fields.center" emptyText="—" />
        <ActiveField label="resources.staff.fields.active" />
      </SimpleShowLayout>
    </Show>
  );
}
