/**
 * The mini program, simulated: `npm run employee -- <ID number> [--option N] [--url URL]`.
 * Applies for a code against a running demo service and waits for it to be used.
 */
import { createInterface } from 'node:readline/promises';
import QRCode from 'qrcode';
import { ApiClient, chinaTime, defaultBaseUrl, parseArgs } from './api-client';

interface Option {
  id: string;
  label: string;
  situation: string;
  remittanceNotice: string | null;
  depositAccount: { accountNumber: string; status: string } | null;
  loanAccounts: { loanNumber: string }[];
}

interface CodeEvent {
  id: string;
  type: string;
  code: { id: string; state: string };
  usageRecord: {
    queriedAt: string;
    clerkNumber: string;
    institution: { name: string };
  } | null;
}

const OPTIONS_QUERY = `{ codeOptionsRequireChoice codeOptions { id label situation remittanceNotice
  depositAccount { accountNumber status } loanAccounts { loanNumber } } }`;

const APPLY = `mutation($input: ApplyCodeInput!) { applyCode(input: $input) {
  code { id value displayValue expiresAt center { name } }
  userErrors { code message } } }`;

const EVENTS = `subscription($after: ID) { codeEvents(after: $after) { id type occurredAt
  code { id state }
  usageRecord { outcome queriedAt clerkNumber institution { name } } } }`;

async function choose(options: Option[], requested: string | undefined): Promise<Option> {
  if (requested !== undefined) {
    const picked = options[Number(requested) - 1];
    if (!picked) throw new Error(`--option must be from 1 to ${options.length}`);
    return picked;
  }
  if (options.length === 1) return options[0];

  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    for (;;) {
      const answer = await rl.question(`请选择（1-${options.length}）: `);
      const picked = options[Number(answer) - 1];
      if (picked) return picked;
    }
  } finally {
    rl.close();
  }
}

function describe(option: Option) {
  const lines = [`  ${option.label}`];
  if (option.depositAccount) lines.push(`    个人账号：${option.depositAccount.accountNumber}`);
  if (option.remittanceNotice) lines.push(`    ${option.remittanceNotice}`);
  for (const loan of option.loanAccounts) lines.push(`    贷款账号：${loan.loanNumber}`);
  return lines.join('\n');
}

async function main() {
  const { options: flags, positional } = parseArgs(process.argv.slice(2));
  const idNumber = positional[0];
  if (!idNumber) {
    console.error('usage: npm run employee -- <ID number> [--option N] [--url URL]');
    process.exit(2);
  }
  const api = new ApiClient(defaultBaseUrl(flags));

  const { token } = await api.post<{ token: string }>('/dev/employee-token', { idNumber });
  api.useToken(token);
  const { codeOptions } = await api.graphql<{ codeOptions: Option[] }>(OPTIONS_QUERY);
  if (codeOptions.length === 0) {
    console.log('未查询到您在任何管理中心的账户，无法申请电子码。');
    process.exit(1);
  }

  console.log('可申请电子码的管理中心及账户：');
  codeOptions.forEach((option, i) => console.log(`${i + 1}.${describe(option).slice(1)}`));
  const option = await choose(codeOptions, flags.option);
  console.log(`\n已选择：${option.label}`);

  const { faceVerificationToken } = await api.post<{ faceVerificationToken: string }>(
    '/dev/face-verification',
    {},
  );
  console.log('人脸识别通过（演示）');
  const { applyCode } = await api.graphql<{
    applyCode: {
      code: {
        id: string;
        value: string;
        displayValue: string;
        expiresAt: string;
        center: { name: string };
      };
      userErrors: { code: string; message: string }[];
    };
  }>(APPLY, { input: { optionId: option.id, faceVerificationToken } });
  if (applyCode.userErrors.length) {
    console.error(`申请失败：${applyCode.userErrors[0].message} (${applyCode.userErrors[0].code})`);
    process.exit(1);
  }

  const { code } = applyCode;
  // The terminal QR code is drawn with colour codes; a file gets the digits alone.
  if (process.stdout.isTTY) {
    console.log(await QRCode.toString(code.value, { type: 'terminal', small: true }));
  }
  console.log(`业务办理电子码：${code.displayValue}`);
  console.log(`适用机构：${code.center.name}`);
  console.log(`有效期至：${chinaTime(code.expiresAt)}（北京时间），查询一次后即失效`);
  console.log('请勿将电子码出示给他人。\n等待柜台查询…');

  // From the first event on: one that comes before listening starts is replayed, not lost.
  const watch = ({ codeEvents: event }: { codeEvents: CodeEvent }) => {
    if (event.code.id !== code.id) return false;
    const record = event.usageRecord!;
    switch (event.type) {
      case 'REDEEMED':
        console.log(
          `已被查询：${record.institution.name}，经办人工号 ${record.clerkNumber}，` +
            `${chinaTime(record.queriedAt)}`,
        );
        return true;
      case 'ATTEMPT_REFUSED':
        console.log(
          `其他机构尝试查询被拒绝：${record.institution.name}，工号 ${record.clerkNumber}，` +
            `${chinaTime(record.queriedAt)}；电子码仍然有效`,
        );
        return false;
      case 'EXPIRED':
        console.log('电子码已过期（当日24:00失效）');
        return true;
      case 'SUPERSEDED':
        console.log('电子码已失效：已申请了新的电子码');
        return true;
      default:
        console.log('电子码已作废');
        return true;
    }
  };
  await api.subscribe(EVENTS, watch, '0');
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
