/** The information form as the API returns it; money and rates are decimal strings. */
export interface InformationForm {
  serialNumber: string;
  checkCode: string;
  asOf: string;
  queriedAt: string;
  clerkNumber: string;
  center: { code: string; name: string };
  holder: { name: string; idType: string; idNumber: string; mobile: string | null };
  deposit: FormDeposit | null;
  withdrawals: { date: string; reason: string; amount: string }[];
  loans: FormLoan[];
}

export interface FormDeposit {
  accountNumber: string;
  status: string;
  employerName: string;
  employerNumber: string;
  openedOn: string;
  depositBase: string;
  employerRate: string;
  employeeRate: string;
  monthlyAmount: string;
  balance: string;
  paidUpTo: string | null;
  consecutiveMonths: number;
  history: { month: string; amount: string; employerName: string }[];
}

export interface FormLoan {
  loanNumber: string;
  kind: string;
  principal: string;
  termMonths: number;
  issuedOn: string;
  repaymentMethod: string;
  balance: string;
  status: string;
  overduePeriods: number;
  overdueAmount: string;
}
