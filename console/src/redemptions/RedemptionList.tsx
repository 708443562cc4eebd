import { Datagrid, List, TextField } from 'react-admin';
import { useRole } from '../layout/use-role';
import { ChinaTimeField } from './ChinaTimeField';
import { ClerkField } from './ClerkField';
import { OutcomeField } from './OutcomeField';
import { RedemptionExpand } from './RedemptionExpand';
import { redemptionFilters } from './RedemptionFilters';

/** My center's redemptions, newest first (the API's only order, so no column sorts). */
export function RedemptionList() {
  const role = useRole();
  return (
    <List filters={redemptionFilters(role)} exporter={false} perPage={25} sort={undefined}>
      <Datagrid bulkActionButtons={false} expand={<RedemptionExpand />} rowClick="expand">
        <ChinaTimeField source="queriedAt" label="resources.redemptions.fields.queriedAt" />
        <OutcomeField label="resources.redemptions.fields.outcome" />
        <TextField source="holderName" sortable={false} />
        <TextField source="idNumberMasked" sortable={false} />
        <ClerkField label="resources.redemptions.fields.clerk" />
        <TextField source="serialNumber" sortable={false} emptyText="—" />
      </Datagrid>
    </List>
  );
}
