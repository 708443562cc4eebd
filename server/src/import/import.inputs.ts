import { Field, InputType, Int } from 'type-graphql';

/**
 * The records of the import API. Fields mirror the CSV columns in camelCase and take the
 * same text, checked by the same rules; money and rates are decimal strings, never floats.
 */
@InputType({ description: '职工: a person, by ID type and number.' })
export class ImportEmployeeInput {
  @Field(() => String, { nullable: true, description: 'RESIDENT_ID (default), PASSPORT, ...' })
  idType?: string | null;

  @Field({ description: 'ID number; resident IDs are checked by GB 11643.' })
  idNumber!: string;

  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: '11-digit mobile number.' })
  mobile?: string | null;
}

@InputType({ description: '个人账户: a deposit account of the calling center.' })
export class ImportDepositAccountInput {
  @Field({ description: 'Account number, 6 to 32 digits or upper-case letters.' })
  accountNumber!: string;

  @Field(() => String, { nullable: true, description: 'Holder’s ID type; RESIDENT_ID if absent.' })
  idType?: string | null;

  @Field({ description: 'Holder’s ID number.' })
  idNumber!: string;

  @Field({ description: 'NORMAL, SEALED, FROZEN or CLOSED (or 正常/封存/冻结/销户).' })
  status!: string;

  @Field({ description: 'Employer name.' })
  employerName!: string;

  @Field({ description: 'Employer number.' })
  employerNumber!: string;

  @Field({ description: 'YYYY-MM-DD.' })
  openedOn!: string;

  @Field({ description: 'Monthly deposit base, decimal string.' })
  depositBase!: string;

  @Field({ description: 'Employer rate as a fraction, e.g. "0.12".' })
  employerRate!: string;

  @Field({ description: 'Employee rate as a fraction, e.g. "0.12".' })
  employeeRate!: string;

  @Field({ description: 'Monthly amount, both parts, decimal string.' })
  monthlyAmount!: string;

  @Field({ description: 'Balance, decimal string.' })
  balance!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM of the last month paid.' })
  paidUpTo?: string | null;
}

@InputType({ description: '缴存明细: one month of remittance.' })
export class ImportDepositMonthInput {
  @Field({ description: 'Account number (in this batch or already imported).' })
  accountNumber!: string;

  @Field({ description: 'YYYY-MM.' })
  month!: string;

  @Field({ description: 'Amount, decimal string.' })
  amount!: string;

  @Field({ description: 'Employer that paid.' })
  employerName!: string;
}

@InputType({
  description:
    '提取明细: a withdrawal. The withdrawals given for an account replace all of its stored ones.',
})
export class ImportWithdrawalInput {
  @Field({ description: 'Account number (in this batch or already imported).' })
  accountNumber!: string;

  @Field({ description: 'YYYY-MM-DD.' })
  date!: string;

  @Field({ description: 'PURCHASE, RENT, LOAN_REPAYMENT, RETIREMENT, ... (or 购房, 租房, ...).' })
  reason!: string;

  @Field({ description: 'Amount, decimal string.' })
  amount!: string;
}

@InputType({ description: '贷款账户: a loan of the calling center.' })
export class ImportLoanInput {
  @Field({ description: 'Loan number, 6 to 32 digits or upper-case letters.' })
  loanNumber!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Borrower’s ID type; RESIDENT_ID if absent.',
  })
  idType?: string | null;

  @Field({ description: 'Borrower’s ID number.' })
  idNumber!: string;

  @Field({ description: 'HPF or COMBINED (or 公积金贷款/组合贷款).' })
  kind!: string;

  @Field({ description: 'Principal, decimal string.' })
  principal!: string;

  @Field({ description: 'Outstanding balance, decimal string.' })
  balance!: string;

  @Field(() => Int, { description: 'Term in months, 1 to 360.' })
  termMonths!: number;

  @Field({ description: 'YYYY-MM-DD.' })
  issuedOn!: string;

  @Field({ description: 'EQUAL_INSTALMENTS or EQUAL_PRINCIPAL (or 等额本息/等额本金).' })
  repaymentMethod!: string;

  @Field({ description: 'NORMAL, OVERDUE or SETTLED (or 正常/逾期/结清).' })
  status!: string;

  @Field(() => Int, { nullable: true, description: 'Overdue periods now; 0 if absent.' })
  overduePeriods?: number | null;

  @Field(() => String, { nullable: true, description: 'Overdue amount; "0.00" if absent.' })
  overdueAmount?: string | null;
}

@InputType({
  description:
    'One batch of a center’s account data. It is checked as a whole and applied all or ' +
    'nothing; it adds and updates (incremental), it never closes accounts.',
})
export class ImportAccountDataInput {
  @Field(() => String, {
    nullable: true,
    description: 'The center the data is for; must be the caller’s own. Defaults to it.',
  })
  centerCode?: string | null;

  @Field(() => [ImportEmployeeInput], { nullable: true })
  employees?: ImportEmployeeInput[] | null;

  @Field(() => [ImportDepositAccountInput], { nullable: true })
  depositAccounts?: ImportDepositAccountInput[] | null;

  @Field(() => [ImportDepositMonthInput], { nullable: true })
  depositMonths?: ImportDepositMonthInput[] | null;

  @Field(() => [ImportWithdrawalInput], { nullable: true })
  withdrawals?: ImportWithdrawalInput[] | null;

  @Field(() => [ImportLoanInput], { nullable: true })
  loans?: ImportLoanInput[] | null;

  @Field({ defaultValue: false, description: 'Check and count only; write nothing.' })
  dryRun!: boolean;
}
