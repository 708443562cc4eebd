import { Datagrid, List, TextField } from 'react-admin';
import { ActiveField } from './ActiveField';
import { RoleField } from './RoleField';

/** The staff an administrator manages: own clerks, or for the platform everyone. */
export function StaffList() {
  return (
    <List exporter={false} perPage={25} sort={undefined}>
      <Datagrid bulkActionButtons={false} rowClick="show">
        <TextField source="name" sortable={false} />
        <TextField source="staffNumber" sortable={false} />
        <TextField source="username" sortable={false} />
        <RoleField label="resources.staff.fields.role" />
        <TextField source="center.name" label="resources.staff.fields.center" sortable={false} />
        <ActiveField label="resources.staff.fields.active" />
      </Datagrid>
    </List>
  );
}
