import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { gqlOk } from '../support/client';
import { runChildServerToExit, startChildServer, type ChildServer } from '../support/child-server';
import { applyFor, ID } from '../support/journey';

function clusterPid(dataDir: string) {
  const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
  try {
    return Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  } catch {
    return null;
  }
}

/** The session id, field 6 of /proc/<pid>/stat (after the parenthesised command name). */
function sessionOf(pid: number) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[3];
}

function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('the embedded PostgreSQL of `npm start`', () => {
  // Under a world-readable parent, so the unprivileged postgres user can enter it as root.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hpf-embedded-'));
  chmodSync(dataDir, 0o755);
  const running: ChildServer[] = [];
  after(async () => {
    // A failed assertion must not leave a server (and its PostgreSQL) behind.
    for (const child of running) await child.stop('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  });
  const start = async (env: Record<string, string>) => {
    const child = await startChildServer(env);
    running.push(child);
    return child;
  };

  it('keeps its data across restarts, stops on SIGTERM, and recovers after SIGKILL', async () => {
    const env = { DATA_DIR: dataDir, DATABASE_URL: '' };
    const first = await start(env);
    const { token, code } = await applyFor(first.url, ID.oneAccount);
    const pid = clusterPid(dataDir);
    assert.ok(pid && alive(pid), 'PostgreSQL runs while the server does');
    // In a session of its own, a Ctrl-C at the terminal reaches the server, not PostgreSQL.
    assert.notEqual(sessionOf(pid!), sessionOf(first.process.pid!));

    assert.equal(await first.stop('SIGTERM'), 0);
    // Stopped before the server exited; the system may take a moment to reap the process.
    for (let waited = 0; waited < 5000 && alive(pid!); waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(alive(pid!), false, 'PostgreSQL stopped with the server');

    const second = await start(env);
    const listed = await gqlOk(second.url, '{ myCodes { nodes { id } } }', {}, token);
    assert.deepEqual(listed.myCodes.nodes, [{ id: code.id }]);

    await second.stop('SIGKILL');
    const orphan = clusterPid(dataDir);
    assert.ok(orphan && alive(orphan), 'PostgreSQL outlives a killed server');

    const third = await start(env);
    const again = await gqlOk(third.url, '{ myCodes { nodes { id } } }', {}, token);
    assert.equal(again.myCodes.nodes.length, 1);
    assert.equal(await third.stop('SIGINT'), 0);
  });

  it('refuses a second server on the same data folder, leaving the first one working', async () => {
    const env = { DATA_DIR: dataDir, DATABASE_URL: '' };
    const first = await start(env);
    const second = await runChildServerToExit({ ...env, PORT: '0' });
    assert.equal(second.code, 1);
    assert.match(
      second.output.trim(),
      /^could not start: another server \(pid \d+\) is running on the data folder/,
    );

    const busyPort = new URL(first.url).port;
    const sameDir = await runChildServerToExit({ ...env, PORT: busyPort });
    assert.equal(
      sameDir.output.trim(),
      `could not start: port ${busyPort} on 127.0.0.1 is in use; stop what uses it or set PORT`,
    );

    const { code } = await applyFor(first.url, ID.loansOnly);
    assert.match(code.value, /^\d{20}$/, 'the first server still reaches its database');
    assert.equal(await first.stop('SIGTERM'), 0);
  });

  it('reads .env from the folder it starts in', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'hpf-dotenv-'));
    try {
      writeFileSync(path.join(folder, '.env'), 'EMBEDDED_PG_PORT=abc\n');
      const { code, output } = await runChildServerToExit({ INIT_CWD: folder, PORT: '0' });
      assert.equal(code, 2);
      assert.match(output.trim(), /^configuration error: EMBEDDED_PG_PORT must be a whole number/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('stops with one clear line on bad configuration', async () => {
    const { code, output } = await runChildServerToExit({ PORT: 'eighty', DATA_DIR: dataDir });
    assert.equal(code, 2);
    assert.equal(
      output.trim(),
      'configuration error: PORT must be a whole number from 0 to 65535, got "eighty"',
    );

    const url = await runChildServerToExit({ DATABASE_URL: 'mysql://x', DATA_DIR: dataDir });
    assert.equal(url.code, 2);
    assert.match(url.output.trim(), /^configuration error: DATABASE_URL must start with postgres/);
  });
});
