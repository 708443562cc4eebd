import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import WebSocket from 'ws';
import { collect, employeeToken, staffToken, wsClient } from '../support/client';
import { applyFor, ID, redeem } from '../support/journey';
import { startTestServer, type TestServer } from '../support/server';

const EVENTS = `subscription($after: ID) { codeEvents(after: $after) { id type code { id state }
  usageRecord { clerkNumber institution { name } } } }`;

/** Opens a raw graphql-ws socket and resolves to the close code the server chose. */
function closeCodeFor(wsUrl: string, payload: unknown) {
  return new Promise<number>((resolve, reject) => {
    const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
    const timer = setTimeout(() => reject(new Error('socket stayed open')), 5000);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload })));
    socket.on('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

describe('live code events', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('closes a socket without a valid employee token with 4401', async () => {
    assert.equal(await closeCodeFor(server.wsUrl, {}), 4401);
    assert.equal(await closeCodeFor(server.wsUrl, { authorization: 'Bearer nonsense' }), 4401);
    const clerk = await staffToken(server.url, 'sz_clerk');
    assert.equal(await closeCodeFor(server.wsUrl, { authorization: `Bearer ${clerk}` }), 4401);
  });

  it("never delivers another employee's events", async () => {
    const a = await applyFor(server.url, ID.depositAndLoans);
    const bToken = await employeeToken(server.url, ID.normalAndSealed);
    const aClient = wsClient(server.wsUrl, a.token);
    const bClient = wsClient(server.wsUrl, bToken);
    const aEvents = collect<any>(aClient, EVENTS);
    const bEvents = collect<any>(bClient, EVENTS);
    await new Promise((resolve) => setTimeout(resolve, 200));

    const clerk = await staffToken(server.url, 'sz_clerk');
    await redeem(server.url, clerk, a.code.value);
    await aEvents.waitFor(1);
    // B's own event afterwards proves B's stream is live and would have shown A's.
    await applyFor(server.url, ID.normalAndSealed);
    const bCode = await applyFor(server.url, ID.normalAndSealed);
    await bEvents.waitFor(1);
    assert.equal(aEvents.items.length, 1);
    assert.equal(aEvents.items[0].codeEvents.code.id, a.code.id);
    assert.ok(bEvents.items.every((item) => item.codeEvents.code.id !== a.code.id));
    assert.ok(bCode.code.id);
    await Promise.all([aClient.dispose(), bClient.dispose()]);
  });

  it('delivers an event that commits while the subscription is starting (no gap)', async () => {
    for (let round = 0; round < 5; round += 1) {
      const { token, code } = await applyFor(server.url, ID.oneAccount);
      const clerk = await staffToken(server.url, 'gz_clerk');
      const client = wsClient(server.wsUrl, token);
      await new Promise((resolve) => client.on('connected', resolve));
      // The subscribe message and the redemption leave at once; nothing waits in between.
      const events = collect<any>(client, EVENTS);
      await redeem(server.url, clerk, code.value);
      await events.waitFor(1, 3000);
      assert.equal(events.items[0].codeEvents.code.id, code.id);
      await client.dispose();
    }
  });

  it('replays events after a given event id, each once', async () => {
    const first = await applyFor(server.url, ID.loansOnly);
    const second = await applyFor(server.url, ID.loansOnly);
    const clerk = await staffToken(server.url, 'bj_clerk');
    await redeem(server.url, clerk, second.code.value);

    const client = wsClient(server.wsUrl, second.token);
    const replay = collect<any>(client, EVENTS, { after: '0' });
    await replay.waitFor(2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const seen = replay.items.map((i) => `${i.codeEvents.type}:${i.codeEvents.code.id}`);
    assert.deepEqual(seen, [`SUPERSEDED:${first.code.id}`, `REDEEMED:${second.code.id}`]);

    const fromMiddle = collect<any>(client, EVENTS, { after: replay.items[0].codeEvents.id });
    await fromMiddle.waitFor(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(fromMiddle.items.length, 1);
    assert.equal(fromMiddle.items[0].codeEvents.type, 'REDEEMED');
    await client.dispose();
  });
});

describe('events across server instances', () => {
  let one: TestServer;
  let two: TestServer;
  before(async () => {
    one = await startTestServer();
    two = await startTestServer({ databaseUrl: one.databaseUrl, dataDir: one.dataDir });
  });
  after(async () => {
    await two.close();
    await one.close();
  });

  it('notifies a subscriber on one instance of a redemption made through the other', async () => {
    const { token, code } = await applyFor(one.url, ID.normalAndSealed);
    const client = wsClient(one.wsUrl, token);
    const events = collect<any>(client, EVENTS);
    await new Promise((resolve) => setTimeout(resolve, 200));

    const clerk = await staffToken(two.url, 'sz_clerk');
    const result = await redeem(two.url, clerk, code.value);
    assert.deepEqual(result.data.redeemCode.userErrors, []);

    await events.waitFor(1);
    assert.equal(events.items[0].codeEvents.type, 'REDEEMED');
    assert.equal(events.items[0].codeEvents.usageRecord.clerkNumber, 'SZ0101');
    await client.dispose();
  });

  it('lets exactly one of two instances redeem a code raced through both', async () => {
    const { code } = await applyFor(one.url, ID.depositAndLoans);
    const [c1, c2] = await Promise.all([
      staffToken(one.url, 'sz_clerk'),
      staffToken(two.url, 'sz_admin'),
    ]);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 2 ? redeem(one.url, c1, code.value) : redeem(two.url, c2, code.value),
      ),
    );
    assert.equal(results.filter((r) => r.data.redeemCode.form).length, 1);
  });
});
