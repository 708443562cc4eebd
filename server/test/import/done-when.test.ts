import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { generateDataset } from '../../src/generator/generate-dataset';
import { todayInChina } from '../../src/import/field-rules';
import { staffToken } from '../support/client';
import { sql } from '../support/database';
import { applyFor, redeem } from '../support/journey';
import { startTestServer, type TestServer } from '../support/server';

/** Runs the import CLI as a user would, against the test server's database. */
function importCli(databaseUrl: string, args: string[]) {
  return new Promise<{ code: number; out: string }>((resolve) => {
    const child = spawn(
      process.execPath,
      ['-r', '@swc-node/register', path.join(__dirname, '../../src/import/import.cli.ts'), ...args],
      { env: { ...process.env, DATABASE_URL: databaseUrl }, cwd: path.join(__dirname, '../..') },
    );
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) => resolve({ code: code ?? 1, out }));
  });
}

describe('generated data, imported with the CLI, shows in a clerk’s form', () => {
  let server: TestServer;
  let dir: string;
  before(async () => {
    server = await startTestServer();
    dir = mkdtempSync(path.join(os.tmpdir(), 'hpf-done-when-'));
    await generateDataset({
      employees: 300,
      out: dir,
      seed: 11,
      centers: ['440300', '440100'],
      months: 24,
      asOf: todayInChina(new Date()).month,
      profile: 'realistic',
      headers: 'zh',
      encoding: 'utf8',
    });
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports, issues a code to a generated employee, and the clerk sees the data', async () => {
    for (const center of ['440300', '440100']) {
      const result = await importCli(server.databaseUrl, [
        '--center',
        center,
        path.join(dir, center),
      ]);
      assert.equal(result.code, 0, result.out);
      assert.match(result.out, /imported: employees \+\d+/);
    }

    const samples = JSON.parse(readFileSync(path.join(dir, 'samples.json'), 'utf8'));
    const person = samples['one account'].find((p: any) => p.centers[0] === '440300');
    const accounts = readFileSync(path.join(dir, '440300', 'deposit_accounts.csv'), 'utf8');
    const row = accounts
      .split('\n')
      .find((line) => line.includes(person.idNumber))!
      .split(',');

    const { code } = await applyFor(server.url, person.idNumber);
    const clerk = await staffToken(server.url, 'sz_clerk');
    const redeemed = await redeem(server.url, clerk, code.value);
    assert.equal(redeemed.errors, undefined, JSON.stringify(redeemed.errors));
    const form = redeemed.data.redeemCode.form;
    assert.equal(form.holder.name, person.name);
    assert.equal(form.holder.idNumber, person.idNumber);
    assert.equal(form.deposit.accountNumber, row[0]);
    assert.equal(form.deposit.balance, row[11]);
    assert.equal(form.deposit.history.length > 0, true);
  });

  it('refuses a file with one wrong check digit, naming that row, and writes nothing', async () => {
    const file = path.join(dir, '440300', 'employees.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    const cells = lines[5].split(',');
    const id = cells[1];
    cells[1] = id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
    cells[2] = '改名者';
    lines[5] = cells.join(',');
    const bad = path.join(dir, 'bad-employees.csv');
    writeFileSync(bad, lines.join('\n'));
    const before = await sql<{ n: string }>(
      server.databaseUrl,
      'select count(*) as n from employee',
    );

    const result = await importCli(server.databaseUrl, ['--center', '440300', bad]);
    assert.equal(result.code, 1, result.out);
    assert.match(result.out, /bad-employees\.csv:6:证件号码 {2}ID_CHECK_DIGIT/);
    assert.match(result.out, /refused: 1 problem; nothing was written/);
    const after = await sql<{ n: string }>(
      server.databaseUrl,
      'select count(*) as n from employee',
    );
    assert.equal(after[0].n, before[0].n);
    const renamed = await sql(server.databaseUrl, `select 1 from employee where name = '改名者'`);
    assert.equal(renamed.length, 0);
  });

  it('calls a folder without import files a usage error, not an import of nothing', async () => {
    // Like the generator's output folder: the centers' folders and samples.json.
    const root = path.join(dir, 'output');
    mkdirSync(path.join(root, '440300'), { recursive: true });
    writeFileSync(path.join(root, 'samples.json'), '{"one account": []}\n');
    const result = await importCli(server.databaseUrl, ['--center', '440300', root]);
    assert.equal(result.code, 2, result.out);
    assert.match(result.out, /no import files .* give the folder of one center/);
    assert.doesNotMatch(result.out, /MALFORMED_ROW|imported/);
  });
});
