import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gqlOk, staffToken } from '../support/client';
import { sql } from '../support/database';
import { ID } from '../support/journey';
import { startTestServer, type TestServer } from '../support/server';

const IMPORT = `mutation($input: ImportAccountDataInput!) {
  importAccountData(input: $input) { committed rowErrors { code } userErrors { code } } }`;

describe("a center's import and the details of people of other centers", () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  const nameOf = async (idNumber: string) =>
    (await sql(server.databaseUrl, 'select name from employee where id_number = $1', [idNumber]))[0]
      .name;

  it('does not let Shenzhen rename a person who holds accounts in Guangzhou only', async () => {
    const admin = await staffToken(server.url, 'sz_admin');
    const input = {
      employees: [{ idNumber: ID.oneAccount, name: '冒名顶替', mobile: '13800000000' }],
    };
    const result = await gqlOk(server.url, IMPORT, { input }, admin);
    assert.deepEqual(result.importAccountData.userErrors, []);
    assert.equal(await nameOf(ID.oneAccount), '李明轩');
  });

  it('lets Shenzhen update a person who holds accounts in Shenzhen', async () => {
    const admin = await staffToken(server.url, 'sz_admin');
    const input = { employees: [{ idNumber: ID.depositAndLoans, name: '张伟栋' }] };
    const result = await gqlOk(server.url, IMPORT, { input }, admin);
    assert.equal(result.importAccountData.committed, true);
    assert.equal(await nameOf(ID.depositAndLoans), '张伟栋');
  });
});
