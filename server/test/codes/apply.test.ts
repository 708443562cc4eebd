import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SignJWT } from 'jose';
import { employeeToken, faceToken, gql, gqlOk, staffToken } from '../support/client';
import { sql } from '../support/database';
import { APPLY, applyFor, ID, OPTIONS, redeem } from '../support/journey';
import { startTestServer, type TestServer } from '../support/server';

describe('applying for a code', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  const optionsOf = async (idNumber: string) =>
    gqlOk(server.url, OPTIONS, {}, await employeeToken(server.url, idNumber));

  it('shows the deposit account alone for a deposit-only center', async () => {
    const { codeOptions, codeOptionsRequireChoice } = await optionsOf(ID.oneAccount);
    assert.equal(codeOptionsRequireChoice, false);
    assert.equal(codeOptions[0].situation, 'DEPOSIT_ONLY');
    assert.equal(codeOptions[0].depositAccount.accountNumber, '1020358813');
    assert.deepEqual(codeOptions[0].loanAccounts, []);
    assert.equal(codeOptions[0].remittanceNotice, null);
  });

  it('shows the deposit account and every loan for a deposit-and-loans center', async () => {
    const { codeOptions } = await optionsOf(ID.depositAndLoans);
    assert.equal(codeOptions.length, 1);
    assert.equal(codeOptions[0].situation, 'DEPOSIT_AND_LOANS');
    assert.deepEqual(
      codeOptions[0].loanAccounts.map((loan: { loanNumber: string }) => loan.loanNumber).sort(),
      ['SZ2016081100542', 'SZ2022031500187'],
    );
  });

  it('says 未查询到个人汇缴账号 for a loans-only center', async () => {
    const { codeOptions } = await optionsOf(ID.loansOnly);
    assert.equal(codeOptions[0].situation, 'LOANS_ONLY');
    assert.equal(codeOptions[0].depositAccount, null);
    assert.equal(codeOptions[0].remittanceNotice, '未查询到个人汇缴账号');
    assert.equal(codeOptions[0].loanAccounts[0].loanNumber, 'BJ2018060300911');
  });

  it('asks for a choice between a normal and a sealed account, labelling the sealed one', async () => {
    const { codeOptions, codeOptionsRequireChoice } = await optionsOf(ID.normalAndSealed);
    assert.equal(codeOptionsRequireChoice, true);
    assert.deepEqual(
      codeOptions.map((option: { label: string }) => option.label),
      ['深圳市住房公积金管理中心', '深圳市住房公积金管理中心（封存）'],
    );
  });

  it('offers each city for accounts in two cities, the loan city as loans only', async () => {
    const { codeOptions } = await optionsOf(ID.twoCities);
    const byCode = Object.fromEntries(
      codeOptions.map((option: any) => [option.center.code, option.situation]),
    );
    assert.deepEqual(byCode, { '310000': 'DEPOSIT_ONLY', '440300': 'LOANS_ONLY' });
  });

  it('returns the value once and stores only a keyed hash of it', async () => {
    const { token, code } = await applyFor(server.url, ID.oneAccount);
    const rows = await sql(server.databaseUrl, 'select * from ecode where id = $1', [code.id]);
    assert.equal(rows.length, 1);
    assert.ok(!JSON.stringify(rows).includes(code.value), 'the value is stored somewhere');
    assert.match(String(rows[0].value_hash), /^[0-9a-f]{64}$/);

    const listed = await gqlOk(
      server.url,
      '{ myCodes { nodes { id value qrSvg state } } }',
      {},
      token,
    );
    const mine = listed.myCodes.nodes.find((node: { id: string }) => node.id === code.id);
    assert.deepEqual(mine, { id: code.id, value: null, qrSvg: null, state: 'ACTIVE' });
  });

  it('ends the previous live code when a new one is issued (SUPERSEDED)', async () => {
    const first = await applyFor(server.url, ID.depositAndLoans);
    const second = await applyFor(server.url, ID.depositAndLoans);
    const { myCodes } = await gqlOk(
      server.url,
      '{ myCodes(first: 5) { nodes { id state } } }',
      {},
      second.token,
    );
    const states = Object.fromEntries(myCodes.nodes.map((n: any) => [n.id, n.state]));
    assert.equal(states[first.code.id], 'SUPERSEDED');
    assert.equal(states[second.code.id], 'ACTIVE');

    const clerk = await staffToken(server.url, 'sz_clerk');
    const refused = await redeem(server.url, clerk, first.code.value);
    assert.equal(refused.data.redeemCode.userErrors[0].code, 'CODE_REVOKED');
  });

  it('lets the employee revoke a live code, which then cannot be redeemed', async () => {
    const { token, code } = await applyFor(server.url, ID.loansOnly);
    const revoke = `mutation($input: RevokeCodeInput!) {
      revokeCode(input: $input) { code { id state } userErrors { code } } }`;
    const done = await gqlOk(server.url, revoke, { input: { id: code.id } }, token);
    assert.equal(done.revokeCode.code.state, 'REVOKED');
    const again = await gqlOk(server.url, revoke, { input: { id: code.id } }, token);
    assert.equal(again.revokeCode.userErrors[0].code, 'CODE_NOT_ACTIVE');

    const clerk = await staffToken(server.url, 'bj_clerk');
    const refused = await redeem(server.url, clerk, code.value);
    assert.equal(refused.data.redeemCode.userErrors[0].code, 'CODE_REVOKED');
  });

  it("does not let an employee revoke another employee's code", async () => {
    const { code } = await applyFor(server.url, ID.oneAccount);
    const other = await employeeToken(server.url, ID.twoCities);
    const result = await gqlOk(
      server.url,
      `mutation($input: RevokeCodeInput!) { revokeCode(input: $input) { userErrors { code } } }`,
      { input: { id: code.id } },
      other,
    );
    assert.equal(result.revokeCode.userErrors[0].code, 'CODE_NOT_ACTIVE');
    const rows = await sql(server.databaseUrl, 'select state from ecode where id = $1', [code.id]);
    assert.equal(rows[0].state, 'ACTIVE');
  });
});

