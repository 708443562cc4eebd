import { Field, Int, ObjectType } from 'type-graphql';
import { DepositAccountStatus } from '../accounts/deposit-account.entity';
import { LoanKind, LoanStatus, RepaymentMethod } from '../accounts/loan-account.entity';
import { WithdrawalReason } from '../accounts/withdrawal.entity';
import { CenterType } from '../centers/center.type';
import { IdType } from '../employees/employee.entity';

@ObjectType({ description: '基本信息: who the form is about.' })
export class FormHolder {
  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => IdType, { description: 'Kind of identity document.' })
  idType!: IdType;

  @Field({ description: 'The whole ID number, for comparison with the ID card.' })
  idNumber!: string;

  @Field(() => String, { nullable: true, description: 'Mobile, masked as 138****1234.' })
  mobile!: string | null;
}

@ObjectType({ description: 'One month of remittance.' })
export class FormDepositMonth {
  @Field({ description: 'YYYY-MM.' })
  month!: string;

  @Field({ description: 'Amount paid in, decimal string in yuan.' })
  amount!: string;

  @Field({ description: 'Employer that paid.' })
  employerName!: string;
}

@ObjectType({ description: '缴存信息: the deposit account at the chosen center.' })
export class FormDeposit {
  @Field({ description: '公积金账号.' })
  accountNumber!: string;

  @Field(() => DepositAccountStatus, { description: 'Account state.' })
  status!: DepositAccountStatus;

  @Field({ description: 'Employer name.' })
  employerName!: string;

  @Field({ description: 'Employer number at the center.' })
  employerNumber!: string;

  @Field({ description: 'Opened on, YYYY-MM-DD.' })
  openedOn!: string;

  @Field({ description: 'Deposit base, decimal string in yuan.' })
  depositBase!: string;

  @Field({ description: 'Employer rate as a fraction, e.g. 0.1200.' })
  employerRate!: string;

  @Field({ description: 'Employee rate as a fraction, e.g. 0.1200.' })
  employeeRate!: string;

  @Field({ description: 'Monthly amount, both parts, decimal string in yuan.' })
  monthlyAmount!: string;

  @Field({ description: 'Balance, decimal string in yuan.' })
  balance!: string;

  @Field(() => String, { nullable: true, description: 'Paid up to, YYYY-MM.' })
  paidUpTo!: string | null;

  @Field(() => Int, { description: 'Months paid without a gap, up to paidUpTo.' })
  consecutiveMonths!: number;

  @Field(() => [FormDepositMonth], { description: 'The last 24 months, newest first.' })
  history!: FormDepositMonth[];
}

@ObjectType({ description: 'One withdrawal.' })
export class FormWithdrawal {
  @Field({ description: 'YYYY-MM-DD.' })
  date!: string;

  @Field(() => WithdrawalReason, { description: 'Reason.' })
  reason!: WithdrawalReason;

  @Field({ description: 'Amount, decimal string in yuan.' })
  amount!: string;
}

@ObjectType({ description: 'One loan at the chosen center.' })
export class FormLoan {
  @Field({ description: '贷款账号.' })
  loanNumber!: string;

  @Field(() => LoanKind, { description: 'Kind of loan.' })
  kind!: LoanKind;

  @Field({ description: 'Principal, decimal string in yuan.' })
  principal!: string;

  @Field(() => Int, { description: 'Term in months.' })
  termMonths!: number;

  @Field({ description: 'Issued on, YYYY-MM-DD.' })
  issuedOn!: string;

  @Field(() => RepaymentMethod, { description: 'Repayment method.' })
  repaymentMethod!: RepaymentMethod;

  @Field({ description: 'Outstanding balance, decimal string in yuan.' })
  balance!: string;

  @Field(() => LoanStatus, { description: 'Loan state.' })
  status!: LoanStatus;

  @Field(() => Int, { description: 'Periods overdue now.' })
  overduePeriods!: number;

  @Field({ description: 'Amount overdue now, decimal string in yuan.' })
  overdueAmount!: string;
}

@ObjectType({
  description: '个人信息表: what a clerk sees after redeeming a code. Chosen center only.',
})
export class InformationForm {
  @Field({ description: 'Serial number printed on the form.' })
  serialNumber!: string;

  @Field({ description: 'Check code printed on the form; proves it genuine and unaltered.' })
  checkCode!: string;

  @Field(() => CenterType, { description: 'The querying center (受理机构).' })
  center!: CenterType;

  @Field({ description: 'Staff number (工号) of the clerk who queried.' })
  clerkNumber!: string;

  @Field({ description: 'When the code was redeemed.' })
  queriedAt!: Date;

  @Field({ description: "When the center's core system last reported this data." })
  asOf!: Date;

  @Field(() => FormHolder, { description: '基本信息.' })
  holder!: FormHolder;

  @Field(() => FormDeposit, {
    nullable: true,
    description: '缴存信息; null when there is no remittance account.',
  })
  deposit!: FormDeposit | null;

  @Field(() => [FormWithdrawal], { description: '提取信息 of the last 5 years, newest first.' })
  withdrawals!: FormWithdrawal[];

  @Field(() => [FormLoan], { description: '贷款信息.' })
  loans!: FormLoan[];
}
