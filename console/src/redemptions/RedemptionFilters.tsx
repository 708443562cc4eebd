import {
  AutocompleteInput,
  BooleanInput,
  DateInput,
  ReferenceInput,
  SelectInput,
  TextInput,
} from 'react-admin';
import type { StaffRole } from '../auth/session-store';

const OUTCOMES = [
  { id: 'REDEEMED', name: 'app.enums.outcome.REDEEMED' },
  { id: 'REFUSED_WRONG_CENTER', name: 'app.enums.outcome.REFUSED_WRONG_CENTER' },
];

/**
 * The list's filters. Administrators pick any clerk of their reach; a clerk, who may not
 * list staff, narrows to the own queries.
 */
export function redemptionFilters(role: StaffRole | null) {
  const admin = role === 'CENTER_ADMIN' || role === 'PLATFORM_ADMIN';
  return [
    <DateInput key="from" source="from" alwaysOn />,
    <DateInput key="to" source="to" alwaysOn />,
    <SelectInput key="outcome" source="outcome" choices={OUTCOMES} alwaysOn />,
    admin ? (
      <ReferenceInput key="clerkId" source="clerkId" reference="staff" alwaysOn>
        <AutocompleteInput optionText="name" filterToQuery={(search) => ({ search })} />
      </ReferenceInput>
    ) : (
      <BooleanInput key="mine" source="mine" label="app.redemptions.only_mine" alwaysOn />
    ),
    ...(role === 'PLATFORM_ADMIN' ? [<TextInput key="centerCode" source="centerCode" />] : []),
  ];
}
