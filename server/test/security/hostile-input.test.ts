import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { getNamedType, isObjectType, type GraphQLField } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { appSchema } from '../../src/graphql/schema';
import { employeeToken, staffToken } from '../support/client';
import { sql } from '../support/database';
import { applyFor, ID, redeem } from '../support/journey';
import { startTestServer, type TestServer } from '../support/server';
import { MATRIX, type Actor } from './authorization-matrix';
import { hostileValue } from './support/hostile-values';

/** Runs per operation; with about 25 operations this stays well under a minute. */
const RUNS = 25;
const REQUEST_TIMEOUT_MS = 5000;
const CLEAR_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'RATE_LIMITED']);
/** Operations whose purpose is to create something, so a lucky valid input changes state. */
const CREATES = new Set(['createCenter', 'createStaff', 'issueCenterApiKey', 'importAccountData']);
/** Tables that change on every request by design: counters and last-seen times. */
const VOLATILE = new Set(['attempt_counter', 'staff_session', 'mikro_orm_migrations']);
/** The caller who gets furthest into each operation: the first allowed in this order. */
const CALLERS: Actor[] = ['employeeA', 'clerkX', 'centerAdminX', 'platformAdmin', 'anonymous'];

interface Outcome {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  ms: number;
}

async function send(url: string, body: string, token: string | null): Promise<Outcome> {
  const started = Date.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text), ms: Date.now() - started };
}

/** A clear answer: data, or errors whose codes a client can act on; never a fault. */
function assertClear(outcome: Outcome, what: string) {
  assert.ok(outcome.status < 500, `${what}: HTTP ${outcome.status}`);
  for (const error of outcome.body.errors ?? []) {
    const code = error.extensions?.code ?? '';
    assert.ok(CLEAR_CODES.has(code), `${what}: ${code} ${error.message}`);
    assert.ok(error.message.length > 0 && !/at .+\.ts:\d+|SELECT|INSERT/i.test(error.message));
  }
  if (!outcome.body.errors?.length)
    assert.ok(outcome.body.data, `${what}: neither data nor errors`);
}

function selectionFor(field: GraphQLField<unknown, unknown>) {
  const type = getNamedType(field.type);
  if (!isObjectType(type)) return '';
  return type.getFields().userErrors
    ? '{ __typename userErrors { code message } }'
    : '{ __typename }';
}

/** A digest of every table's rows, to show that refused input changed nothing. */
async function stateOf(databaseUrl: string) {
  const tables = await sql<{ table_name: string }>(
    databaseUrl,
    "select table_name from information_schema.tables where table_schema = 'public' order by 1",
  );
  const digests: Record<string, string> = {};
  for (const { table_name: table } of tables) {
    if (VOLATILE.has(table)) continue;
    const [row] = await sql<{ digest: string | null }>(
      databaseUrl,
      `select md5(coalesce(string_agg(md5(t::text), '' order by md5(t::text)), '')) as digest
       from "${table}" t`,
    );
    digests[table] = row.digest ?? '';
  }
  return digests;
}

