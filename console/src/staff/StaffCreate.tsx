import { useState } from 'react';
import {
  Create,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useRedirect,
} from 'react-admin';
import { useRole } from '../layout/use-role';
import { ROLE_CHOICES } from './staff-choices';
import { TemporaryPasswordDialog } from './TemporaryPasswordDialog';

interface Created {
  id: string;
  name: string;
  temporaryPassword: string;
}

/**
 * A center administrator creates clerks of the own center; the platform administrator
 * picks the center and the role. The server makes the password and shows it once.
 */
export function StaffCreate() {
  const role = useRole();
  const redirect = useRedirect();
  const [created, setCreated] = useState<Created | null>(null);
  const platform = role === 'PLATFORM_ADMIN';

  return (
    <>
      <Create
        mutationOptions={{ onSuccess: (data: Created) => setCreated(data) }}
        transform={(data: Record<string, unknown>) => ({
          ...data,
          role: platform ? data.role : 'CLERK',
        })}
      >
        <SimpleForm>
          <TextInput source="name" validate={required()} />
          <TextInput source="staffNumber" validate={required()} />
          <TextInput source="username" validate={required()} autoComplete="off" />
          {platform && (
            <SelectInput
              source="role"
              choices={ROLE_CHOICES}
              defaultValue="CENTER_ADMIN"
              validate={required()}
            />
          )}
          {platform && (
            <ReferenceInput source="centerId" reference="centers">
              <SelectInput optionText="name" validate={required()} />
            </ReferenceInput>
          )}
        </SimpleForm>
      </Create>
      <TemporaryPasswordDialog
        name={created?.name ?? ''}
        password={created?.temporaryPassword ?? null}
        onClose={() => {
          const id = created?.id;
          setCreated(null);
          redirect('show', 'staff', id);
        }}
      />
    </>
  );
}
