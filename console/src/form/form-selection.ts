/** Every field of the information form, as redeemCode and reopenForm return it. */
export const FORM_SELECTION = `
  serialNumber checkCode asOf queriedAt clerkNumber center { code name }
  holder { name idType idNumber mobile }
  deposit { accountNumber status employerName employerNumber openedOn depositBase
    employerRate employeeRate monthlyAmount balance paidUpTo consecutiveMonths
    history { month amount employerName } }
  withdrawals { date reason amount }
  loans { loanNumber kind principal termMonths issuedOn repaymentMethod balance status
    overduePeriods overdueAmount }`;
