import { DepositAccount } from '../accounts/deposit-account.entity';
import { DepositMonth } from '../accounts/deposit-month.entity';
import { LoanAccount } from '../accounts/loan-account.entity';
import { Withdrawal } from '../accounts/withdrawal.entity';
import { CenterApiKey } from '../api-keys/center-api-key.entity';
import { Center } from '../centers/center.entity';
import { ECode } from '../codes/ecode.entity';
import { Employee } from '../employees/employee.entity';
import { CodeEvent } from '../events/code-event.entity';
import { FaceVerificationUse } from '../identity/face-verification-use.entity';
import { FormReopening } from '../redemptions/form-reopening.entity';
import { Redemption } from '../redemptions/redemption.entity';
import { AttemptCounter } from '../security/attempt-counter.entity';
import { StaffSession } from '../staff/staff-session.entity';
import { Staff } from '../staff/staff.entity';

export const entities = [
  Center,
  Employee,
  DepositAccount,
  DepositMonth,
  Withdrawal,
  LoanAccount,
  ECode,
  FaceVerificationUse,
  Redemption,
  FormReopening,
  Staff,
  StaffSession,
  CodeEvent,
  CenterApiKey,
  AttemptCounter,
];
