import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { appSchema } from '../../src/graphql/schema';
import { demoPeople, employeeToken, faceToken, gql, gqlOk, staffToken } from '../support/client';
import { sql } from '../support/database';
import { applyFor, ID, OPTIONS, redeem } from '../support/journey';
import { startTestServer, type TestServer } from '../support/server';
import { ACTORS, MATRIX, matrixMarkdown, type Actor, type Cell } from './authorization-matrix';

interface Fixture {
  server: TestServer;
  tokens: Record<Actor, string | null>;
  employeeIds: Partial<Record<Actor, string>>;
  centerX: string;
  clerkXId: string;
  optionA: string;
  codeA: string;
  redemption: { id: string; serialNumber: string; checkCode: string };
  unique(): string;
}

interface Call {
  query: string;
  variables?: Record<string, unknown>;
  /** Replaces the actor's token, for calls that would end the actor's session. */
  token?: string | null;
}

interface Operation {
  call(fx: Fixture, actor: Actor): Promise<Call> | Call;
  /** Whether the answer reached the target; by default, no user errors and a non-null result. */
  reached?(result: any, fx: Fixture): boolean;
}

const platform = (fx: Fixture) => fx.tokens.platformAdmin!;

async function freshClerk(fx: Fixture) {
  const id = fx.unique();
  const data = await gqlOk(
    fx.server.url,
    `mutation($input: CreateStaffInput!) { createStaff(input: $input) { staff { id } } }`,
    {
      input: {
        username: `m${id.toLowerCase()}`,
        staffNumber: `M${id}`,
        name: '测试',
        role: 'CLERK',
        centerId: fx.centerX,
      },
    },
    platform(fx),
  );
  return data.createStaff.staff.id as string;
}

/** A live code of employee A at center X; issuing it ends A's previous code. */
async function liveCodeOfA(fx: Fixture) {
  return (await applyFor(fx.server.url, ID.depositAndLoans)).code;
}

async function sessionOf(fx: Fixture, actor: Actor) {
  const usernames: Partial<Record<Actor, string>> = {
    clerkX: 'sz_clerk',
    clerkY: 'gz_clerk',
    centerAdminX: 'sz_admin',
    platformAdmin: 'platform_admin',
  };
  const username = usernames[actor];
  return username ? staffToken(fx.server.url, username) : fx.tokens[actor];
}