describe('the face verification behind an application', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  async function attempt(idNumber: string, face: string) {
    const token = await employeeToken(server.url, idNumber);
    const { codeOptions } = await gqlOk(server.url, OPTIONS, {}, token);
    const result = await gqlOk(
      server.url,
      APPLY,
      { input: { optionId: codeOptions[0].id, faceVerificationToken: face } },
      token,
    );
    return result.applyCode;
  }

  const codeCount = async () =>
    Number((await sql(server.databaseUrl, 'select count(*)::int as n from ecode'))[0].n);

  it('is single use: a replayed token issues nothing', async () => {
    const token = await employeeToken(server.url, ID.oneAccount);
    const face = await faceToken(server.url, token);
    assert.equal((await attempt(ID.oneAccount, face)).userErrors.length, 0);
    const before = await codeCount();

    const replay = await attempt(ID.oneAccount, face);
    assert.equal(replay.code, null);
    assert.equal(replay.userErrors[0].code, 'FACE_VERIFICATION_USED');
    assert.equal(await codeCount(), before);
  });

  it('is bound to its subject: another person’s result is refused', async () => {
    const otherFace = await faceToken(server.url, await employeeToken(server.url, ID.twoCities));
    const result = await attempt(ID.oneAccount, otherFace);
    assert.equal(result.userErrors[0].code, 'FACE_VERIFICATION_INVALID');
    assert.equal(result.userErrors[0].field, 'faceVerificationToken');
  });

  it('is good for five minutes only', async () => {
    const face = await faceToken(server.url, await employeeToken(server.url, ID.loansOnly));
    server.setNow(new Date(Date.now() + 5 * 60_000 + 10_000));
    try {
      const result = await attempt(ID.loansOnly, face);
      assert.equal(result.userErrors[0].code, 'FACE_VERIFICATION_EXPIRED');
    } finally {
      server.setNow(null);
    }
  });

  it('must be for the purpose "apply e-code" and signed by the face service key', async () => {
    const demo = server.app.services.demo!;
    const now = Math.floor(Date.now() / 1000);
    const sign = (purpose: string, key = demo.privateKey) =>
      new SignJWT({ purpose })
        .setProtectedHeader({ alg: 'ES256' })
        .setSubject(ID.depositAndLoans)
        .setIssuer(server.app.services.config.identity.faceIssuer)
        .setAudience(server.app.services.config.identity.audience)
        .setJti(`test-${purpose}-${now}`)
        .setIssuedAt(now)
        .setExpirationTime(now + 300)
        .sign(key);

    const wrongPurpose = await attempt(ID.depositAndLoans, await sign('sign-in'));
    assert.equal(wrongPurpose.userErrors[0].code, 'FACE_VERIFICATION_INVALID');

    const forged = await (await import('jose')).generateKeyPair('ES256');
    const wrongKey = await attempt(
      ID.depositAndLoans,
      await sign('apply-ecode', forged.privateKey),
    );
    assert.equal(wrongKey.userErrors[0].code, 'FACE_VERIFICATION_INVALID');

    const garbage = await attempt(ID.depositAndLoans, 'not-a-token');
    assert.equal(garbage.userErrors[0].code, 'FACE_VERIFICATION_INVALID');
  });

  it('refuses an unknown option without spending the face verification', async () => {
    const token = await employeeToken(server.url, ID.oneAccount);
    const face = await faceToken(server.url, token);
    const wrong = await gql(
      server.url,
      APPLY,
      { input: { optionId: 'bm8tc3VjaC1vcHRpb24', faceVerificationToken: face } },
      token,
    );
    assert.equal(wrong.data.applyCode.userErrors[0].code, 'OPTION_NOT_FOUND');
    assert.equal((await attempt(ID.oneAccount, face)).userErrors.length, 0);
  });
});
