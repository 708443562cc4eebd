import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gqlOk } from '../support/client';
import { applyFor, ID } from '../support/journey';
import { startTestServer, type TestServer } from '../support/server';

const PAGE = `query($after: String) { myCodes(first: 2, after: $after) {
  totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`;

describe('paged lists', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('walk every item once, newest first, page after page', async () => {
    const issued: string[] = [];
    let token = '';
    for (let i = 0; i < 5; i += 1) {
      const applied = await applyFor(server.url, ID.oneAccount);
      issued.unshift(applied.code.id);
      token = applied.token;
    }

    const seen: string[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 5; pages += 1) {
      const data: any = await gqlOk(server.url, PAGE, { after: cursor }, token);
      const { myCodes } = data;
      assert.equal(myCodes.totalCount, 5);
      seen.push(...myCodes.nodes.map((node: { id: string }) => node.id));
      if (!myCodes.pageInfo.hasNextPage) break;
      cursor = myCodes.pageInfo.endCursor;
    }
    assert.deepEqual(seen, issued);
  });
});
