import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gql, gqlOk, staffToken } from '../support/client';
import { sql } from '../support/database';
import { startTestServer, type TestServer } from '../support/server';
import { PEOPLE } from './import-helpers';

const ISSUE = `mutation($input: IssueCenterApiKeyInput!) {
  issueCenterApiKey(input: $input) {
    key apiKey { id prefix active center { code } } userErrors { code message field }
  }
}`;
const REVOKE = `mutation($input: RevokeCenterApiKeyInput!) {
  revokeCenterApiKey(input: $input) { apiKey { id active revokedAt } userErrors { code } }
}`;
const IMPORT = `mutation($input: ImportAccountDataInput!) {
  importAccountData(input: $input) {
    committed records rowErrorCount
    counts { employeesInserted accountsInserted monthsInserted loansInserted }
    rowErrors { file line column code message messageEn }
    userErrors { code message }
  }
}`;

const batch = {
  employees: [
    { idNumber: PEOPLE.lin.id, name: PEOPLE.lin.name, mobile: '13800001001' },
    { idNumber: PEOPLE.he.id, name: PEOPLE.he.name },
  ],
  depositAccounts: [
    {
      accountNumber: '20400077001',
      idNumber: PEOPLE.lin.id,
      status: 'NORMAL',
      employerName: '深圳市南山区智联科技有限公司',
      employerNumber: '440300512001',
      openedOn: '2016-07-01',
      depositBase: '18000.00',
      employerRate: '0.12',
      employeeRate: '0.12',
      monthlyAmount: '4320.00',
      balance: '186420.55',
      paidUpTo: '2024-11',
    },
  ],
  depositMonths: [
    {
      accountNumber: '20400077001',
      month: '2024-11',
      amount: '4320.00',
      employerName: '深圳市南山区智联科技有限公司',
    },
  ],
  loans: [
    {
      loanNumber: 'SZ2021060177001',
      idNumber: PEOPLE.he.id,
      kind: 'HPF',
      principal: '900000.00',
      balance: '731204.18',
      termMonths: 360,
      issuedOn: '2021-06-01',
      repaymentMethod: 'EQUAL_INSTALMENTS',
      status: 'NORMAL',
    },
  ],
};

describe('the import API for center systems', () => {
  let server: TestServer;
  let platform: string;
  let shenzhenId: string;
  let key: string;
  let keyId: string;

  before(async () => {
    server = await startTestServer();
    platform = await staffToken(server.url, 'platform_admin');
    const [center] = await sql<{ id: string }>(
      server.databaseUrl,
      `select id from center where code = '440300'`,
    );
    shenzhenId = center.id;
  });
  after(() => server.close());

  const accounts = async () =>
    (
      await sql<{ n: string }>(
        server.databaseUrl,
        `select count(*) as n from deposit_account where account_number like '204000770%'`,
      )
    )[0].n;

  it('lets only a platform administrator issue a key, shown once and stored hashed', async () => {
    const clerk = await staffToken(server.url, 'sz_admin');
    const refused = await gql(
      server.url,
      ISSUE,
      { input: { centerId: shenzhenId, name: 'x' } },
      clerk,
    );
    assert.equal(refused.errors?.[0].extensions?.code, 'FORBIDDEN');

    const data = await gqlOk(
      server.url,
      ISSUE,
      { input: { centerId: shenzhenId, name: '核心系统夜间同步' } },
      platform,
    );
    key = data.issueCenterApiKey.key;
    keyId = data.issueCenterApiKey.apiKey.id;
    assert.match(key, /^hpfk_[A-Za-z0-9_-]{43}$/);
    assert.ok(key.startsWith(data.issueCenterApiKey.apiKey.prefix));
    const stored = await sql<{ key_hash: string }>(
      server.databaseUrl,
      'select key_hash from center_api_key where id = $1',
      [keyId],
    );
    assert.match(stored[0].key_hash, /^[0-9a-f]{64}$/);
    assert.ok(!server.logs.some((line) => line.includes(key)), 'the key is never logged');
  });

  it('imports a batch for the key’s own center', async () => {
    const data = await gqlOk(server.url, IMPORT, { input: batch }, key);
    const result = data.importAccountData;
    assert.deepEqual(result.userErrors, []);
    assert.equal(result.committed, true);
    assert.deepEqual(result.counts, {
      employeesInserted: 2,
      accountsInserted: 1,
      monthsInserted: 1,
      loansInserted: 1,
    });
    assert.equal(await accounts(), '1');
  });

  it('refuses a batch for another center', async () => {
    const result = await gql(
      server.url,
      IMPORT,
      { input: { ...batch, centerCode: '440100' } },
      key,
    );
    assert.equal(result.errors?.[0].extensions?.code, 'FORBIDDEN');
  });

  it('refuses a whole batch with one bad record, naming list, position and field', async () => {
    const bad = structuredClone(batch);
    bad.depositAccounts.push({
      ...bad.depositAccounts[0],
      accountNumber: '20400077002',
      idNumber: PEOPLE.wu.id.slice(0, 17) + '0',
    });
    const data = await gqlOk(server.url, IMPORT, { input: bad }, key);
    const result = data.importAccountData;
    assert.equal(result.committed, false);
    assert.equal(result.userErrors[0].code, 'IMPORT_REJECTED');
    assert.deepEqual(
      result.rowErrors.map((e: any) => [e.file, e.line, e.column, e.code]),
      [['depositAccounts', 2, 'idNumber', 'ID_CHECK_DIGIT']],
    );
    assert.equal(await accounts(), '1', 'nothing written');
  });

  it('refuses a revoked key at once', async () => {
    const data = await gqlOk(server.url, REVOKE, { input: { id: keyId } }, platform);
    assert.equal(data.revokeCenterApiKey.apiKey.active, false);
    const again = await gqlOk(server.url, REVOKE, { input: { id: keyId } }, platform);
    assert.equal(again.revokeCenterApiKey.userErrors[0].code, 'API_KEY_ALREADY_REVOKED');

    const result = await gql(server.url, IMPORT, { input: batch }, key);
    assert.equal(result.errors?.[0].extensions?.code, 'UNAUTHENTICATED');
  });

  it('lets a center administrator import for the own center only, and no clerk', async () => {
    const admin = await staffToken(server.url, 'sz_admin');
    const mine = await gqlOk(server.url, IMPORT, { input: { ...batch, dryRun: true } }, admin);
    assert.deepEqual(mine.importAccountData.userErrors, []);
    const other = await gql(
      server.url,
      IMPORT,
      { input: { ...batch, centerCode: '440100' } },
      admin,
    );
    assert.equal(other.errors?.[0].extensions?.code, 'FORBIDDEN');
    const clerk = await staffToken(server.url, 'sz_clerk');
    const refused = await gql(server.url, IMPORT, { input: batch }, clerk);
    assert.equal(refused.errors?.[0].extensions?.code, 'FORBIDDEN');
  });

  it('refuses a key that was never issued, and keys on other operations', async () => {
    const forged = 'hpfk_' + 'A'.repeat(43);
    const result = await gql(server.url, IMPORT, { input: batch }, forged);
    assert.equal(result.errors?.[0].extensions?.code, 'UNAUTHENTICATED');

    const data = await gqlOk(
      server.url,
      ISSUE,
      { input: { centerId: shenzhenId, name: '只用于导入' } },
      platform,
    );
    const live = data.issueCenterApiKey.key;
    const listed = await gql(server.url, '{ centerApiKeys { id } }', {}, live);
    assert.equal(listed.errors?.[0].extensions?.code, 'FORBIDDEN');
  });
});
