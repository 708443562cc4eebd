import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConcurrencyGate } from '../../src/security/concurrency-gate';

describe('concurrency gate', () => {
  it('runs at most its limit at once, all tasks in the end, failures included', async () => {
    const gate = new ConcurrencyGate(4);
    let running = 0;
    let most = 0;
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        gate.run(async () => {
          running += 1;
          most = Math.max(most, running);
          await new Promise((resolve) => setTimeout(resolve, 2));
          running -= 1;
          if (i % 7 === 0) throw new Error('task failed');
          return i;
        }),
      ),
    );
    assert.equal(most, 4);
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 34);
    assert.equal(await gate.run(async () => 'free again'), 'free again');
  });
});
