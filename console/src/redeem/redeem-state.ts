import type { InformationForm } from '../form/form-types';

/** What the redeem screen shows. */
export type RedeemState =
  | { kind: 'ready' }
  | { kind: 'busy' }
  | { kind: 'invalid' }
  | { kind: 'refused'; code: string }
  | { kind: 'failed'; code: string }
  | { kind: 'form'; form: InformationForm; redemptionId: string };
