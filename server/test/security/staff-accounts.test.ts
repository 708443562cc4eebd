import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { demoPeople, gql, gqlOk, staffToken } from '../support/client';
import { startTestServer, type TestServer } from '../support/server';

const LOGIN = `mutation($input: StaffLoginInput!) {
  staffLogin(input: $input) { token userErrors { code message } } }`;
const ME = '{ me { username } }';

function login(server: TestServer, username: string, password: string) {
  return gql(server.url, LOGIN, { input: { username, password } });
}

async function meCode(server: TestServer, token: string) {
  const result = await gql(server.url, ME, {}, token);
  return result.errors?.[0].extensions?.code ?? 'OK';
}

describe('staff accounts and sessions', () => {
  let server: TestServer;
  let start: Date;
  before(async () => {
    server = await startTestServer();
  });
  beforeEach(() => {
    // Each test starts in a fresh 15-minute window of the per-address sign-in limit.
    const later = Date.now() + (1 + Math.floor(Math.random() * 1000)) * 900_000;
    start = new Date(Math.floor(later / 900_000) * 900_000 + 1000);
    server.setNow(start);
  });
  after(() => server.close());

  const at = (minutes: number) => server.setNow(new Date(start.getTime() + minutes * 60_000));

  it('locks an account for 15 minutes after 5 wrong passwords, the right one included', async () => {
    const people = await demoPeople(server.url);
    const password = people.staff.find((s) => s.username === 'gz_clerk')!.password;
    for (let i = 0; i < 5; i += 1) {
      const result = await login(server, 'gz_clerk', `wrong-${i}`);
      assert.equal(result.data.staffLogin.userErrors[0].code, 'INVALID_CREDENTIALS');
    }
    const locked = await login(server, 'gz_clerk', password);
    assert.equal(locked.data.staffLogin.token, null);
    assert.equal(locked.data.staffLogin.userErrors[0].code, 'ACCOUNT_LOCKED');
    at(14);
    assert.equal((await login(server, 'gz_clerk', password)).data.staffLogin.token, null);
    at(16);
    assert.ok((await login(server, 'gz_clerk', password)).data.staffLogin.token);
  });

  it('limits failed sign-ins per address, whatever the usernames, with a retry time', async () => {
    for (let i = 0; i < 30; i += 1) {
      const result = await login(server, `nobody-${i}`, 'guess');
      assert.equal(result.data.staffLogin.userErrors[0].code, 'INVALID_CREDENTIALS');
    }
    const refused = await login(server, 'sz_clerk', 'guess');
    assert.equal(refused.data ?? null, null);
    const error = refused.errors![0];
    assert.equal(error.extensions?.code, 'RATE_LIMITED');
    const retry = error.extensions?.retryAfterSeconds as number;
    assert.ok(retry > 0 && retry <= 900, `retryAfterSeconds ${retry}`);
    assert.ok(
      server.logs.some((line) => {
        const entry = JSON.parse(line);
        return entry.event === 'security' && entry.threat === 'password_guessing';
      }),
    );
    at(16);
    const people = await demoPeople(server.url);
    const password = people.staff.find((s) => s.username === 'sh_clerk')!.password;
    assert.ok((await login(server, 'sh_clerk', password)).data.staffLogin.token);
  });

  it('ends the session at once on sign-out', async () => {
    const token = await staffToken(server.url, 'sz_clerk');
    assert.equal(await meCode(server, token), 'OK');
    const out = await gqlOk(server.url, 'mutation { staffLogout { ended } }', {}, token);
    assert.equal(out.staffLogout.ended, true);
    assert.equal(await meCode(server, token), 'UNAUTHENTICATED');
  });

  it('ends every session at once on deactivation and on password reset', async () => {
    const admin = await staffToken(server.url, 'sz_admin');
    const clerk = await staffToken(server.url, 'sz_clerk');
    const second = await staffToken(server.url, 'sz_clerk');
    const { me } = await gqlOk(server.url, '{ me { id } }', {}, clerk);

    const reset = await gqlOk(
      server.url,
      `mutation($input: StaffIdInput!) { resetStaffPassword(input: $input) {
        temporaryPassword userErrors { code } } }`,
      { input: { staffId: me.id } },
      admin,
    );
    assert.deepEqual(reset.resetStaffPassword.userErrors, []);
    assert.equal(await meCode(server, clerk), 'UNAUTHENTICATED');
    assert.equal(await meCode(server, second), 'UNAUTHENTICATED');

    const fresh = (await login(server, 'sz_clerk', reset.resetStaffPassword.temporaryPassword)).data
      .staffLogin.token;
    assert.equal(await meCode(server, fresh), 'OK');
    const stopped = await gqlOk(
      server.url,
      `mutation($input: StaffIdInput!) { deactivateStaff(input: $input) { userErrors { code } } }`,
      { input: { staffId: me.id } },
      admin,
    );
    assert.deepEqual(stopped.deactivateStaff.userErrors, []);
    assert.equal(await meCode(server, fresh), 'UNAUTHENTICATED');
    const again = await login(server, 'sz_clerk', reset.resetStaffPassword.temporaryPassword);
    assert.equal(again.data.staffLogin.token, null);
  });

  it('ends a session left idle for 30 minutes', async () => {
    const token = await staffToken(server.url, 'bj_clerk');
    at(29);
    assert.equal(await meCode(server, token), 'OK');
    at(58);
    assert.equal(await meCode(server, token), 'OK');
    at(89);
    assert.equal(await meCode(server, token), 'UNAUTHENTICATED');
  });

  it('ends a session 12 hours after sign-in however busy it is', async () => {
    const token = await staffToken(server.url, 'platform_admin');
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      at(minutes);
      assert.equal(await meCode(server, token), 'OK', `at ${minutes} minutes`);
    }
    at(12 * 60 + 1);
    assert.equal(await meCode(server, token), 'UNAUTHENTICATED');
  });
});