describe('hostile input', () => {
  let server: TestServer;
  let tokens: Record<Actor, string | null>;
  before(async () => {
    server = await startTestServer();
    tokens = {
      anonymous: null,
      employeeA: await employeeToken(server.url, ID.depositAndLoans),
      employeeB: await employeeToken(server.url, ID.oneAccount),
      clerkX: await staffToken(server.url, 'sz_clerk'),
      clerkY: await staffToken(server.url, 'gz_clerk'),
      centerAdminX: await staffToken(server.url, 'sz_admin'),
      platformAdmin: await staffToken(server.url, 'platform_admin'),
      deactivatedClerk: null,
      centerSystemX: null,
    };
    // Something to find, so that a lucky value could reach real rows.
    const { code } = await applyFor(server.url, ID.depositAndLoans);
    await redeem(server.url, tokens.clerkX!, code.value);
    await applyFor(server.url, ID.depositAndLoans);
  });
  after(() => server.close());

  it('answers random, oversized, malformed and odd-Unicode arguments clearly, and changes nothing', async () => {
    const schema = await appSchema();
    const roots = [
      ['query', schema.getQueryType()],
      ['mutation', schema.getMutationType()],
    ] as const;
    const started = Date.now();
    let requests = 0;

    for (const [kind, type] of roots) {
      for (const field of Object.values(type!.getFields())) {
        if (field.args.length === 0) continue;
        const caller =
          CALLERS.find((actor) => MATRIX[field.name]?.[actor] !== 'no') ?? 'platformAdmin';
        const variables = field.args.map((arg, i) => `$a${i}: ${String(arg.type)}`).join(', ');
        const args = field.args.map((arg, i) => `${arg.name}: $a${i}`).join(', ');
        const query = `${kind} Fuzz(${variables}) { ${field.name}(${args}) ${selectionFor(field)} }`;
        const values = fc.tuple(...field.args.map((arg) => hostileValue(arg.type)));
        const before = CREATES.has(field.name) ? null : await stateOf(server.databaseUrl);

        await fc.assert(
          fc.asyncProperty(values, async (generated) => {
            const input = Object.fromEntries(generated.map((value, i) => [`a${i}`, value]));
            // Imports are only ever tried, never applied.
            if (field.name === 'importAccountData' && input.a0 && typeof input.a0 === 'object') {
              (input.a0 as Record<string, unknown>).dryRun = true;
            }
            const outcome = await send(
              server.url,
              JSON.stringify({ query, variables: input }),
              tokens[caller],
            );
            requests += 1;
            assertClear(outcome, `${field.name} as ${caller}`);
            assert.ok(outcome.ms < REQUEST_TIMEOUT_MS);
          }),
          { numRuns: RUNS, endOnFailure: true },
        );

        if (before) {
          assert.deepEqual(
            await stateOf(server.databaseUrl),
            before,
            `${field.name} changed state`,
          );
        }
      }
    }
    assert.ok(requests > 100);
    assert.ok(Date.now() - started < 120_000);
    const faults = server.logs.filter((line) => JSON.parse(line).level >= 50);
    assert.deepEqual(faults, []);
  });

  it('answers hostile subscription arguments clearly on the WebSocket', async () => {
    const schema = await appSchema();
    const client = createClient({
      url: server.wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${tokens.employeeA}` },
    });
    for (const field of Object.values(schema.getSubscriptionType()!.getFields())) {
      const variables = field.args.map((arg, i) => `$a${i}: ${String(arg.type)}`).join(', ');
      const args = field.args.map((arg, i) => `${arg.name}: $a${i}`).join(', ');
      const query = `subscription Fuzz(${variables}) { ${field.name}(${args}) { __typename } }`;
      await fc.assert(
        fc.asyncProperty(
          fc.tuple(...field.args.map((arg) => hostileValue(arg.type))),
          async (generated) => {
            const variableValues = Object.fromEntries(
              generated.map((value, i) => [`a${i}`, value]),
            );
            // Either refused with a clear error, or subscribed: then nothing arrives in 200 ms.
            const answer = await new Promise<unknown>((resolve) => {
              const stop = client.subscribe(
                { query, variables: variableValues },
                { next: resolve, error: resolve, complete: () => resolve('complete') },
              );
              setTimeout(() => {
                stop();
                resolve('subscribed');
              }, 200);
            });
            const errors = Array.isArray(answer)
              ? answer
              : ((answer as { errors?: unknown[] })?.errors ?? []);
            for (const error of errors as { extensions?: { code?: string }; message: string }[]) {
              assert.ok(CLEAR_CODES.has(error.extensions?.code ?? ''), error.message);
            }
          },
        ),
        { numRuns: RUNS, endOnFailure: true },
      );
    }
    await client.dispose();
  });

  it('answers malformed request bodies clearly', async () => {
    const bodies = [
      '',
      '{',
      'null',
      '[]',
      '"query"',
      '{"query": 5}',
      '{"query": "{ disclosureScope { title } }", "variables": "x"}',
      '{"query": "{ disclosureScope { title } }", "variables": [1]}',
      '{"query": "{ disclosureScope { title } }", "operationName": 5}',
      '{"query": "{ disclosureScope { title } }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "00"}}}',
      `{"query": "{ disclosureScope { title } }", "variables": ${'['.repeat(5000)}${']'.repeat(5000)}}`,
      '{"query": "\\u0000"}',
      `{"query": "${'{'.repeat(3000)}"}`,
      '{"query": "query A { me { id } } query A { me { id } }"}',
      '{"query": "subscription { codeEvents { id } }"}',
    ];
    for (const body of bodies) {
      const started = Date.now();
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      assert.ok(response.status < 500, `${body.slice(0, 60)}: HTTP ${response.status}`);
      const parsed = JSON.parse(await response.text());
      assert.ok(parsed.errors?.length, body.slice(0, 60));
      for (const error of parsed.errors) {
        assert.ok(
          CLEAR_CODES.has(error.extensions?.code),
          `${body.slice(0, 60)}: ${error.message}`,
        );
      }
      assert.ok(Date.now() - started < REQUEST_TIMEOUT_MS);
    }
  });
});
