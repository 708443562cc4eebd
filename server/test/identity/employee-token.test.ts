import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SignJWT } from 'jose';
import { gql } from '../support/client';
import { ID } from '../support/journey';
import { startTestServer, type TestServer } from '../support/server';

describe('employee tokens', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  /** Signed with the right key, issuer and audience; only the times vary. */
  function token(times: { iat?: number; exp?: number }) {
    const { demo, config } = server.app.services;
    let jwt = new SignJWT({})
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject(ID.oneAccount)
      .setIssuer(config.identity.employeeIssuer)
      .setAudience(config.identity.audience);
    if (times.iat !== undefined) jwt = jwt.setIssuedAt(times.iat);
    if (times.exp !== undefined) jwt = jwt.setExpirationTime(times.exp);
    return jwt.sign(demo!.privateKey);
  }

  const codeOf = async (jwt: string) =>
    (await gql(server.url, '{ codeOptions { id } }', {}, jwt)).errors?.[0]?.extensions?.code;

  it('must carry an expiry and an issue time, and be less than a day old', async () => {
    const now = Math.floor(Date.now() / 1000);
    assert.equal(await codeOf(await token({ iat: now, exp: now + 3600 })), undefined);
    assert.equal(await codeOf(await token({ iat: now })), 'UNAUTHENTICATED');
    assert.equal(await codeOf(await token({ exp: now + 3600 })), 'UNAUTHENTICATED');
    const old = now - 2 * 24 * 3600;
    assert.equal(await codeOf(await token({ iat: old, exp: now + 3600 })), 'UNAUTHENTICATED');
  });
});
