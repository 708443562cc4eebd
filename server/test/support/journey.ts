import { employeeToken, faceToken, gql, gqlOk } from './client';

export const ID = {
  /** One deposit account in Guangzhou. */
  oneAccount: '440106198803152019',
  /** A normal and a sealed account in Shenzhen. */
  normalAndSealed: '440304199007213522',
  /** A deposit account and two loans in Shenzhen. */
  depositAndLoans: '440305198511024730',
  /** Loans only, in Beijing. */
  loansOnly: '110108197902081545',
  /** Deposit in Shanghai, loan in Shenzhen. */
  twoCities: '310110199205302689',
};

export const APPLY = `mutation($input: ApplyCodeInput!) {
  applyCode(input: $input) {
    code { id value displayValue expiresAt issuedAt state qrSvg
      center { code name } depositAccount { accountNumber status } loanAccounts { loanNumber } }
    userErrors { code message field }
  }
}`;

export const REDEEM = `mutation($input: RedeemCodeInput!) {
  redeemCode(input: $input) {
    redemptionId
    form {
      serialNumber checkCode asOf queriedAt clerkNumber center { code name }
      holder { name idType idNumber mobile }
      deposit { accountNumber status employerName employerNumber openedOn depositBase
        employerRate employeeRate monthlyAmount balance paidUpTo consecutiveMonths
        history { month amount employerName } }
      withdrawals { date reason amount }
      loans { loanNumber kind principal termMonths issuedOn repaymentMethod balance status
        overduePeriods overdueAmount }
    }
    userErrors { code message }
  }
}`;

export const OPTIONS = `{ codeOptions { id label situation remittanceNotice
  center { id code name } depositAccount { accountNumber status } loanAccounts { loanNumber } }
  codeOptionsRequireChoice }`;

/** Signs in as the employee and applies for a code for the option matching `pick`. */
export async function applyFor(
  baseUrl: string,
  idNumber: string,
  pick: (option: any) => boolean = () => true,
) {
  const token = await employeeToken(baseUrl, idNumber);
  const { codeOptions } = await gqlOk(baseUrl, OPTIONS, {}, token);
  const option = codeOptions.find(pick);
  if (!option) throw new Error(`no option matches for ${idNumber}`);
  const face = await faceToken(baseUrl, token);
  const data = await gqlOk(
    baseUrl,
    APPLY,
    { input: { optionId: option.id, faceVerificationToken: face } },
    token,
  );
  if (data.applyCode.userErrors.length) {
    throw new Error(`apply failed: ${JSON.stringify(data.applyCode.userErrors)}`);
  }
  return { token, option, code: data.applyCode.code };
}

export function redeem(baseUrl: string, clerkToken: string, code: string) {
  return gql(baseUrl, REDEEM, { input: { code } }, clerkToken);
}
