import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startChildServer } from '../support/child-server';
import { ID } from '../support/journey';
import { startTestServer, type TestServer } from '../support/server';

const SERVER_DIR = path.resolve(__dirname, '../..');

/** Runs one of the command-line tools against the test server, collecting what it prints. */
function run(script: string, args: string[], baseUrl: string) {
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', `src/cli/${script}.ts`, ...args],
    {
      cwd: SERVER_DIR,
      env: { ...process.env, HPF_URL: baseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return {
    output: () => output,
    exited,
    kill: () => child.kill(),
    /** Resolves with the output once it matches, or rejects after `ms`. */
    waitFor(pattern: RegExp, ms = 20_000) {
      return new Promise<RegExpExecArray>((resolve, reject) => {
        const timer = setInterval(() => {
          const match = pattern.exec(output);
          if (match) {
            clearInterval(timer);
            clearTimeout(limit);
            resolve(match);
          }
        }, 50);
        const limit = setTimeout(() => {
          clearInterval(timer);
          reject(new Error(`no ${pattern} in:\n${output}`));
        }, ms);
      });
    },
  };
}

describe('the employee simulator and the clerk command', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('run the journey in two terminals', async () => {
    const employee = run('employee', [ID.normalAndSealed, '--option', '2'], server.url);
    try {
      const [, code] = await employee.waitFor(/业务办理电子码：((?:\d{4} ){4}\d{4})/);
      // The lines come in pieces: wait for the last one before reading the others.
      await employee.waitFor(/等待柜台查询/);
      assert.match(employee.output(), /深圳市住房公积金管理中心（封存）/);
      assert.match(employee.output(), /请勿将电子码出示给他人/);

      const clerk = run('clerk', ['sz_clerk', ...code.split(' ')], server.url);
      assert.equal(await clerk.exited, 0, clerk.output());
      assert.match(clerk.output(), /个人信息表/);
      assert.match(clerk.output(), /状态 封存/);
      assert.match(clerk.output(), /经办人工号 SZ0101/);

      await employee.waitFor(/已被查询：深圳市住房公积金管理中心，经办人工号 SZ0101/, 10_000);
      assert.equal(await employee.exited, 0);

      const again = run('clerk', ['sz_clerk', code], server.url);
      assert.equal(await again.exited, 1);
      assert.match(again.output(), /CODE_ALREADY_USED/);
    } finally {
      employee.kill();
    }
  });

  it('shows the loans-only notice and refuses to go on without accounts', async () => {
    const loans = run('employee', [ID.loansOnly], server.url);
    try {
      await loans.waitFor(/未查询到个人汇缴账号/);
      await loans.waitFor(/业务办理电子码/);
    } finally {
      loans.kill();
    }
    const nobody = run('employee', ['11010119900307803X'], server.url);
    assert.equal(await nobody.exited, 1);
    assert.match(nobody.output(), /未查询到您在任何管理中心的账户/);
  });
});

describe('the employee simulator across a restart of the service', () => {
  it('keeps waiting, and prints a redemption made after the restart', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hpf-restart-'));
    chmodSync(dataDir, 0o755);
    const port = String(await freePort());
    const env = { DATA_DIR: dataDir, DATABASE_URL: '', PORT: port };
    let server = await startChildServer(env);
    const employee = run('employee', [ID.depositAndLoans], server.url);
    try {
      const [, code] = await employee.waitFor(/业务办理电子码：((?:\d{4} ){4}\d{4})/);
      await employee.waitFor(/等待柜台查询/);

      assert.equal(await server.stop('SIGTERM'), 0);
      server = await startChildServer(env);
      const clerk = run('clerk', ['sz_clerk', code], server.url);
      assert.equal(await clerk.exited, 0, clerk.output());

      await employee.waitFor(/已被查询：深圳市住房公积金管理中心，经办人工号 SZ0101/, 15_000);
      assert.equal(await employee.exited, 0);
    } finally {
      employee.kill();
      await server.stop('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

function freePort() {
  return new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
