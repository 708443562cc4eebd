import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gql, gqlOk, staffToken } from '../support/client';
import { startTestServer, type TestServer } from '../support/server';

const CREATE = `mutation($input: CreateStaffInput!) { createStaff(input: $input) {
  staff { id username staffNumber role active center { code } } temporaryPassword
  userErrors { code field } } }`;
const RESET = `mutation($input: StaffIdInput!) { resetStaffPassword(input: $input) {
  temporaryPassword userErrors { code } } }`;
const DEACTIVATE = `mutation($input: StaffIdInput!) { deactivateStaff(input: $input) {
  staff { active } userErrors { code } } }`;
const LOGIN = `mutation($input: StaffLoginInput!) { staffLogin(input: $input) {
  token userErrors { code } } }`;
const LIST = `query($filter: StaffFilter) { staffMembers(first: 50, filter: $filter) {
  totalCount nodes { id username role center { code } } } }`;

describe('staff administration', () => {
  let server: TestServer;
  let admin: string;
  before(async () => {
    server = await startTestServer();
    admin = await staffToken(server.url, 'sz_admin');
  });
  after(() => server.close());

  const login = async (username: string, password: string) =>
    (await gqlOk(server.url, LOGIN, { input: { username, password } })).staffLogin;

  it('lets a center administrator create a clerk of the own center, who can sign in', async () => {
    const input = { username: 'sz_new', staffNumber: 'sz0199', name: '新办事员', role: 'CLERK' };
    const { createStaff } = await gqlOk(server.url, CREATE, { input }, admin);
    assert.deepEqual(createStaff.userErrors, []);
    assert.equal(createStaff.staff.center.code, '440300');
    assert.equal(createStaff.staff.staffNumber, 'SZ0199');
    assert.match(createStaff.temporaryPassword, /^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    assert.ok((await login('sz_new', createStaff.temporaryPassword)).token);

    const again = await gqlOk(server.url, CREATE, { input }, admin);
    assert.equal(again.createStaff.userErrors[0].code, 'USERNAME_TAKEN');
    const sameNumber = { ...input, username: 'sz_other' };
    const third = await gqlOk(server.url, CREATE, { input: sameNumber }, admin);
    assert.equal(third.createStaff.userErrors[0].code, 'STAFF_NUMBER_TAKEN');
  });

  it('lists only the clerks of the own center to a center administrator', async () => {
    const { staffMembers } = await gqlOk(server.url, LIST, {}, admin);
    assert.ok(staffMembers.totalCount >= 1);
    for (const node of staffMembers.nodes) {
      assert.equal(node.center.code, '440300');
      assert.equal(node.role, 'CLERK');
    }
  });

  it('searches by part of the name, username or staff number, taking % literally', async () => {
    const byNumber = await gqlOk(server.url, LIST, { filter: { search: 'sz01' } }, admin);
    assert.ok(byNumber.staffMembers.totalCount >= 1);
    const byName = await gqlOk(server.url, LIST, { filter: { search: '周晓' } }, admin);
    assert.deepEqual(
      byName.staffMembers.nodes.map((node: any) => node.username),
      ['sz_clerk'],
    );
    const wildcard = await gqlOk(server.url, LIST, { filter: { search: '%' } }, admin);
    assert.equal(wildcard.staffMembers.totalCount, 0);
  });

  it('refuses a center administrator a center administrator or a malformed name', async () => {
    const input = { username: 'sz_boss', staffNumber: 'SZ0002', name: '甲', role: 'CENTER_ADMIN' };
    const result = await gql(server.url, CREATE, { input }, admin);
    assert.equal(result.errors?.[0].extensions?.code, 'FORBIDDEN');
    const bad = { ...input, role: 'CLERK', username: 'No Spaces' };
    const invalid = await gql(server.url, CREATE, { input: bad }, admin);
    assert.equal(invalid.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    assert.equal(invalid.errors?.[0].extensions?.field, 'username');
  });

  it('resets a password: old sessions end, the old password stops working', async () => {
    const clerk = await staffToken(server.url, 'sz_clerk');
    const { staffMembers } = await gqlOk(server.url, LIST, {}, admin);
    const target = staffMembers.nodes.find((node: any) => node.username === 'sz_clerk');
    const { resetStaffPassword } = await gqlOk(
      server.url,
      RESET,
      { input: { staffId: target.id } },
      admin,
    );
    assert.deepEqual(resetStaffPassword.userErrors, []);
    const me = await gql(server.url, '{ me { username } }', {}, clerk);
    assert.equal(me.errors?.[0].extensions?.code, 'UNAUTHENTICATED');
    assert.ok((await login('sz_clerk', resetStaffPassword.temporaryPassword)).token);
  });

  it('deactivates a clerk: the session ends at once and sign-in is refused', async () => {
    const input = { username: 'sz_leaver', staffNumber: 'SZ0198', name: '离职', role: 'CLERK' };
    const { createStaff } = await gqlOk(server.url, CREATE, { input }, admin);
    const session = (await login('sz_leaver', createStaff.temporaryPassword)).token;
    const { deactivateStaff } = await gqlOk(
      server.url,
      DEACTIVATE,
      { input: { staffId: createStaff.staff.id } },
      admin,
    );
    assert.equal(deactivateStaff.staff.active, false);
    const me = await gql(server.url, '{ me { username } }', {}, session);
    assert.equal(me.errors?.[0].extensions?.code, 'UNAUTHENTICATED');
    const retry = await login('sz_leaver', createStaff.temporaryPassword);
    assert.equal(retry.userErrors[0].code, 'INVALID_CREDENTIALS');
  });

  it('hides staff of other centers from a center administrator', async () => {
    const platform = await staffToken(server.url, 'platform_admin');
    const all = await gqlOk(server.url, LIST, { filter: { centerCode: '440100' } }, platform);
    const gzClerk = all.staffMembers.nodes[0];
    assert.equal(gzClerk.center.code, '440100');
    const result = await gqlOk(server.url, DEACTIVATE, { input: { staffId: gzClerk.id } }, admin);
    assert.equal(result.deactivateStaff.userErrors[0].code, 'STAFF_NOT_FOUND');
  });

  it('refuses every administration query and mutation to a clerk', async () => {
    const clerk = await staffToken(server.url, 'gz_clerk');
    const list = await gql(server.url, LIST, {}, clerk);
    assert.equal(list.errors?.[0].extensions?.code, 'FORBIDDEN');
    const input = { username: 'gz_x', staffNumber: 'GZ0999', name: '甲', role: 'CLERK' };
    const create = await gql(server.url, CREATE, { input }, clerk);
    assert.equal(create.errors?.[0].extensions?.code, 'FORBIDDEN');
    const centers = await gql(server.url, '{ centers { totalCount } }', {}, clerk);
    assert.equal(centers.errors?.[0].extensions?.code, 'FORBIDDEN');
    const anonymous = await gql(server.url, LIST, {});
    assert.equal(anonymous.errors?.[0].extensions?.code, 'UNAUTHENTICATED');
  });
});
