import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoPeople, gqlOk } from '../support/client';
import { startTestServer, type TestServer } from '../support/server';

const LOGIN = `mutation($input: StaffLoginInput!) {
  staffLogin(input: $input) { token userErrors { code } } }`;

describe('the sign-in lockout under parallel attempts', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('checks only five passwords of a burst, then refuses even the right one', async () => {
    const login = (password: string) =>
      gqlOk(server.url, LOGIN, { input: { username: 'bj_clerk', password } });
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, i) => login(`wrong-password-${i}`)),
    );
    const outcomes = burst.map((r) => r.staffLogin.userErrors[0]?.code);
    assert.equal(outcomes.filter((c) => c === 'INVALID_CREDENTIALS').length, 5);
    assert.equal(outcomes.filter((c) => c === 'ACCOUNT_LOCKED').length, 15);

    const { staff } = await demoPeople(server.url);
    const right = staff.find((s) => s.username === 'bj_clerk')!.password;
    const late = await login(right);
    assert.equal(late.staffLogin.token, null);
    assert.equal(late.staffLogin.userErrors[0].code, 'ACCOUNT_LOCKED');
  });
});
