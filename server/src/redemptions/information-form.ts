import type { FormSnapshot } from './form-snapshot';
import { InformationForm } from './information-form.type';

/** The GraphQL form from a stored snapshot. */
export function toInformationForm(snapshot: FormSnapshot): InformationForm {
  return Object.assign(new InformationForm(), {
    ...snapshot,
    queriedAt: new Date(snapshot.queriedAt),
    asOf: new Date(snapshot.asOf),
  }) as InformationForm;
}
