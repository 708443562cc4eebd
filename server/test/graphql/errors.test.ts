import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { employeeToken, gql } from '../support/client';
import { sql } from '../support/database';
import { ID } from '../support/journey';
import { startTestServer, type TestServer } from '../support/server';

const ALLOWED_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
];

/** Nothing that looks like a stack frame, a file path or SQL may reach a client. */
function assertNoInternals(body: string) {
  assert.doesNotMatch(body, /\bat [\w.<>]+ \(|node_modules|\.ts:\d+|stacktrace/i);
  assert.doesNotMatch(body, /\b(select|insert|update|delete)\b.+\b(from|into|set)\b/i);
}

async function post(url: string, body: string, contentType = 'application/json') {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  });
  return { status: response.status, text: await response.text() };
}

describe('errors a client can see', () => {
  let server: TestServer;
  before(async () => {
    delete process.env.NODE_ENV;
    server = await startTestServer();
  });
  after(() => server.close());

  it('answers a malformed JSON body with BAD_USER_INPUT and no internals', async () => {
    const { status, text } = await post(server.url, '{"query": "{ disclosureScope { key } ');
    assert.equal(status, 400);
    assert.equal(JSON.parse(text).errors[0].extensions.code, 'BAD_USER_INPUT');
    assertNoInternals(text);
  });

  it('answers unknown fields, bad syntax and wrong variable types with BAD_USER_INPUT', async () => {
    const token = await employeeToken(server.url, ID.oneAccount);
    const cases: [string, Record<string, unknown>][] = [
      ['{ codeOptions { id secretColumn } }', {}],
      ['{ codeOptions { id ', {}],
      ['query($n: Int) { myCodes(first: $n) { totalCount } }', { n: 'many' }],
      ['{ myCodes(first: 1000) { totalCount } }', {}],
      ['{ myCodes(after: "bm9wZQ") { totalCount } }', {}],
    ];
    for (const [query, variables] of cases) {
      const result = await gql(server.url, query, variables, token);
      assert.ok(result.errors?.length, query);
      assert.equal(result.errors[0].extensions?.code, 'BAD_USER_INPUT', query);
      assertNoInternals(JSON.stringify(result));
    }
  });

  it('answers input nested past the engine’s limit without the engine’s own words', async () => {
    const deep = '['.repeat(2000) + '"1"' + ']'.repeat(2000);
    const { text } = await post(
      server.url,
      JSON.stringify({
        query: `{ verifyForm(serialNumber: ${deep}, checkCode: "x") { genuine } }`,
      }),
    );
    assert.doesNotMatch(text, /Maximum call stack|RangeError/);
    assert.equal(JSON.parse(text).errors[0].extensions.code, 'BAD_USER_INPUT');
  });

  it('uses only the documented error codes', async () => {
    const results = await Promise.all([
      gql(server.url, '{ myCodes { totalCount } }'),
      gql(server.url, '{ me { username } }', {}, 'garbage'),
      gql(server.url, 'mutation { revokeCode(input: { id: 1 }) { userErrors { code } } }'),
      post(server.url, '[1, 2', 'application/json').then((r) => JSON.parse(r.text)),
    ]);
    for (const result of results) {
      for (const error of result.errors ?? []) {
        assert.ok(ALLOWED_CODES.includes(error.extensions?.code), JSON.stringify(error));
      }
    }
  });

  it('never runs an operation from a GET request', async () => {
    const response = await fetch(
      `${server.url}/graphql?query=${encodeURIComponent('{ disclosureScope { key } }')}`,
    );
    assert.equal(response.status, 405);
    assert.doesNotMatch(await response.text(), /基本信息/);
  });
});

describe('when the database cannot be reached', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await sql(
      server.databaseUrl.replace(/\/[^/]+$/, '/postgres'),
      `alter database ${dbName(server)} allow_connections true`,
    );
    await server.close();
  });

  function dbName(s: TestServer) {
    return new URL(s.databaseUrl).pathname.slice(1);
  }

  it('answers SERVICE_UNAVAILABLE, and recovers when the database is back', async () => {
    const token = await employeeToken(server.url, ID.oneAccount);
    const admin = server.databaseUrl.replace(/\/[^/]+$/, '/postgres');
    await sql(admin, `alter database ${dbName(server)} allow_connections false`);
    await sql(admin, 'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [
      dbName(server),
    ]);

    const down = await gql(server.url, '{ codeOptions { id } }', {}, token);
    assert.equal(down.errors?.[0].extensions?.code, 'SERVICE_UNAVAILABLE');
    assertNoInternals(JSON.stringify(down));

    await sql(admin, `alter database ${dbName(server)} allow_connections true`);
    const back = await gql(server.url, '{ codeOptions { id } }', {}, token);
    assert.equal(back.errors, undefined);
  });
});