const OPERATIONS: Record<string, Operation> = {
  center: {
    call: (fx) => ({
      query: 'query($id: ID!) { center(id: $id) { id } }',
      variables: { id: fx.centerX },
    }),
    reached: (data) => data.center !== null,
  },
  centerApiKeys: {
    call: (fx) => ({
      query: 'query($c: ID) { centerApiKeys(centerId: $c) { id } }',
      variables: { c: fx.centerX },
    }),
  },
  centerRedemptions: {
    call: () => ({ query: '{ centerRedemptions(first: 100) { nodes { id } } }' }),
    reached: (data, fx) =>
      data.centerRedemptions.nodes.some((n: { id: string }) => n.id === fx.redemption.id),
  },
  centers: { call: () => ({ query: '{ centers(first: 5) { totalCount } }' }) },
  codeOptions: { call: () => ({ query: '{ codeOptions { id } }' }) },
  codeOptionsRequireChoice: { call: () => ({ query: '{ codeOptionsRequireChoice }' }) },
  disclosureScope: { call: () => ({ query: '{ disclosureScope { title } }' }) },
  me: { call: () => ({ query: '{ me { id } }' }) },
  myCodes: {
    call: () => ({ query: '{ myCodes(first: 100) { nodes { id } } }' }),
    reached: (data, fx) => data.myCodes.nodes.some((n: { id: string }) => n.id === fx.codeA),
  },
  staffMember: {
    call: (fx) => ({
      query: 'query($id: ID!) { staffMember(id: $id) { id } }',
      variables: { id: fx.clerkXId },
    }),
    reached: (data) => data.staffMember !== null,
  },
  staffMembers: {
    call: () => ({ query: '{ staffMembers(first: 100) { nodes { id } } }' }),
    reached: (data, fx) =>
      data.staffMembers.nodes.some((n: { id: string }) => n.id === fx.clerkXId),
  },
  usageRecords: {
    call: () => ({ query: '{ usageRecords(first: 100) { nodes { code { id } } } }' }),
    reached: (data, fx) =>
      data.usageRecords.nodes.some((n: { code: { id: string } }) => n.code.id === fx.codeA),
  },
  verifyForm: {
    call: (fx) => ({
      query:
        'query($s: String!, $c: String!) { verifyForm(serialNumber: $s, checkCode: $c) { genuine } }',
      variables: { s: fx.redemption.serialNumber, c: fx.redemption.checkCode },
    }),
    reached: (data) => data.verifyForm.genuine === true,
  },
  applyCode: {
    async call(fx, actor) {
      const token = fx.tokens[actor];
      const face =
        token && actor.startsWith('employee')
          ? await faceToken(fx.server.url, token)
          : 'not-a-token';
      return {
        query: `mutation($input: ApplyCodeInput!) { applyCode(input: $input) {
          code { id } userErrors { code } } }`,
        variables: { input: { optionId: fx.optionA, faceVerificationToken: face } },
      };
    },
  },
  createCenter: {
    call: (fx) => ({
      query: `mutation($input: CreateCenterInput!) { createCenter(input: $input) {
        userErrors { code } } }`,
      variables: {
        input: { code: `T${fx.unique()}`, name: `测试中心${fx.unique()}`, region: '测试' },
      },
    }),
  },
  createStaff: {
    call: (fx) => {
      const id = fx.unique();
      return {
        query: `mutation($input: CreateStaffInput!) { createStaff(input: $input) {
          userErrors { code } } }`,
        variables: {
          input: {
            username: `c${id.toLowerCase()}`,
            staffNumber: `C${id}`,
            name: '新办事员',
            role: 'CLERK',
            centerId: fx.centerX,
          },
        },
      };
    },
  },
  deactivateCenter: {
    async call(fx) {
      const created = await gqlOk(
        fx.server.url,
        `mutation($input: CreateCenterInput!) { createCenter(input: $input) { center { id } } }`,
        { input: { code: `D${fx.unique()}`, name: `停用中心${fx.unique()}`, region: '测试' } },
        platform(fx),
      );
      return {
        query: `mutation($input: CenterIdInput!) { deactivateCenter(input: $input) {
          userErrors { code } } }`,
        variables: { input: { centerId: created.createCenter.center.id } },
      };
    },
  },
  deactivateStaff: {
    call: async (fx) => ({
      query: `mutation($input: StaffIdInput!) { deactivateStaff(input: $input) {
        userErrors { code } } }`,
      variables: { input: { staffId: await freshClerk(fx) } },
    }),
  },
  importAccountData: {
    call: () => ({
      query: `mutation($input: ImportAccountDataInput!) { importAccountData(input: $input) {
        userErrors { code } } }`,
      variables: {
        input: {
          centerCode: '440300',
          dryRun: true,
          employees: [{ idNumber: ID.depositAndLoans, name: '赵六' }],
        },
      },
    }),
  },
  issueCenterApiKey: {
    call: (fx) => ({
      query: `mutation($input: IssueCenterApiKeyInput!) { issueCenterApiKey(input: $input) {
        userErrors { code } } }`,
      variables: { input: { centerId: fx.centerX, name: `key-${fx.unique()}` } },
    }),
  },
  redeemCode: {
    call: async (fx) => ({
      query: `mutation($input: RedeemCodeInput!) { redeemCode(input: $input) {
        form { serialNumber } userErrors { code } } }`,
      variables: { input: { code: (await liveCodeOfA(fx)).value } },
    }),
    reached: (data) => data.redeemCode.form !== null,
  },
  reopenForm: {
    call: (fx) => ({
      query: `mutation($input: ReopenFormInput!) { reopenForm(input: $input) {
        form { serialNumber } userErrors { code } } }`,
      variables: { input: { redemptionId: fx.redemption.id } },
    }),
    reached: (data) => data.reopenForm.form !== null,
  },
  resetStaffPassword: {
    call: async (fx) => ({
      query: `mutation($input: StaffIdInput!) { resetStaffPassword(input: $input) {
        userErrors { code } } }`,
      variables: { input: { staffId: await freshClerk(fx) } },
    }),
  },
  revokeCenterApiKey: {
    async call(fx) {
      const issued = await gqlOk(
        fx.server.url,
        `mutation($input: IssueCenterApiKeyInput!) { issueCenterApiKey(input: $input) {
          apiKey { id } } }`,
        { input: { centerId: fx.centerX, name: `revoke-${fx.unique()}` } },
        platform(fx),
      );
      return {
        query: `mutation($input: RevokeCenterApiKeyInput!) { revokeCenterApiKey(input: $input) {
          userErrors { code } } }`,
        variables: { input: { id: issued.issueCenterApiKey.apiKey.id } },
      };
    },
  },
  revokeCode: {
    call: async (fx) => ({
      query: `mutation($input: RevokeCodeInput!) { revokeCode(input: $input) {
        code { id } userErrors { code } } }`,
      variables: { input: { id: (await liveCodeOfA(fx)).id } },
    }),
  },
  staffLogin: {
    async call(fx) {
      const people = await demoPeople(fx.server.url);
      const password = people.staff.find((s) => s.username === 'sh_clerk')!.password;
      return {
        query: `mutation($input: StaffLoginInput!) { staffLogin(input: $input) {
          token userErrors { code } } }`,
        variables: { input: { username: 'sh_clerk', password } },
      };
    },
  },
  staffLogout: {
    // A session of its own, so that signing out does not end the one the other rows use.
    call: async (fx, actor) => ({
      query: 'mutation { staffLogout { ended } }',
      token: await sessionOf(fx, actor),
    }),
  },
};

