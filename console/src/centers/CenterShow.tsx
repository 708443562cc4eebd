import { Show, SimpleShowLayout, TextField } from 'react-admin';
import { ActiveField } from '../staff/ActiveField';
import { CenterShowActions } from './CenterShowActions';

export function CenterShow() {
  return (
    <Show actions={<CenterShowActions />}>
      <SimpleShowLayout>
        <TextField source="code" />
        <TextField source="name" />
        <TextField source="region" />
        <ActiveField label="resources.centers.fields.active" />
      </SimpleShowLayout>
    </Show>
  );
}
