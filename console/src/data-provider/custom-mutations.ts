import { gql } from '@apollo/client';
import { apolloClient } from './apollo-client';
import { fromGraphQLErrors, fromUserErrors } from './data-error';
import { FORM_SELECTION } from '../form/form-selection';

const STAFF = 'id username staffNumber name role active center { id code name }';

async function mutate(document: string, input: Record<string, unknown>) {
  const response = await apolloClient.mutate({ mutation: gql(document), variables: { input } });
  const error = fromGraphQLErrors(response.errors);
  if (error) throw error;
  const result = response.data?.result;
  const userError = fromUserErrors(result?.userErrors);
  if (userError) throw userError;
  return result;
}

/** The mutations that are not react-admin's create/update/delete. */
export const customMutations = {
  async resetStaffPassword(staffId: string) {
    const result = await mutate(
      `mutation Reset($input: StaffIdInput!) { result: resetStaffPassword(input: $input) {
        staff { ${STAFF} } temporaryPassword userErrors { code message field } } }`,
      { staffId },
    );
    return { staff: result.staff, temporaryPassword: result.temporaryPassword as string };
  },

  async deactivateStaff(staffId: string) {
    const result = await mutate(
      `mutation Deactivate($input: StaffIdInput!) { result: deactivateStaff(input: $input) {
        staff { ${STAFF} } userErrors { code message field } } }`,
      { staffId },
    );
    return { data: result.staff };
  },

  async deactivateCenter(centerId: string) {
    const result = await mutate(
      `mutation DeactivateCenter($input: CenterIdInput!) {
        result: deactivateCenter(input: $input) {
          center { id code name region active } userErrors { code message field } } }`,
      { centerId },
    );
    return { data: result.center };
  },

  async reopenForm(redemptionId: string) {
    const result = await mutate(
      `mutation Reopen($input: ReopenFormInput!) { result: reopenForm(input: $input) {
        form { ${FORM_SELECTION} } userErrors { code message field } } }`,
      { redemptionId },
    );
    return { form: result.form };
  },
};
