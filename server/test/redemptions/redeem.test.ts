import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { collect, gql, gqlOk, staffToken, wsClient } from '../support/client';
import { sql } from '../support/database';
import { applyFor, ID, redeem } from '../support/journey';
import { startTestServer, type TestServer } from '../support/server';

describe('redeeming a code at the counter', () => {
  let server: TestServer;
  let szClerk: string;
  before(async () => {
    server = await startTestServer();
    szClerk = await staffToken(server.url, 'sz_clerk');
  });
  after(() => server.close());

  it('gives the form to exactly one of 50 concurrent attempts', async () => {
    const { code } = await applyFor(server.url, ID.depositAndLoans);
    const clerks = [szClerk, await staffToken(server.url, 'sz_admin')];
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => redeem(server.url, clerks[i % 2], code.value)),
    );

    const forms = results.filter((r) => r.data.redeemCode.form !== null);
    const refusals = results.map((r) => r.data.redeemCode.userErrors[0]?.code).filter(Boolean);
    assert.equal(forms.length, 1);
    assert.equal(refusals.length, 49);
    assert.ok(refusals.every((c) => c === 'CODE_ALREADY_USED'));

    const records = await sql(server.databaseUrl, 'select * from redemption where code_id = $1', [
      code.id,
    ]);
    assert.equal(records.length, 1);
    const events = await sql(server.databaseUrl, 'select type from code_event where code_id = $1', [
      code.id,
    ]);
    assert.deepEqual(events, [{ type: 'REDEEMED' }]);
  });

  it('ignores spaces and dashes, also full-width ones, in a typed code', async () => {
    const { code } = await applyFor(server.url, ID.normalAndSealed);
    const typed = ` ${code.value.slice(0, 4)}-${code.value.slice(4, 8)}－${code.value.slice(8, 12)}\u3000${code.value.slice(12)} `;
    const result = await redeem(server.url, szClerk, typed);
    assert.deepEqual(result.data.redeemCode.userErrors, []);
  });

  it('says CODE_NOT_FOUND for a code that was never issued or is mistyped', async () => {
    for (const typed of ['1234 5678 9012 3456 7890', '123', 'abcd']) {
      const result = await redeem(server.url, szClerk, typed);
      assert.equal(result.data.redeemCode.userErrors[0].code, 'CODE_NOT_FOUND');
      assert.match(result.data.redeemCode.userErrors[0].message, /[\u4e00-\u9fff]/);
    }
  });

  it('refuses a clerk of another center, records the attempt, and keeps the code valid', async () => {
    const { token, code } = await applyFor(
      server.url,
      ID.twoCities,
      (o) => o.center.code === '440300',
    );
    const client = wsClient(server.wsUrl, token);
    const events = collect<any>(
      client,
      `subscription { codeEvents { type code { state } usageRecord { outcome clerkNumber
        institution { name } } } }`,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));

    const gzClerk = await staffToken(server.url, 'gz_clerk');
    const refused = await redeem(server.url, gzClerk, code.value);
    assert.equal(refused.data.redeemCode.userErrors[0].code, 'CODE_WRONG_CENTER');
    assert.equal(refused.data.redeemCode.form, null);

    await events.waitFor(1);
    assert.deepEqual(events.items[0].codeEvents, {
      type: 'ATTEMPT_REFUSED',
      code: { state: 'ACTIVE' },
      usageRecord: {
        outcome: 'REFUSED_WRONG_CENTER',
        clerkNumber: 'GZ0101',
        institution: { name: '广州住房公积金管理中心' },
      },
    });

    const ok = await redeem(server.url, szClerk, code.value);
    assert.deepEqual(ok.data.redeemCode.userErrors, []);
    // The loans-only code of a loan in another city shows that center's loan and no deposit.
    assert.equal(ok.data.redeemCode.form.deposit, null);
    assert.equal(ok.data.redeemCode.form.loans[0].loanNumber, 'SZ2021110200376');

    const records = await gqlOk(
      server.url,
      '{ usageRecords { nodes { outcome clerkNumber institution { name } } } }',
      {},
      token,
    );
    assert.deepEqual(
      records.usageRecords.nodes.map((n: any) => n.outcome),
      ['REDEEMED', 'REFUSED_WRONG_CENTER'],
    );
    await events.dispose();
    await client.dispose();
  });

  it('shows every field disclosureScope lists, and nothing more', async () => {
    const { data } = await gql(server.url, '{ disclosureScope { key fields { key } } }');
    const scope = Object.fromEntries(
      data.disclosureScope.map((s: any) => [s.key, s.fields.map((f: any) => f.key).sort()]),
    );
    const { data: schema } = await gql(
      server.url,
      `{ form: __type(name: "InformationForm") { fields { name } }
         holder: __type(name: "FormHolder") { fields { name } }
         deposit: __type(name: "FormDeposit") { fields { name } }
         withdrawals: __type(name: "FormWithdrawal") { fields { name } }
         loans: __type(name: "FormLoan") { fields { name } } }`,
    );
    const names = (type: string) => schema[type].fields.map((f: any) => f.name).sort();
    assert.deepEqual(scope.holder, names('holder'));
    assert.deepEqual(scope.deposit, names('deposit'));
    assert.deepEqual(scope.withdrawals, names('withdrawals'));
    assert.deepEqual(scope.loans, names('loans'));
    const sections = ['holder', 'deposit', 'withdrawals', 'loans'];
    assert.deepEqual(
      scope.query,
      names('form').filter((n: string) => !sections.includes(n)),
    );
  });

  it('discloses the chosen center’s data: two loans, withdrawals, history and overdue state', async () => {
    const { code } = await applyFor(server.url, ID.depositAndLoans);
    const { form } = (await redeem(server.url, szClerk, code.value)).data.redeemCode;
    assert.equal(form.holder.name, '张伟东');
    assert.equal(form.deposit.accountNumber, '20208817265');
    assert.equal(form.deposit.history.length, 24);
    assert.equal(form.deposit.consecutiveMonths, 130);
    assert.equal(form.deposit.monthlyAmount, '6720.00');
    const overdue = form.loans.find((loan: any) => loan.status === 'OVERDUE');
    assert.deepEqual([overdue.overduePeriods, overdue.overdueAmount], [2, '6842.16']);
    assert.ok(form.withdrawals.every((w: any) => w.date >= '2021-12-01'));
    assert.match(form.serialNumber, /^\d{16}$/);
    assert.match(form.checkCode, /^[0-9A-Z]{8}$/);
  });

  it('stores a snapshot with its digest, reopens it for the same clerk for 30 minutes', async () => {
    const { code } = await applyFor(server.url, ID.oneAccount);
    const gzClerk = await staffToken(server.url, 'gz_clerk');
    const redeemed = (await redeem(server.url, gzClerk, code.value)).data.redeemCode;
    const [stored] = await sql(server.databaseUrl, 'select * from redemption where id = $1', [
      redeemed.redemptionId,
    ]);
    assert.match(String(stored.digest), /^[0-9a-f]{64}$/);
    assert.equal((stored.snapshot as any).serialNumber, redeemed.form.serialNumber);

    const reopen = `mutation($input: ReopenFormInput!) { reopenForm(input: $input) {
      form { serialNumber deposit { balance } } userErrors { code } } }`;
    const input = { input: { redemptionId: redeemed.redemptionId } };
    const again = await gqlOk(server.url, reopen, input, gzClerk);
    assert.equal(again.reopenForm.form.serialNumber, redeemed.form.serialNumber);

    const otherClerk = await gqlOk(server.url, reopen, input, szClerk);
    assert.equal(otherClerk.reopenForm.userErrors[0].code, 'REDEMPTION_NOT_FOUND');

    server.setNow(new Date(Date.now() + 31 * 60_000));
    try {
      // The session is idle-limited too, so sign in again at the later time.
      const later = await staffToken(server.url, 'gz_clerk');
      const late = await gqlOk(server.url, reopen, input, later);
      assert.equal(late.reopenForm.userErrors[0].code, 'REOPEN_WINDOW_CLOSED');
    } finally {
      server.setNow(null);
    }
    const logged = await sql(
      server.databaseUrl,
      'select * from form_reopening where redemption_id = $1',
      [redeemed.redemptionId],
    );
    assert.equal(logged.length, 1);
  });

  it('verifies a printed form by serial number and check code, and nothing else', async () => {
    const { code } = await applyFor(server.url, ID.loansOnly);
    const bjClerk = await staffToken(server.url, 'bj_clerk');
    const { form } = (await redeem(server.url, bjClerk, code.value)).data.redeemCode;
    const verify = `query($s: String!, $c: String!) { verifyForm(serialNumber: $s, checkCode: $c) {
      genuine centerName queriedAt } }`;

    const genuine = await gqlOk(server.url, verify, {
      s: form.serialNumber,
      c: form.checkCode.toLowerCase(),
    });
    assert.deepEqual(genuine.verifyForm, {
      genuine: true,
      centerName: '北京住房公积金管理中心',
      queriedAt: form.queriedAt,
    });
    const altered = form.checkCode.replace(/^./, (c: string) => (c === 'A' ? 'B' : 'A'));
    const fake = await gqlOk(server.url, verify, { s: form.serialNumber, c: altered });
    assert.deepEqual(fake.verifyForm, { genuine: false, centerName: null, queriedAt: null });
  });

  it("lists the own center's redemptions only, with masked names and ID numbers", async () => {
    const list = `{ centerRedemptions(first: 100) { totalCount nodes { outcome holderName
      idNumberMasked center { code } clerk { staffNumber } } } }`;
    const sz = (await gqlOk(server.url, list, {}, szClerk)).centerRedemptions;
    assert.ok(sz.totalCount > 0);
    assert.ok(sz.nodes.every((n: any) => n.center.code === '440300'));
    assert.ok(sz.nodes.every((n: any) => /^\d{4}\*{10}[\dX]{4}$/.test(n.idNumberMasked)));
    assert.ok(sz.nodes.every((n: any) => /^.\*+$/.test(n.holderName)));
  });

  it('refuses an employee token (FORBIDDEN) and no token (UNAUTHENTICATED)', async () => {
    const { token, code } = await applyFor(server.url, ID.oneAccount);
    const asEmployee = await redeem(server.url, token, code.value);
    assert.equal(asEmployee.errors?.[0].extensions?.code, 'FORBIDDEN');
    const anonymous = await gql(
      server.url,
      'mutation { redeemCode(input: { code: "1" }) { form { serialNumber } } }',
    );
    assert.equal(anonymous.errors?.[0].extensions?.code, 'UNAUTHENTICATED');
    const [row] = await sql(server.databaseUrl, 'select state from ecode where id = $1', [code.id]);
    assert.equal(row.state, 'ACTIVE');
  });
});