/** The payload's user errors are empty and nothing in it is null. */
function defaultReached(data: Record<string, any>) {
  const value = Object.values(data)[0];
  if (value === null) return false;
  if (Array.isArray(value?.userErrors)) return value.userErrors.length === 0;
  return true;
}

async function observe(fx: Fixture, name: string, actor: Actor): Promise<Cell | string> {
  const operation = OPERATIONS[name];
  const call = await operation.call(fx, actor);
  const token = 'token' in call ? call.token : fx.tokens[actor];
  const result = await gql(fx.server.url, call.query, call.variables ?? {}, token ?? undefined);
  const code = result.errors?.[0]?.extensions?.code;
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') return 'no';
  if (result.errors?.length) return `error ${code}: ${result.errors[0].message}`;
  return (operation.reached ?? defaultReached)(result.data, fx) ? 'yes' : 'own';
}

/** Subscriptions: a socket the server keeps open and serves is `yes`. */
function observeSocket(fx: Fixture, actor: Actor): Promise<Cell> {
  const token = fx.tokens[actor];
  return new Promise((resolve) => {
    const client = createClient({
      url: fx.server.wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => undefined,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      on: {
        connected: () => {
          setTimeout(() => {
            resolve('yes');
            void client.dispose();
          }, 100);
        },
        closed: () => resolve('no'),
      },
    });
    client.subscribe(
      { query: 'subscription { codeEvents { id } }' },
      { next: () => undefined, error: () => undefined, complete: () => undefined },
    );
  });
}

/** A Markdown table's cells without the padding a formatter adds. */
function tableText(markdown: string) {
  return markdown
    .split('\n')
    .map((line) =>
      line.trim().startsWith('|')
        ? line
            .split('|')
            .map((cell) => cell.trim().replace(/^:?-+:?$/, '-'))
            .join('|')
        : line,
    )
    .join('\n');
}

