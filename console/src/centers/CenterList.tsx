import { Datagrid, List, TextField } from 'react-admin';
import { ActiveField } from '../staff/ActiveField';

export function CenterList() {
  return (
    <List exporter={false} perPage={25} sort={undefined}>
      <Datagrid bulkActionButtons={false} rowClick="show">
        <TextField source="code" sortable={false} />
        <TextField source="name" sortable={false} />
        <TextField source="region" sortable={false} />
        <ActiveField label="resources.centers.fields.active" />
      </Datagrid>
    </List>
  );
}
