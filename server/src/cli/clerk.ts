/**
 * The counter, from a terminal: `npm run clerk -- <username> <code> [--password P] [--url URL]`.
 * In demo mode the password is looked up from /dev/demo-people when not given.
 */
import { ApiClient, chinaTime, defaultBaseUrl, parseArgs } from './api-client';
import { printForm, type PrintableForm } from './print-form';

const LOGIN = `mutation($input: StaffLoginInput!) { staffLogin(input: $input) {
  token userErrors { code message } } }`;

const REDEEM = `mutation($input: RedeemCodeInput!) { redeemCode(input: $input) {
  form { serialNumber checkCode asOf queriedAt clerkNumber center { name }
    holder { name idType idNumber mobile }
    deposit { accountNumber status employerName employerNumber openedOn depositBase
      employerRate employeeRate monthlyAmount balance paidUpTo consecutiveMonths
      history { month amount employerName } }
    withdrawals { date reason amount }
    loans { loanNumber kind principal termMonths issuedOn repaymentMethod balance status
      overduePeriods overdueAmount } }
  userErrors { code message } } }`;

async function passwordFor(api: ApiClient, username: string, given: string | undefined) {
  if (given) return given;
  if (process.env.HPF_PASSWORD) return process.env.HPF_PASSWORD;

  let people: { staff: { username: string; password: string }[] };
  try {
    people = await api.get('/dev/demo-people');
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('cannot reach')) throw error;
    throw new Error('this service has no demo accounts: give --password or HPF_PASSWORD');
  }
  const password = people.staff.find((staff) => staff.username === username)?.password;
  if (!password) {
    const names = people.staff.map((staff) => staff.username).join(', ');
    throw new Error(`no demo account "${username}"; the demo staff are ${names}`);
  }
  return password;
}

async function main() {
  const { options, positional } = parseArgs(process.argv.slice(2));
  const [username, ...codeParts] = positional;
  if (!username || codeParts.length === 0) {
    console.error('usage: npm run clerk -- <username> <code> [--password P] [--url URL]');
    process.exit(2);
  }
  const api = new ApiClient(defaultBaseUrl(options));

  const password = await passwordFor(api, username, options.password);
  const { staffLogin } = await api.graphql<{
    staffLogin: { token: string | null; userErrors: { message: string }[] };
  }>(LOGIN, { input: { username, password } });
  if (!staffLogin.token) throw new Error(`登录失败：${staffLogin.userErrors[0]?.message}`);
  api.useToken(staffLogin.token);

  const { redeemCode } = await api.graphql<{
    redeemCode: { form: PrintableForm | null; userErrors: { code: string; message: string }[] };
  }>(REDEEM, { input: { code: codeParts.join(' ') } });
  if (!redeemCode.form) {
    const [error] = redeemCode.userErrors;
    console.error(`${error.code}: ${error.message}`);
    process.exit(1);
  }
  printForm(redeemCode.form, chinaTime);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
