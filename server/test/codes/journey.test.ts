import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { collect, employeeToken, gqlOk, staffToken, wsClient } from '../support/client';
import { applyFor, ID, redeem } from '../support/journey';
import { startTestServer, type TestServer } from '../support/server';

describe('the e-code journey', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('issues a code, lets the Shenzhen clerk redeem it once, and tells the employee live', async () => {
    const { token, code } = await applyFor(
      server.url,
      ID.normalAndSealed,
      (option) => option.depositAccount?.status === 'SEALED',
    );
    assert.match(code.value, /^\d{20}$/);
    assert.equal(code.displayValue, code.value.replace(/(\d{4})(?=\d)/g, '$1 '));
    assert.equal(code.state, 'ACTIVE');
    assert.equal(code.depositAccount.status, 'SEALED');
    assert.match(code.qrSvg, /^<svg/);

    const client = wsClient(server.wsUrl, token);
    const events = collect<any>(
      client,
      `subscription { codeEvents { id type code { id state }
        usageRecord { outcome clerkNumber institution { name } queriedAt } } }`,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));

    const clerk = await staffToken(server.url, 'sz_clerk');
    const first = await redeem(server.url, clerk, code.displayValue);
    assert.deepEqual(first.data.redeemCode.userErrors, []);
    const form = first.data.redeemCode.form;
    assert.equal(form.deposit.status, 'SEALED');
    assert.equal(form.holder.idNumber, ID.normalAndSealed);
    assert.match(form.holder.mobile, /^\d{3}\*{4}\d{4}$/);
    assert.equal(form.clerkNumber, 'SZ0101');

    await events.waitFor(1);
    const [event] = events.items.map((item) => item.codeEvents);
    assert.equal(event.type, 'REDEEMED');
    assert.equal(event.code.state, 'REDEEMED');
    assert.equal(event.usageRecord.clerkNumber, 'SZ0101');
    assert.equal(event.usageRecord.institution.name, '深圳市住房公积金管理中心');

    const second = await redeem(server.url, clerk, code.value);
    assert.equal(second.data.redeemCode.form, null);
    assert.equal(second.data.redeemCode.userErrors[0].code, 'CODE_ALREADY_USED');

    const records = await gqlOk(
      server.url,
      `{ usageRecords(first: 10) { totalCount nodes { outcome clerkNumber code { id } } } }`,
      {},
      token,
    );
    assert.equal(records.usageRecords.totalCount, 1);
    assert.equal(records.usageRecords.nodes[0].code.id, code.id);
    await events.dispose();
    await client.dispose();
  });

  it('offers a choice only when there is more than one option', async () => {
    const single = await employeeToken(server.url, ID.oneAccount);
    const data = await gqlOk(
      server.url,
      '{ codeOptionsRequireChoice codeOptions { id } }',
      {},
      single,
    );
    assert.equal(data.codeOptionsRequireChoice, false);
    assert.equal(data.codeOptions.length, 1);
  });
});
