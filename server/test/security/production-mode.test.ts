import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ensureDemoData } from '../../src/demo/seed';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { gql, gqlOk, postJson } from '../support/client';
import { APPLY, ID, OPTIONS } from '../support/journey';
import { startTestServer, type TestServer } from '../support/server';
import { createIdentityProvider, unsignedToken } from './support/identity-provider';

type Provider = Awaited<ReturnType<typeof createIdentityProvider>>;

/** A socket that reports its close code and prints nothing when it is refused. */
function socket(url: string, token: string, onClose: (code: number) => void = () => undefined) {
  return createClient({
    url,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => undefined,
    connectionParams: { authorization: `Bearer ${token}` },
    on: { closed: (event) => onClose((event as { code: number }).code) },
  });
}

describe('production mode', () => {
  let server: TestServer;
  let idp: Provider;
  let dataDir: string;
  before(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'hpf-prod-'));
    idp = await createIdentityProvider(dataDir);
    server = await startTestServer({ env: idp.env, dataDir });
    // Production seeds nothing; the demo data stands in for imported accounts.
    await ensureDemoData(server.app.services.orm, dataDir, new Date());
  });
  after(async () => {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('has no demo routes and says it runs in production', async () => {
    assert.equal(server.app.services.config.mode, 'production');
    assert.equal(server.app.demoPeople, null);
    for (const route of ['/dev/employee-token', '/dev/face-verification']) {
      const response = await postJson(server.url, route, { idNumber: ID.oneAccount });
      assert.equal(response.status, 404, route);
    }
    assert.equal((await fetch(`${server.url}/dev/demo-people`)).status, 404);
    const health = await (await fetch(`${server.url}/healthz`)).json();
    assert.equal(health.mode, 'production');
  });

  it('answers no introspection', async () => {
    const result = await gql(server.url, '{ __schema { types { name } } }');
    assert.equal(result.data, undefined);
    assert.equal(result.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    const typeQuery = await gql(server.url, '{ __type(name: "Query") { name } }');
    assert.equal(typeQuery.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
  });

  it('accepts an employee token signed by the configured key, with issuer and audience', async () => {
    const token = await idp.employeeToken(ID.oneAccount);
    const data = await gqlOk(server.url, '{ codeOptions { id } }', {}, token);
    assert.equal(data.codeOptions.length, 1);
  });

  it('refuses wrong issuer, wrong audience, expired, foreign-key and unsigned tokens', async () => {
    const bad = {
      issuer: await idp.employeeToken(ID.oneAccount, { issuer: 'someone-else' }),
      audience: await idp.employeeToken(ID.oneAccount, { audience: 'other-service' }),
      expired: await idp.employeeToken(ID.oneAccount, { expiresIn: -60, issuedAgo: 3600 }),
      foreignKey: await idp.employeeToken(ID.oneAccount, { key: idp.stranger }),
      unsigned: unsignedToken(ID.oneAccount),
      faceTokenAsEmployee: await idp.faceToken(ID.oneAccount),
    };
    for (const [name, token] of Object.entries(bad)) {
      const result = await gql(server.url, '{ codeOptions { id } }', {}, token);
      assert.equal(result.errors?.[0].extensions?.code, 'UNAUTHENTICATED', name);
    }
  });

  it('verifies the face token: configured key, subject, purpose, age and single use', async () => {
    const token = await idp.employeeToken(ID.depositAndLoans);
    const { codeOptions } = await gqlOk(server.url, OPTIONS, {}, token);
    const apply = async (face: string) =>
      (
        await gqlOk(
          server.url,
          APPLY,
          { input: { optionId: codeOptions[0].id, faceVerificationToken: face } },
          token,
        )
      ).applyCode;

    const refusals = {
      FACE_VERIFICATION_INVALID: [
        await idp.faceToken(ID.depositAndLoans, { purpose: 'login' }),
        await idp.faceToken(ID.oneAccount),
        await idp.faceToken(ID.depositAndLoans, { key: idp.strangerRsa }),
        await idp.faceToken(ID.depositAndLoans, { issuer: 'someone-else' }),
      ],
      FACE_VERIFICATION_EXPIRED: [
        await idp.faceToken(ID.depositAndLoans, { issuedAgo: 6 * 60, expiresIn: 600 }),
      ],
    };
    for (const [code, tokens] of Object.entries(refusals)) {
      for (const face of tokens) {
        const result = await apply(face);
        assert.equal(result.code, null);
        assert.ok(
          [code, 'FACE_VERIFICATION_INVALID'].includes(result.userErrors[0].code),
          `${code}: ${result.userErrors[0].code}`,
        );
      }
    }

    const face = await idp.faceToken(ID.depositAndLoans);
    const issued = await apply(face);
    assert.deepEqual(issued.userErrors, []);
    assert.match(issued.code.value, /^\d{20}$/);
    const again = await apply(face);
    assert.equal(again.userErrors[0].code, 'FACE_VERIFICATION_USED');
  });

  it('closes a socket with 4403 when its token expires, and takes a fresh token', async () => {
    const short = await idp.employeeToken(ID.oneAccount, { expiresIn: 2 });
    const closed = new Promise<number>((resolve) => {
      const client = socket(server.wsUrl, short, resolve);
      client.subscribe(
        { query: 'subscription { codeEvents { id } }' },
        {
          next: () => undefined,
          error: () => undefined,
          complete: () => undefined,
        },
      );
    });
    const started = Date.now();
    assert.equal(await closed, 4403);
    assert.ok(Date.now() - started < 6000);

    const fresh = await idp.employeeToken(ID.oneAccount);
    const client = socket(server.wsUrl, fresh);
    const acknowledged = await new Promise<boolean>((resolve) => {
      client.on('connected', () => resolve(true));
      client.on('closed', () => resolve(false));
    });
    assert.equal(acknowledged, true);
    await client.dispose();

    const expired = await idp.employeeToken(ID.oneAccount, { expiresIn: -60, issuedAgo: 600 });
    const refused = await new Promise<number>((resolve) => socket(server.wsUrl, expired, resolve));
    assert.equal(refused, 4401);
  });
});
