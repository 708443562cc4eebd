import { registerEnumType } from 'type-graphql';
import { DepositAccountStatus } from '../accounts/deposit-account.entity';
import { LoanKind, LoanStatus, RepaymentMethod } from '../accounts/loan-account.entity';
import { WithdrawalReason } from '../accounts/withdrawal.entity';
import { CodeState } from '../codes/ecode.entity';
import { IdType } from '../employees/employee.entity';
import { CodeEventType } from '../events/code-event.entity';
import { RedemptionOutcome } from '../redemptions/redemption.entity';
import { StaffRole } from '../staff/staff.entity';

registerEnumType(DepositAccountStatus, {
  name: 'DepositAccountStatus',
  description: 'Deposit account state: 正常 NORMAL, 封存 SEALED, 冻结 FROZEN, 销户 CLOSED.',
});
registerEnumType(LoanKind, {
  name: 'LoanKind',
  description: 'HPF: 公积金贷款; COMBINED: 组合贷款 (fund and commercial bank together).',
});
registerEnumType(LoanStatus, { name: 'LoanStatus', description: 'Loan state.' });
registerEnumType(RepaymentMethod, {
  name: 'RepaymentMethod',
  description: 'EQUAL_INSTALMENTS: 等额本息; EQUAL_PRINCIPAL: 等额本金.',
});
registerEnumType(WithdrawalReason, {
  name: 'WithdrawalReason',
  description: 'Why money was withdrawn (提取原因).',
});
registerEnumType(CodeState, { name: 'CodeState', description: 'Life-cycle state of an e-code.' });
registerEnumType(IdType, { name: 'IdType', description: 'Kind of identity document.' });
registerEnumType(CodeEventType, {
  name: 'CodeEventType',
  description: 'What happened to one of the employee’s codes.',
});
registerEnumType(RedemptionOutcome, {
  name: 'RedemptionOutcome',
  description:
    'REDEEMED: the form was disclosed; REFUSED_WRONG_CENTER: a clerk of another center tried.',
});
registerEnumType(StaffRole, { name: 'StaffRole', description: 'What a staff member may do.' });
