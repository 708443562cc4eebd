import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { gql, staffToken } from '../support/client';
import { sql } from '../support/database';
import { applyFor, ID } from '../support/journey';
import { startTestServer, type TestServer } from '../support/server';

const ALLOWED_ORIGIN = 'https://console.example.test';

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text };
}

/** Paths with a GET handler, from the tree `printRoutes` draws. */
function getRoutes(server: TestServer) {
  const stack: string[] = [];
  const paths: string[] = [];
  for (const line of server.app.fastify.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^([│ ]*)[├└]── (\S+) \(([^)]*)\)/.exec(line);
    if (!match) continue;
    const level = match[1].length / 4;
    stack.length = level;
    stack.push(match[2]);
    const path = stack.join('/').replace(/\/+/g, '/');
    if (match[3].split(', ').includes('GET')) paths.push(path);
  }
  return paths;
}

function aliasedRedeems(count: number, value: string) {
  const fields = Array.from(
    { length: count },
    (_, i) => `a${i}: redeemCode(input: { code: "${i === count - 1 ? value : '0'.repeat(20)}" }) {
      form { serialNumber } }`,
  );
  return `mutation { ${fields.join('\n')} }`;
}

describe('request limits', () => {
  let server: TestServer;
  let clerk: string;
  before(async () => {
    server = await startTestServer({ env: { CORS_ORIGINS: ALLOWED_ORIGIN } });
    clerk = await staffToken(server.url, 'sz_clerk');
  });
  after(() => server.close());

  /** Refused before any code is looked up: the code is still live and nothing was counted. */
  async function assertUntouched(codeId: string) {
    const [code] = await sql(server.databaseUrl, 'select state from ecode where id = $1', [codeId]);
    assert.equal(code.state, 'ACTIVE');
    const redemptions = await sql(
      server.databaseUrl,
      'select 1 from redemption where code_id = $1',
      [codeId],
    );
    assert.equal(redemptions.length, 0);
    const counters = await sql(
      server.databaseUrl,
      "select 1 from attempt_counter where subject like 'redeem:%' and count > 0",
    );
    assert.equal(counters.length, 0);
  }

  it('refuses 500 aliased redeemCode fields, and even two, before any code is looked up', async () => {
    const { code } = await applyFor(server.url, ID.depositAndLoans);
    for (const count of [500, 2]) {
      const result = await gql(server.url, aliasedRedeems(count, code.value), {}, clerk);
      assert.equal(result.data, undefined, `${count} aliases`);
      assert.equal(result.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    }
    await assertUntouched(code.id);
  });

  it('counts redeemCode through fragments and inline fragments too', async () => {
    const { code } = await applyFor(server.url, ID.depositAndLoans);
    const redeemField = `redeemCode(input: { code: "${code.value}" }) { form { serialNumber } }`;
    const documents = [
      `mutation { ...A ...B } fragment A on Mutation { a: ${redeemField} }
       fragment B on Mutation { b: ${redeemField} }`,
      `mutation { ... on Mutation { a: ${redeemField} } ... on Mutation { b: ${redeemField} } }`,
      `mutation { ...A } fragment A on Mutation { a: ${redeemField} ...B }
       fragment B on Mutation { b: ${redeemField} }`,
    ];
    for (const document of documents) {
      const result = await gql(server.url, document, {}, clerk);
      assert.equal(result.errors?.[0].extensions?.code, 'BAD_USER_INPUT', document);
    }
    await assertUntouched(code.id);
  });

  it('refuses a JSON array of 500 operations before any code is looked up', async () => {
    const { code } = await applyFor(server.url, ID.depositAndLoans);
    const operation = {
      query: 'mutation($c: String!) { redeemCode(input: { code: $c }) { form { serialNumber } } }',
      variables: { c: code.value },
    };
    const response = await post(
      server.url,
      JSON.stringify(Array.from({ length: 500 }, () => operation)),
      { authorization: `Bearer ${clerk}` },
    );
    assert.equal(response.status, 400);
    await assertUntouched(code.id);
  });

  it('refuses queries that are too costly, too aliased or too long', async () => {
    const pages = Array.from(
      { length: 3 },
      (_, i) => `c${i}: centerRedemptions(first: 100) { nodes { id queriedAt outcome holderName
        idNumberMasked serialNumber clerk { id name username staffNumber center { id name code } }
        center { id name } } }`,
    );
    const documents = {
      costly: `{ ${pages.join(' ')} }`,
      aliased: `{ ${Array.from({ length: 25 }, (_, i) => `d${i}: disclosureScope { title }`).join(' ')} }`,
      tokens: `{ disclosureScope { ${'title '.repeat(3000)} } }`,
    };
    for (const [name, document] of Object.entries(documents)) {
      const result = await gql(server.url, document, {}, clerk);
      assert.equal(result.data, undefined, name);
      assert.equal(result.errors?.[0].extensions?.code, 'BAD_USER_INPUT', name);
      assert.match(result.errors![0].message, /limit|tokens/i, name);
    }
  });

  it('refuses a body over 256 KiB and a NUL in any text value, without a fault', async () => {
    const big = await post(server.url, JSON.stringify({ query: `{ ${' '.repeat(300_000)} }` }));
    assert.equal(big.status, 413);
    for (const variables of [{ u: 'a\u0000b' }, { u: '\ud800x' }, { u: 'x'.repeat(5000) }]) {
      const result = await gql(
        server.url,
        'mutation($u: String!) { staffLogin(input: { username: $u, password: "p" }) { token } }',
        variables,
      );
      assert.equal(result.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    }
    const literal = await gql(
      server.url,
      '{ verifyForm(serialNumber: "a\\u0000", checkCode: "b") { genuine } }',
    );
    assert.equal(literal.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
  });

  it('never changes state on GET, and asks for a preflight on cross-site POSTs (CSRF)', async () => {
    const { code } = await applyFor(server.url, ID.depositAndLoans);
    const mutation = `mutation { redeemCode(input: { code: "${code.value}" }) { form { serialNumber } } }`;
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent(mutation)}`, {
      headers: { authorization: `Bearer ${clerk}`, 'apollo-require-preflight': 'true' },
    });
    assert.equal(get.status, 405);

    const simple = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${clerk}` },
      body: JSON.stringify({ query: mutation }),
    });
    assert.ok(simple.status >= 400 && simple.status < 500, `status ${simple.status}`);
    await assertUntouched(code.id);

    // Every GET route, read from Fastify's own route tree, serves something read-only.
    assert.deepEqual(getRoutes(server).sort(), [
      '/',
      '/console',
      '/console/*',
      '/dev/demo-people',
      '/graphql',
      '/healthz',
    ]);
  });

  it('sends CORS headers to listed origins only, and security headers to everyone', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,authorization',
        },
      });
    const allowed = await preflight(ALLOWED_ORIGIN);
    assert.equal(allowed.headers.get('access-control-allow-origin'), ALLOWED_ORIGIN);
    const other = await preflight('https://evil.example.test');
    assert.equal(other.headers.get('access-control-allow-origin'), null);

    const page = await fetch(`${server.url}/console/`);
    const csp = page.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.match(csp, /object-src 'none'/);
    assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(page.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(page.headers.get('x-frame-options'), 'DENY');
  });

  it('serves only subscriptions on the WebSocket, under the same limits', async () => {
    const employee = (await applyFor(server.url, ID.oneAccount)).token;
    const client = createClient({
      url: server.wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${employee}` },
    });
    const run = (query: string) =>
      new Promise<unknown>((resolve) => {
        client.subscribe({ query }, { next: resolve, error: resolve, complete: () => undefined });
      });
    for (const query of [
      '{ myCodes { totalCount } }',
      'mutation { revokeCode(input: { id: "x" }) { userErrors { code } } }',
      `subscription { ${Array.from({ length: 25 }, (_, i) => `e${i}: codeEvents { id }`).join(' ')} }`,
    ]) {
      const outcome = await run(query);
      const errors = Array.isArray(outcome) ? outcome : (outcome as { errors?: unknown[] }).errors;
      assert.ok(errors && errors.length > 0, query);
      assert.equal(
        (errors[0] as { extensions?: { code?: string } }).extensions?.code,
        'BAD_USER_INPUT',
      );
    }
    await client.dispose();
  });

  it('holds at most 5 subscriptions on one socket', async () => {
    const employee = (await applyFor(server.url, ID.twoCities)).token;
    const client = createClient({
      url: server.wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${employee}` },
    });
    const outcomes: string[] = [];
    const stops = Array.from({ length: 6 }, () =>
      client.subscribe(
        { query: 'subscription { codeEvents { id } }' },
        {
          next: () => outcomes.push('event'),
          error: (error) => outcomes.push(JSON.stringify(error)),
          complete: () => undefined,
        },
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(outcomes.length, 1);
    assert.match(outcomes[0], /At most 5 subscriptions/);
    stops.forEach((stop) => stop());
    await client.dispose();
  });
});
