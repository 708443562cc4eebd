/** GraphQL selections and operations per react-admin resource. */

const STAFF = 'id username staffNumber name role active center { id code name }';
const CENTER = 'id code name region active';
const REDEMPTION = `id queriedAt outcome holderName idNumberMasked serialNumber reopenableUntil
  clerk { id name staffNumber } center { code name }`;

export interface ResourceQueries {
  /** The connection field on Query. */
  listField: string;
  listArgs: string;
  listVariables: string;
  selection: string;
  /** Query field for one record by id, when the API has one. */
  oneField?: string;
  createMutation?: { field: string; inputType: string; resultField: string };
}

export const RESOURCES: Record<string, ResourceQueries> = {
  staff: {
    listField: 'staffMembers',
    listArgs: 'first: $first, after: $after, filter: $filter',
    listVariables: '$first: Int, $after: String, $filter: StaffFilter',
    selection: STAFF,
    oneField: 'staffMember',
    createMutation: { field: 'createStaff', inputType: 'CreateStaffInput', resultField: 'staff' },
  },
  centers: {
    listField: 'centers',
    listArgs: 'first: $first, after: $after',
    listVariables: '$first: Int, $after: String',
    selection: CENTER,
    oneField: 'center',
    createMutation: {
      field: 'createCenter',
      inputType: 'CreateCenterInput',
      resultField: 'center',
    },
  },
  redemptions: {
    listField: 'centerRedemptions',
    listArgs: 'first: $first, after: $after, filter: $filter',
    listVariables: '$first: Int, $after: String, $filter: CenterRedemptionFilter',
    selection: REDEMPTION,
  },
};

export function resourceQueries(resource: string): ResourceQueries {
  const queries = RESOURCES[resource];
  if (!queries) throw new Error(`unknown resource ${resource}`);
  return queries;
}
