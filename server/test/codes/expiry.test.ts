import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { expiryFor } from '../../src/codes/expiry';
import { expireDueCodes, startExpirySweeper } from '../../src/codes/expiry-sweeper';
import { collect, staffToken, wsClient } from '../support/client';
import { startChildServer } from '../support/child-server';
import { createTestDatabase, sql } from '../support/database';
import { applyFor, ID, redeem } from '../support/journey';
import { startTestServer, type TestServer } from '../support/server';

describe('expiry at 24:00 China Standard Time', () => {
  it('computes the next midnight in Asia/Shanghai from any instant', () => {
    // 23:59:59 in China is 15:59:59 UTC; the day ends one second later.
    assert.equal(
      expiryFor(new Date('2026-12-04T15:59:59Z')).toISOString(),
      '2026-12-04T16:00:00.000Z',
    );
    // 00:00:00 China time starts a new day, which ends 24 hours later.
    assert.equal(
      expiryFor(new Date('2026-12-04T16:00:00Z')).toISOString(),
      '2026-12-05T16:00:00.000Z',
    );
    // Late evening in UTC is already the next morning in China.
    assert.equal(
      expiryFor(new Date('2026-12-31T23:30:00Z')).toISOString(),
      '2027-01-01T16:00:00.000Z',
    );
  });

  describe('through the API', () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer();
    });
    after(() => server.close());

    it('refuses a code issued at 23:59:59 once 24:00 has passed', async () => {
      server.setNow(new Date('2026-12-04T15:59:59Z'));
      try {
        const { code } = await applyFor(server.url, ID.normalAndSealed);
        assert.equal(code.expiresAt, '2026-12-04T16:00:00.000Z');

        const clerk = await staffToken(server.url, 'sz_clerk');
        server.setNow(new Date('2026-12-04T16:00:01Z'));
        const late = await redeem(server.url, clerk, code.value);
        assert.equal(late.data.redeemCode.userErrors[0].code, 'CODE_EXPIRED');
        assert.equal(late.data.redeemCode.form, null);
      } finally {
        server.setNow(null);
      }
    });

    it('still accepts the code one second before 24:00', async () => {
      server.setNow(new Date('2026-12-05T15:59:58Z'));
      try {
        const { code } = await applyFor(server.url, ID.depositAndLoans);
        const clerk = await staffToken(server.url, 'sz_clerk');
        server.setNow(new Date('2026-12-05T15:59:59Z'));
        const inTime = await redeem(server.url, clerk, code.value);
        assert.deepEqual(inTime.data.redeemCode.userErrors, []);
      } finally {
        server.setNow(null);
      }
    });

    it('marks a code EXPIRED at the sweep and tells the employee live', async () => {
      const { token, code } = await applyFor(server.url, ID.loansOnly);
      const client = wsClient(server.wsUrl, token);
      const events = collect<any>(client, 'subscription { codeEvents { type code { id state } } }');
      await new Promise((resolve) => setTimeout(resolve, 200));

      // Time passes: the code's day is over.
      await sql(
        server.databaseUrl,
        `update ecode set expires_at = now() - interval '1 second' where id = $1`,
        [code.id],
      );
      assert.ok((await expireDueCodes(server.app.services.orm, new Date())) >= 1);

      await events.waitFor(1);
      assert.deepEqual(events.items[0].codeEvents, {
        type: 'EXPIRED',
        code: { id: code.id, state: 'EXPIRED' },
      });
      assert.equal(await expireDueCodes(server.app.services.orm, new Date()), 0);
      await client.dispose();
    });
  });

  it('expires every due code in one sweep, however many batches that takes', async () => {
    const server = await startTestServer();
    try {
      const people = Object.values(ID);
      for (const person of people) await applyFor(server.url, person);
      server.setNow(new Date(Date.now() + 2 * 24 * 3600_000));
      const { orm, log, now } = server.app.services;
      const sweeper = startExpirySweeper(orm, log, now, 2);
      await sweeper.sweep();
      sweeper.stop();

      const rows = await sql(
        server.databaseUrl,
        'select state, count(*)::int as n from ecode group by state',
      );
      assert.deepEqual(rows, [{ state: 'EXPIRED', n: people.length }]);
    } finally {
      await server.close();
    }
  });

  it('holds when the server runs with TZ=America/Los_Angeles', async () => {
    const database = await createTestDatabase();
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hpf-tz-'));
    const server = await startChildServer({
      TZ: 'America/Los_Angeles',
      DATABASE_URL: database.url,
      DATA_DIR: dataDir,
    });
    try {
      const { code } = await applyFor(server.url, ID.oneAccount);
      const issuedAt = new Date(code.issuedAt);
      assert.equal(code.expiresAt, expiryFor(issuedAt).toISOString());
      // Midnight in China is 16:00 UTC, whatever the server's zone.
      assert.match(code.expiresAt, /T16:00:00\.000Z$/);
      const remaining = new Date(code.expiresAt).getTime() - issuedAt.getTime();
      assert.ok(remaining > 0 && remaining <= 24 * 3600_000);
    } finally {
      await server.stop();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
