/** Issue 9: the server compiles its features' code while idle after start, and never while requests keep it busy. */
import * as assert from 'node:assert/strict';
import { FEATURE_MODULES } from '../../server/src/lsp/featureModule';
import { step, warmUpWhenIdle, type WarmUpStep } from '../../server/src/lsp/warmUp';
import { serverWarmUpSteps } from '../../server/src/lsp/warmUpSteps';

/** Runs steps the way warmUpWhenIdle does, without waiting: every step and the steps it returns. */
function runAll(steps: readonly WarmUpStep[]): number {
  let ran = 0;
  const queue = [...steps];
  while (queue.length > 0) {
    const more = queue.shift()?.();
    ran++;
    if (more !== undefined) queue.unshift(...more);
  }
  return ran;
}

describe('warm-up', () => {
  it('runs every step, the steps a step returns right after it, and logs a step that throws without stopping', async () => {
    const order: string[] = [];
    const logs: string[] = [];
    const w = warmUpWhenIdle(
      [
        () => [step(() => order.push('a1')), step(() => order.push('a2'))],
        step(() => {
          throw new Error('boom');
        }),
        step(() => order.push('c')),
      ],
      (m) => logs.push(m),
    );
    assert.equal(await w.done, true);
    assert.deepEqual(order, ['a1', 'a2', 'c']);
    assert.equal(logs.length, 1);
    assert.match(logs[0]!, /boom/);
  });

  it('waits while the event loop is busy, and runs once it is quiet', async () => {
    let ran = false;
    const w = warmUpWhenIdle([step(() => (ran = true))], () => undefined);
    // Keep the loop busy for 400 ms in 5 ms slices, as a stream of requests would.
    const until = performance.now() + 400;
    await new Promise<void>((resolve) => {
      const busy = (): void => {
        const end = performance.now() + 5;
        while (performance.now() < end) {
          // busy
        }
        assert.equal(ran, false, 'a warm-up step ran while the loop was busy');
        if (performance.now() < until) setImmediate(busy);
        else resolve();
      };
      setImmediate(busy);
    });
    await w.done;
    assert.equal(ran, true);
  });

  it('starts only after the loop has been quiet for the given number of checks (20 ms each)', async () => {
    const created = performance.now();
    let startedAfter = -1;
    const w = warmUpWhenIdle([step(() => (startedAfter = performance.now() - created))], () => undefined, 10);
    assert.equal(await w.done, true);
    assert.ok(startedAfter >= 10 * 20 - 5, `started after ${startedAfter.toFixed(0)} ms`);
  });

  it('runs no step after it is cancelled', async () => {
    let ran = false;
    const w = warmUpWhenIdle([step(() => (ran = true))], () => undefined);
    w.cancel();
    assert.equal(await w.done, false);
    await new Promise((r) => setTimeout(r, 120));
    assert.equal(ran, false);
  });

  for (const lang of ['en', 'ko'] as const) {
    it(`has steps for the lint, hovers and every feature module that run without an error (${lang})`, () => {
      const ran = runAll(serverWarmUpSteps(lang, FEATURE_MODULES));
      assert.ok(FEATURE_MODULES.every((m) => m.warmUp !== undefined), 'a feature module has no warm-up');
      // The lint, then at least one hover per word of the sample and each module's steps.
      assert.ok(ran > 200, `only ${ran} steps`);
    });
  }
});
