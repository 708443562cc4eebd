import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  getNamedType,
  isInputType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLNamedType,
} from 'graphql';
import { appSchema } from '../../src/graphql/schema';
import { purgeExpiredSnapshots } from '../../src/security/snapshot-retention';
import { collect, demoPeople, gql, gqlOk, staffToken, wsClient } from '../support/client';
import { sql } from '../support/database';
import { applyFor, ID, redeem } from '../support/journey';
import { startTestServer, type TestServer } from '../support/server';

const DAY_MS = 24 * 3600_000;

/** Every type a client can reach from the given root fields. */
function reachableTypes(roots: GraphQLField<unknown, unknown>[]) {
  const seen = new Set<string>();
  const visit = (type: GraphQLNamedType) => {
    if (seen.has(type.name) || isInputType(type)) return;
    seen.add(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) visit(getNamedType(field.type));
    }
    if (isUnionType(type)) type.getTypes().forEach(visit);
  };
  for (const root of roots) visit(getNamedType(root.type));
  return seen;
}

describe('privacy', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('runs the whole journey and finds no ID number, code value, token or password in the logs', async () => {
    const people = await demoPeople(server.url);
    const secrets: string[] = [
      ...people.employees.map((e) => e.idNumber),
      ...people.staff.map((s) => s.password),
    ];
    const mobiles = await sql<{ mobile: string }>(
      server.databaseUrl,
      'select mobile from employee where mobile is not null',
    );
    secrets.push(...mobiles.map((m) => m.mobile));

    const { token, code } = await applyFor(
      server.url,
      ID.twoCities,
      (o) => o.center.code === '440300',
    );
    secrets.push(token, code.value, code.displayValue);
    const client = wsClient(server.wsUrl, token);
    const events = collect<any>(client, 'subscription { codeEvents { id type } }');
    await new Promise((resolve) => setTimeout(resolve, 200));

    const gzClerk = await staffToken(server.url, 'gz_clerk');
    const szClerk = await staffToken(server.url, 'sz_clerk');
    secrets.push(gzClerk, szClerk);
    await redeem(server.url, gzClerk, code.value);
    const redeemed = await redeem(server.url, szClerk, code.displayValue);
    const { redemptionId, form } = redeemed.data.redeemCode;
    await gqlOk(
      server.url,
      `mutation($input: ReopenFormInput!) { reopenForm(input: $input) { form { serialNumber } } }`,
      { input: { redemptionId } },
      szClerk,
    );
    await gqlOk(
      server.url,
      `query($s: String!, $c: String!) { verifyForm(serialNumber: $s, checkCode: $c) { genuine } }`,
      { s: form.serialNumber, c: form.checkCode },
    );
    await gqlOk(
      server.url,
      '{ usageRecords { nodes { id } } myCodes { nodes { id } } }',
      {},
      token,
    );
    const wrong = 'Wrong-Password-For-Log-Test';
    secrets.push(wrong);
    await gql(
      server.url,
      `mutation($input: StaffLoginInput!) { staffLogin(input: $input) { token } }`,
      { input: { username: 'sz_clerk', password: wrong } },
    );
    await redeem(server.url, szClerk, '9'.repeat(20));
    // Odd requests that end in errors log too.
    await gql(server.url, `{ codeOptions { id } }`, {}, `${token}x`);
    await events.waitFor(2);
    await events.dispose();
    await client.dispose();

    assert.ok(server.logs.length > 10);
    const leaks = secrets.flatMap((secret) =>
      server.logs.filter((line) => line.includes(secret)).map((line) => `${secret}: ${line}`),
    );
    assert.deepEqual(leaks, []);
  });

  it('masks ID numbers and mobiles in every list', async () => {
    const { code } = await applyFor(server.url, ID.oneAccount);
    const clerk = await staffToken(server.url, 'gz_clerk');
    await redeem(server.url, clerk, code.value);
    const [person] = await sql<{ id_number: string; mobile: string; name: string }>(
      server.databaseUrl,
      'select id_number, mobile, name from employee where id_number = $1',
      [ID.oneAccount],
    );
    const lists = [
      await gql(
        server.url,
        `{ centerRedemptions(first: 100) { nodes { holderName idNumberMasked clerk { name } } } }`,
        {},
        clerk,
      ),
      await gql(
        server.url,
        '{ centerRedemptions(first: 100) { nodes { holderName idNumberMasked } } }',
        {},
        await staffToken(server.url, 'platform_admin'),
      ),
    ];
    for (const list of lists) {
      const text = JSON.stringify(list);
      assert.equal(list.errors, undefined);
      assert.ok(!text.includes(person.id_number), 'whole ID number in a list');
      assert.ok(!text.includes(person.mobile), 'whole mobile in a list');
      assert.ok(!text.includes(person.name), 'whole name in a list');
    }
    const node = lists[0].data.centerRedemptions.nodes[0];
    assert.match(node.idNumberMasked, /^\d{4}\*+\w{4}$/);
  });

  it('gives employees no path to the information form', async () => {
    const schema = await appSchema();
    const employeeRoots = [
      'codeOptions',
      'codeOptionsRequireChoice',
      'myCodes',
      'usageRecords',
      'disclosureScope',
      'applyCode',
      'revokeCode',
      'codeEvents',
    ].map(
      (name) =>
        schema.getQueryType()!.getFields()[name] ??
        schema.getMutationType()!.getFields()[name] ??
        schema.getSubscriptionType()!.getFields()[name],
    );
    assert.ok(employeeRoots.every(Boolean));
    const reachable = reachableTypes(employeeRoots);
    assert.ok(reachable.has('UsageRecord'));
    assert.ok(!reachable.has('InformationForm'), 'an employee operation reaches the form');
  });

  it('deletes form snapshots after the retention period and keeps the usage record', async () => {
    const { token, code } = await applyFor(server.url, ID.loansOnly);
    const clerk = await staffToken(server.url, 'bj_clerk');
    const { redemptionId, form } = (await redeem(server.url, clerk, code.value)).data.redeemCode;
    const { orm, config } = server.app.services;
    assert.equal(config.snapshotRetentionDays, 90);

    const now = Date.now();
    await purgeExpiredSnapshots(orm, 90, new Date(now + 89 * DAY_MS));
    const [kept] = await sql(server.databaseUrl, 'select snapshot from redemption where id = $1', [
      redemptionId,
    ]);
    assert.notEqual(kept.snapshot, null);

    await purgeExpiredSnapshots(orm, 90, new Date(now + 91 * DAY_MS));
    const [purged] = await sql(
      server.databaseUrl,
      'select snapshot, digest, serial_number, check_code from redemption where id = $1',
      [redemptionId],
    );
    assert.equal(purged.snapshot, null);
    assert.match(String(purged.digest), /^[0-9a-f]{64}$/);
    assert.equal(purged.serial_number, form.serialNumber);

    const records = await gqlOk(
      server.url,
      '{ usageRecords { nodes { outcome clerkNumber institution { name } code { id } } } }',
      {},
      token,
    );
    const record = records.usageRecords.nodes.find((n: any) => n.code.id === code.id);
    // What the employee sees of a query: who (staff number), where and when; never the form.
    assert.equal(record.outcome, 'REDEEMED');
    assert.equal(record.clerkNumber, form.clerkNumber);
    assert.equal(record.institution.name, form.center.name);
    const verified = await gqlOk(
      server.url,
      `query($s: String!, $c: String!) { verifyForm(serialNumber: $s, checkCode: $c) { genuine } }`,
      { s: form.serialNumber, c: form.checkCode },
    );
    assert.equal(verified.verifyForm.genuine, true);
  });
});
