import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gql, gqlOk, staffToken } from '../support/client';
import { startTestServer, type TestServer } from '../support/server';

const CREATE_CENTER = `mutation($input: CreateCenterInput!) { createCenter(input: $input) {
  center { id code name region active } userErrors { code field } } }`;
const CREATE_STAFF = `mutation($input: CreateStaffInput!) { createStaff(input: $input) {
  staff { id role center { code } } temporaryPassword userErrors { code } } }`;
const DEACTIVATE_CENTER = `mutation($input: CenterIdInput!) { deactivateCenter(input: $input) {
  center { active } userErrors { code } } }`;
const LOGIN = `mutation($input: StaffLoginInput!) { staffLogin(input: $input) {
  token userErrors { code } } }`;

describe('center administration', () => {
  let server: TestServer;
  let platform: string;
  before(async () => {
    server = await startTestServer();
    platform = await staffToken(server.url, 'platform_admin');
  });
  after(() => server.close());

  it('creates a center and its administrator, who then creates a clerk', async () => {
    const input = { code: '320100', name: '南京住房公积金管理中心', region: '南京市' };
    const { createCenter } = await gqlOk(server.url, CREATE_CENTER, { input }, platform);
    assert.deepEqual(createCenter.userErrors, []);
    assert.equal(createCenter.center.active, true);
    const again = await gqlOk(server.url, CREATE_CENTER, { input }, platform);
    assert.equal(again.createCenter.userErrors[0].code, 'CENTER_CODE_TAKEN');

    const adminInput = {
      username: 'nj_admin',
      staffNumber: 'NJ0001',
      name: '南京管理员',
      role: 'CENTER_ADMIN',
      centerId: createCenter.center.id,
    };
    const { createStaff } = await gqlOk(server.url, CREATE_STAFF, { input: adminInput }, platform);
    assert.equal(createStaff.staff.center.code, '320100');
    const login = await gqlOk(server.url, LOGIN, {
      input: { username: 'nj_admin', password: createStaff.temporaryPassword },
    });
    const clerkInput = { username: 'nj_clerk', staffNumber: 'NJ0101', name: '甲', role: 'CLERK' };
    const clerk = await gqlOk(
      server.url,
      CREATE_STAFF,
      { input: clerkInput },
      login.staffLogin.token,
    );
    assert.equal(clerk.createStaff.staff.center.code, '320100');

    const { centers } = await gqlOk(
      server.url,
      '{ centers(first: 100) { totalCount nodes { code } } }',
      {},
      platform,
    );
    assert.ok(centers.nodes.some((node: any) => node.code === '320100'));
  });

  it('deactivates a center: its staff are signed out and cannot sign in', async () => {
    const clerk = await staffToken(server.url, 'bj_clerk');
    const { centers } = await gqlOk(server.url, '{ centers { nodes { id code } } }', {}, platform);
    const beijing = centers.nodes.find((node: any) => node.code === '110000');
    assert.ok(beijing, 'the seed has a Beijing center');
    const { deactivateCenter } = await gqlOk(
      server.url,
      DEACTIVATE_CENTER,
      { input: { centerId: beijing.id } },
      platform,
    );
    assert.equal(deactivateCenter.center.active, false);
    const me = await gql(server.url, '{ me { username } }', {}, clerk);
    assert.equal(me.errors?.[0].extensions?.code, 'UNAUTHENTICATED');
  });

  it('lists every staff member but platform administrators to the platform', async () => {
    const { staffMembers } = await gqlOk(
      server.url,
      '{ staffMembers(first: 100) { nodes { role center { code } } } }',
      {},
      platform,
    );
    assert.ok(staffMembers.nodes.length >= 5);
    assert.ok(staffMembers.nodes.every((node: any) => node.role !== 'PLATFORM_ADMIN'));
  });

  it('refuses center management to a center administrator', async () => {
    const admin = await staffToken(server.url, 'sz_admin');
    const input = { code: '999999', name: '测试中心', region: '测试' };
    const result = await gql(server.url, CREATE_CENTER, { input }, admin);
    assert.equal(result.errors?.[0].extensions?.code, 'FORBIDDEN');
  });
});
