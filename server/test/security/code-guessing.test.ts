import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { staffToken } from '../support/client';
import { sql } from '../support/database';
import { applyFor, ID, redeem } from '../support/journey';
import { startTestServer, type TestServer } from '../support/server';

const WINDOW_MS = 5 * 60_000;

/** A typed value of 20 digits that was never issued. */
const guess = (i: number) => String(10_000_000_000 + i).padStart(20, '7');

function outcome(result: Awaited<ReturnType<typeof redeem>>) {
  if (result.errors?.length) return String(result.errors[0].extensions?.code);
  return result.data.redeemCode.userErrors[0]?.code ?? 'REDEEMED';
}

describe('code guessing', () => {
  let one: TestServer;
  let two: TestServer;
  before(async () => {
    one = await startTestServer();
    two = await startTestServer({ databaseUrl: one.databaseUrl, dataDir: one.dataDir });
  });
  beforeEach(() => {
    // A fresh window of the limit for each test, so counts from other tests never mix in.
    const later = Date.now() + (1 + Math.floor(Math.random() * 1000)) * WINDOW_MS;
    const start = new Date(Math.floor(later / WINDOW_MS) * WINDOW_MS + 1000);
    one.setNow(start);
    two.setNow(start);
  });
  after(async () => {
    await two.close();
    await one.close();
  });

  it('refuses a clerk after 10 codes not found in 5 minutes, with a retry time, and logs it', async () => {
    const clerk = await staffToken(one.url, 'sz_clerk');
    const { code } = await applyFor(one.url, ID.depositAndLoans);
    for (let i = 0; i < 10; i += 1) {
      assert.equal(outcome(await redeem(one.url, clerk, guess(i))), 'CODE_NOT_FOUND');
    }
    const refused = await redeem(one.url, clerk, code.value);
    assert.equal(outcome(refused), 'RATE_LIMITED');
    const retry = refused.errors![0].extensions?.retryAfterSeconds as number;
    assert.ok(retry > 0 && retry <= 300, `retryAfterSeconds ${retry}`);
    assert.match(refused.errors![0].message, /[\u4e00-\u9fff]/);

    const raw = await fetch(`${one.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${clerk}` },
      body: JSON.stringify({
        query: 'mutation($c: String!) { redeemCode(input: { code: $c }) { redemptionId } }',
        variables: { c: code.value },
      }),
    });
    assert.equal(raw.status, 429);
    assert.equal(Number(raw.headers.get('retry-after')), retry);
    assert.equal((await raw.json()).errors[0].extensions.http, undefined);

    const [row] = await sql(one.databaseUrl, 'select state from ecode where id = $1', [code.id]);
    assert.equal(row.state, 'ACTIVE');
    const events = one.logs.map((line) => JSON.parse(line)).filter((e) => e.event === 'security');
    assert.ok(events.some((e) => e.threat === 'code_guessing' && e.staffId));

    const now = one.app.services.now();
    one.setNow(new Date(now.getTime() + retry * 1000));
    assert.equal(outcome(await redeem(one.url, clerk, code.value)), 'REDEEMED');
  });

  it('counts across server instances sharing the database', async () => {
    const clerkOne = await staffToken(one.url, 'gz_clerk');
    const clerkTwo = await staffToken(two.url, 'gz_clerk');
    for (let i = 0; i < 5; i += 1) {
      assert.equal(outcome(await redeem(one.url, clerkOne, guess(i))), 'CODE_NOT_FOUND');
      assert.equal(outcome(await redeem(two.url, clerkTwo, guess(i))), 'CODE_NOT_FOUND');
    }
    assert.equal(outcome(await redeem(one.url, clerkOne, guess(99))), 'RATE_LIMITED');
    assert.equal(outcome(await redeem(two.url, clerkTwo, guess(99))), 'RATE_LIMITED');
  });

  it('lets exactly 10 of 50 parallel guesses by one clerk be looked up', async () => {
    const clerk = await staffToken(one.url, 'bj_clerk');
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => redeem(i % 2 ? one.url : two.url, clerk, guess(i))),
    );
    const outcomes = results.map(outcome);
    assert.equal(outcomes.filter((o) => o === 'CODE_NOT_FOUND').length, 10);
    assert.equal(outcomes.filter((o) => o === 'RATE_LIMITED').length, 40);
  });

  it('limits an address to 30 codes not found, however many clerks share it', async () => {
    const usernames = ['sh_clerk', 'sz_admin', 'sz_clerk', 'gz_clerk', 'bj_clerk'];
    const clerks = await Promise.all(usernames.map((u) => staffToken(one.url, u)));
    // Platform administrators do not redeem; a refusal for the role is no guess.
    const admin = await staffToken(one.url, 'platform_admin');
    assert.equal(outcome(await redeem(one.url, admin, guess(0))), 'FORBIDDEN');

    for (let sent = 0; sent < 30; sent += 1) {
      const clerk = clerks[Math.floor(sent / 9)];
      assert.equal(outcome(await redeem(one.url, clerk, guess(sent))), 'CODE_NOT_FOUND');
    }
    assert.equal(outcome(await redeem(one.url, clerks[4], guess(31))), 'RATE_LIMITED');
  });

  it('does not count codes that exist, used or for another center, as guesses', async () => {
    const clerk = await staffToken(one.url, 'sz_clerk');
    const other = await staffToken(one.url, 'gz_clerk');
    const { code } = await applyFor(one.url, ID.depositAndLoans);
    for (let i = 0; i < 12; i += 1) {
      assert.equal(outcome(await redeem(one.url, other, code.value)), 'CODE_WRONG_CENTER');
    }
    assert.equal(outcome(await redeem(one.url, clerk, code.value)), 'REDEEMED');
    for (let i = 0; i < 12; i += 1) {
      assert.equal(outcome(await redeem(one.url, clerk, code.value)), 'CODE_ALREADY_USED');
    }
  });
});
