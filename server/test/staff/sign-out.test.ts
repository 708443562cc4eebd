import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gql, gqlOk, staffToken } from '../support/client';
import { startTestServer, type TestServer } from '../support/server';

describe('signing out', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  const me = (token: string) => gql(server.url, '{ me { username } }', {}, token);

  it('ends only this session by default, and every session with everywhere: true', async () => {
    const [counter, office, spare] = await Promise.all([
      staffToken(server.url, 'sh_clerk'),
      staffToken(server.url, 'sh_clerk'),
      staffToken(server.url, 'sh_clerk'),
    ]);
    await gqlOk(server.url, 'mutation { staffLogout { ended } }', {}, counter);
    assert.equal((await me(counter)).errors?.[0].extensions?.code, 'UNAUTHENTICATED');
    assert.equal((await me(office)).data.me.username, 'sh_clerk');

    const out = await gqlOk(
      server.url,
      'mutation { staffLogout(input: { everywhere: true }) { ended } }',
      {},
      office,
    );
    assert.equal(out.staffLogout.ended, true);
    for (const token of [office, spare]) {
      assert.equal((await me(token)).errors?.[0].extensions?.code, 'UNAUTHENTICATED');
    }
  });
});
