import type { appZh } from './app-zh';

type Catalogue<T> = { [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };

/** The console's own texts in English, loaded only when a user switches to English. */
export const appEn: Catalogue<typeof appZh> = {
  app: {
    title: 'HPF business e-code · staff console',
    language: 'Language',
    menu: {
      redeem: 'Scan a code',
      verify: 'Verify a form',
    },
    login: {
      INVALID_CREDENTIALS: 'Wrong username or password',
      ACCOUNT_LOCKED:
        'Too many wrong passwords: the account is locked for a while. Try later or ask ' +
        'your center administrator.',
      failed: 'Sign-in failed, please try again',
    },
    errors: {
      network: 'Cannot reach the service. Check the network and try again.',
      forbidden: 'You may not do this.',
      unexpected: 'The service is unavailable for a moment. Please try again.',
      rate_limited:
        'Too many codes were not found; lookups pause for a few minutes. Check the code and try again later.',
    },
    redeem: {
      title: 'Scan a code',
      label: 'E-code',
      placeholder: 'Scan or type the 20-digit code',
      helper: 'Scanner, or type it (spaces and dashes are fine), then Enter',
      submit: 'Query',
      busy: 'Querying…',
      next: 'Next (Esc)',
      invalid_format: 'An e-code has 20 digits. Check it and type it again. It was not used.',
      session_expired:
        'Your session has ended; please sign in again. The code was not used: scan it again.',
      ready: 'Scan the code the employee shows',
      camera: 'Use the camera',
      camera_stop: 'Stop the camera',
      camera_hint: 'Hold the QR code on the employee’s phone in front of the camera',
      camera_failed: 'The camera cannot be opened. Use the scanner or type the code.',
      print: 'Print the form',
      outcome: {
        CODE_NOT_FOUND: {
          title: 'No such code',
          advice:
            'Check the digits and type them again; if it still fails, ask the employee to ' +
            'apply for a new code in the mini program.',
        },
        CODE_EXPIRED: {
          title: 'The code has expired',
          advice:
            'Codes expire at midnight, China time, of the day they were issued. Ask the ' +
            'employee to apply for a new one.',
        },
        CODE_ALREADY_USED: {
          title: 'The code was already used',
          advice:
            'A code can be queried once. If you just queried it, reopen it from “My center’s ' +
            'redemptions”; otherwise ask the employee to apply for a new one.',
        },
        CODE_REVOKED: {
          title: 'The code was revoked',
          advice: 'The employee revoked it or applied for a newer one. Ask for the latest code.',
        },
        CODE_WRONG_CENTER: {
          title: 'This code is for another center',
          advice:
            'Only the center chosen when applying can query it. Ask the employee to apply ' +
            'again choosing this center. The code stays valid.',
        },
        other: {
          title: 'The code could not be queried',
          advice: 'Please try again.',
        },
      },
    },
    form: {
      title: 'Housing provident fund personal information form',
      holder: 'Holder',
      deposit: 'Deposit',
      withdrawals: 'Withdrawals',
      loans: 'Loans',
      query: 'Query',
      no_deposit: 'No personal remittance account found',
      no_withdrawals: 'No withdrawals in the last 5 years',
      no_loans: 'No loans',
      history: 'Deposits of the last 24 months',
      no_history: 'No deposits',
      overdue: 'Overdue',
      fields: {
        name: 'Name',
        idType: 'ID type',
        idNumber: 'ID number',
        mobile: 'Mobile',
        accountNumber: 'Account number',
        status: 'Account state',
        employerName: 'Employer',
        employerNumber: 'Employer number',
        openedOn: 'Opened on',
        depositBase: 'Deposit base (CNY)',
        employerRate: 'Employer rate',
        employeeRate: 'Employee rate',
        monthlyAmount: 'Monthly amount (CNY)',
        balance: 'Balance (CNY)',
        paidUpTo: 'Paid up to',
        consecutiveMonths: 'Consecutive months',
        month: 'Month',
        amount: 'Amount (CNY)',
        date: 'Date',
        reason: 'Reason',
        loanNumber: 'Loan number',
        kind: 'Kind',
        principal: 'Principal (CNY)',
        termMonths: 'Term (months)',
        issuedOn: 'Issued on',
        repaymentMethod: 'Repayment',
        loanBalance: 'Outstanding (CNY)',
        loanStatus: 'Loan state',
        overduePeriods: 'Overdue periods',
        overdueAmount: 'Overdue amount (CNY)',
        serialNumber: 'Form serial number',
        checkCode: 'Check code',
        center: 'Querying center',
        clerkNumber: 'Clerk number',
        queriedAt: 'Queried at',
        asOf: 'Data as of',
      },
      verify_note: 'Verify this form with its serial number and check code at %{url}.',
    },
    enums: {
      deposit_status: { NORMAL: 'Normal', SEALED: 'Sealed', FROZEN: 'Frozen', CLOSED: 'Closed' },
      loan_status: { NORMAL: 'Normal', OVERDUE: 'Overdue', SETTLED: 'Settled' },
      loan_kind: { HPF: 'HPF loan', COMBINED: 'Combined loan' },
      repayment: { EQUAL_INSTALMENTS: 'Equal instalments', EQUAL_PRINCIPAL: 'Equal principal' },
      id_type: {
        RESIDENT_ID: 'Resident ID card',
        PASSPORT: 'Passport',
        HK_MACAO_PERMIT: 'Hong Kong/Macao permit',
        TAIWAN_PERMIT: 'Taiwan permit',
        FOREIGN_PERMANENT_RESIDENT: 'Foreign permanent resident ID',
      },
      withdrawal: {
        PURCHASE: 'Home purchase',
        RENT: 'Rent',
        LOAN_REPAYMENT: 'Loan repayment',
        RETIREMENT: 'Retirement',
        RENOVATION: 'Renovation',
        SERIOUS_ILLNESS: 'Serious illness',
        LEAVING_CITY: 'Leaving the city',
        OTHER: 'Other',
      },
      role: {
        CLERK: 'Clerk',
        CENTER_ADMIN: 'Center administrator',
        PLATFORM_ADMIN: 'Platform administrator',
      },
      outcome: { REDEEMED: 'Disclosed', REFUSED_WRONG_CENTER: 'Refused: other center’s code' },
    },
    verify: {
      title: 'Verify a printed information form',
      intro:
        'Type the serial number and check code printed on the form to learn whether this ' +
        'service issued it and it is unaltered.',
      serial: 'Serial number',
      check: 'Check code',
      submit: 'Verify',
      genuine: 'Genuine: issued by %{center} at %{time}, unaltered.',
      not_genuine:
        'Not verified: serial number and check code do not match. The printout may be ' +
        'altered or not issued by this service.',
      back: 'Back to the console',
    },
    redemptions: {
      reopen: 'Reopen the form',
      reopen_until: 'Can be reopened until %{time}',
      reopen_closed: 'More than 30 minutes ago: cannot be reopened',
      only_mine: 'Only mine',
      REDEMPTION_NOT_FOUND: 'Only the clerk who queried the code can reopen this form',
      REOPEN_WINDOW_CLOSED:
        'Queried more than 30 minutes ago; the employee must apply for a new code',
    },
    staff: {
      reset_password: 'Reset password',
      reset_confirm: 'Reset the password of %{name}? All their sessions end at once.',
      deactivate: 'Deactivate',
      deactivate_confirm:
        'Deactivate %{name}? All their sessions end at once and they cannot sign in again.',
      deactivated: 'Deactivated',
      temporary_password: 'Temporary password',
      temporary_password_note:
        'Hand this temporary password to %{name} in person. It is shown only this once.',
      done: 'Noted',
    },
    centers: {
      deactivate: 'Deactivate center',
      deactivate_confirm:
        'Deactivate %{name}? Its staff are signed out at once and cannot sign in; its codes ' +
        'can no longer be queried.',
      deactivated: 'Center deactivated',
    },
  },
  resources: {
    redemptions: {
      name: 'My center’s redemptions',
      fields: {
        queriedAt: 'Queried at',
        outcome: 'Outcome',
        clerk: 'Clerk',
        center: 'Center',
        holderName: 'Employee',
        idNumberMasked: 'ID number',
        serialNumber: 'Form serial',
        reopenableUntil: 'Reopenable until',
        from: 'From',
        to: 'To',
        clerkId: 'Clerk',
        centerCode: 'Center code',
      },
    },
    staff: {
      name: 'Staff',
      fields: {
        username: 'Username',
        staffNumber: 'Staff number',
        name: 'Name',
        role: 'Role',
        center: 'Center',
        centerId: 'Center',
        active: 'State',
        centerCode: 'Center code',
      },
    },
    centers: {
      name: 'Centers',
      fields: {
        code: 'Code',
        name: 'Name',
        region: 'Region',
        active: 'State',
      },
    },
  },
};
