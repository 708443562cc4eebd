import { Create, required, SimpleForm, TextInput } from 'react-admin';

export function CenterCreate() {
  return (
    <Create redirect="show">
      <SimpleForm>
        <TextInput source="code" validate={required()} />
        <TextInput source="name" validate={required()} />
        <TextInput source="region" validate={required()} />
      </SimpleForm>
    </Create>
  );
}