describe('authorization matrix', () => {
  let fx: Fixture;
  let kinds: Record<string, string>;
  before(async () => {
    const server = await startTestServer();
    let counter = 0;
    const staff = async (username: string) => staffToken(server.url, username);
    const tokens: Record<Actor, string | null> = {
      anonymous: null,
      employeeA: await employeeToken(server.url, ID.depositAndLoans),
      employeeB: await employeeToken(server.url, ID.oneAccount),
      clerkX: await staff('sz_clerk'),
      clerkY: await staff('gz_clerk'),
      centerAdminX: await staff('sz_admin'),
      platformAdmin: await staff('platform_admin'),
      deactivatedClerk: await staff('bj_clerk'),
      centerSystemX: null,
    };
    await sql(server.databaseUrl, "update staff set active = false where username = 'bj_clerk'");

    const { code } = await applyFor(server.url, ID.depositAndLoans);
    const redeemed = await redeem(server.url, tokens.clerkX!, code.value);
    const { me } = await gqlOk(server.url, '{ me { id center { id } } }', {}, tokens.clerkX!);
    const { codeOptions } = await gqlOk(server.url, OPTIONS, {}, tokens.employeeA!);
    const issued = await gqlOk(
      server.url,
      `mutation($input: IssueCenterApiKeyInput!) { issueCenterApiKey(input: $input) { key } }`,
      { input: { centerId: me.center.id, name: 'core system' } },
      tokens.platformAdmin!,
    );
    tokens.centerSystemX = issued.issueCenterApiKey.key;
    fx = {
      server,
      tokens,
      employeeIds: {},
      centerX: me.center.id,
      clerkXId: me.id,
      optionA: codeOptions[0].id,
      codeA: code.id,
      redemption: {
        id: redeemed.data.redeemCode.redemptionId,
        serialNumber: redeemed.data.redeemCode.form.serialNumber,
        checkCode: redeemed.data.redeemCode.form.checkCode,
      },
      unique: () => `${Date.now().toString(36)}${(counter += 1)}`.toUpperCase().slice(-10),
    };

    const schema = await appSchema();
    kinds = {};
    for (const [kind, type] of [
      ['query', schema.getQueryType()],
      ['mutation', schema.getMutationType()],
      ['subscription', schema.getSubscriptionType()],
    ] as const) {
      for (const field of Object.keys(type?.getFields() ?? {})) kinds[field] = kind;
    }
  });
  after(() => fx.server.close());

  it('has a row for every operation in the schema, and no row for one that is gone', () => {
    const missing = Object.keys(kinds).filter((name) => !MATRIX[name]);
    const stale = Object.keys(MATRIX).filter((name) => !kinds[name]);
    assert.deepEqual(missing, [], 'add these to test/security/authorization-matrix.ts');
    assert.deepEqual(stale, [], 'remove these from test/security/authorization-matrix.ts');
    const untested = Object.keys(kinds).filter(
      (name) => kinds[name] !== 'subscription' && !OPERATIONS[name],
    );
    assert.deepEqual(untested, [], 'add a call for these to authorization-matrix.test.ts');
  });

  it('gives each actor exactly what the table says', async () => {
    const differences: string[] = [];
    for (const name of Object.keys(kinds).sort()) {
      if (!MATRIX[name]) continue;
      for (const actor of ACTORS) {
        const seen =
          kinds[name] === 'subscription'
            ? await observeSocket(fx, actor)
            : await observe(fx, name, actor);
        if (seen !== MATRIX[name][actor]) {
          differences.push(`${name} as ${actor}: expected ${MATRIX[name][actor]}, saw ${seen}`);
        }
      }
    }
    assert.deepEqual(differences, []);
  });

  it('is the table docs/security.md shows', () => {
    const doc = readFileSync(path.resolve(__dirname, '../../../docs/security.md'), 'utf8');
    assert.ok(
      tableText(doc).includes(tableText(matrixMarkdown(kinds))),
      `docs/security.md should contain:\n${matrixMarkdown(kinds)}`,
    );
  });
});
