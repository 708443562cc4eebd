import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gql, gqlOk, staffToken } from '../support/client';
import { applyFor, ID, redeem } from '../support/journey';
import { startTestServer, type TestServer } from '../support/server';

/** Center X is Shenzhen (sz_admin, sz_clerk); center Y is Guangzhou (gz_clerk). */
describe('a center administrator stays inside the center', () => {
  let server: TestServer;
  let adminX: string;
  let clerkYId: string;
  let centerYId: string;
  let redemptionY: string;
  before(async () => {
    server = await startTestServer();
    adminX = await staffToken(server.url, 'sz_admin');
    const clerkY = await staffToken(server.url, 'gz_clerk');
    const { me } = await gqlOk(server.url, '{ me { id center { id } } }', {}, clerkY);
    clerkYId = me.id;
    centerYId = me.center.id;
    const { code } = await applyFor(server.url, ID.oneAccount);
    redemptionY = (await redeem(server.url, clerkY, code.value)).data.redeemCode.redemptionId;
  });
  after(() => server.close());

  it('cannot see, reset or deactivate a clerk of another center', async () => {
    const seen = await gqlOk(
      server.url,
      'query($id: ID!) { staffMember(id: $id) { id } }',
      { id: clerkYId },
      adminX,
    );
    assert.equal(seen.staffMember, null);
    const list = await gqlOk(
      server.url,
      '{ staffMembers(first: 100) { nodes { id } } }',
      {},
      adminX,
    );
    assert.ok(!list.staffMembers.nodes.some((n: { id: string }) => n.id === clerkYId));

    for (const mutation of ['resetStaffPassword', 'deactivateStaff']) {
      const result = await gqlOk(
        server.url,
        `mutation($input: StaffIdInput!) { ${mutation}(input: $input) { userErrors { code } } }`,
        { input: { staffId: clerkYId } },
        adminX,
      );
      assert.equal(result[mutation].userErrors.length, 1, mutation);
    }
    assert.ok(await staffToken(server.url, 'gz_clerk'));
  });

  it('creates staff only in the own center, whatever centerId says', async () => {
    const result = await gql(
      server.url,
      `mutation($input: CreateStaffInput!) { createStaff(input: $input) {
        staff { center { code } } userErrors { code } } }`,
      {
        input: {
          username: 'boundary_probe',
          staffNumber: 'BP0001',
          name: '越界',
          role: 'CENTER_ADMIN',
          centerId: centerYId,
        },
      },
      adminX,
    );
    const payload = result.data?.createStaff;
    const created = payload?.staff;
    // Either refused outright, or created in the administrator's own center.
    if (created) assert.equal(created.center.code, '440300');
    else assert.ok(result.errors?.length || payload?.userErrors.length);
  });

  it('lists only the own center’s redemptions and cannot reopen another center’s', async () => {
    const list = await gqlOk(
      server.url,
      `{ centerRedemptions(first: 100, filter: { centerCode: "440100" }) { nodes { id } } }`,
      {},
      adminX,
    );
    assert.ok(!list.centerRedemptions.nodes.some((n: { id: string }) => n.id === redemptionY));
    const reopen = await gqlOk(
      server.url,
      `mutation($input: ReopenFormInput!) { reopenForm(input: $input) {
        form { serialNumber } userErrors { code } } }`,
      { input: { redemptionId: redemptionY } },
      adminX,
    );
    assert.equal(reopen.reopenForm.form, null);
  });
});
