/** Issue 9: one compacting collection after a quiet moment gives back the memory a burst of documents left behind. */
import * as assert from 'node:assert/strict';
import { exposeGc, gcAvailable, IdleCollector } from '../../server/src/lsp/idleGc';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('idle collection', () => {
  before(() => exposeGc());

  it('makes V8 gc available', () => {
    assert.equal(gcAvailable(), true);
  });

  it('collects once after a burst of events, only when the quiet time has passed since the last one', async () => {
    const delay = 60;
    const collectedAt: number[] = [];
    // No heap limits: the test process's heap is larger than a server's.
    const c = new IdleCollector({ delayMs: delay, maxHeapBytes: Number.POSITIVE_INFINITY, minIntervalMs: 0, onCollect: () => collectedAt.push(performance.now()) });
    try {
      let lastTouch = 0;
      for (let i = 0; i < 5; i++) {
        c.touch();
        lastTouch = performance.now();
        await sleep(15);
      }
      const start = Date.now();
      while (collectedAt.length === 0 && Date.now() - start < 5000) await sleep(10);
      assert.equal(collectedAt.length, 1);
      // Timers may fire late on a busy machine, never early (1 ms of rounding allowed).
      assert.ok(collectedAt[0]! - lastTouch >= delay - 1, `collected ${(collectedAt[0]! - lastTouch).toFixed(1)} ms after the last event`);
      await sleep(3 * delay);
      assert.equal(c.collections, 1, 'collected again without a new event');
    } finally {
      c.dispose();
    }
  });

  it('does not collect while told to hold (a large document is open), except once after a large document is closed', async () => {
    let hold = true;
    const c = new IdleCollector({ delayMs: 20, maxHeapBytes: Number.POSITIVE_INFINITY, minIntervalMs: 0, holdWhile: () => hold });
    try {
      c.touch();
      await sleep(150);
      assert.equal(c.collections, 0, 'collected while held');
      c.touch(true);
      let start = Date.now();
      while (c.collections === 0 && Date.now() - start < 5000) await sleep(10);
      assert.equal(c.collections, 1, 'no collection after a large document was closed');
      hold = false;
      c.touch();
      start = Date.now();
      while (c.collections === 1 && Date.now() - start < 5000) await sleep(10);
      assert.equal(c.collections, 2, 'no collection once the hold ended');
    } finally {
      c.dispose();
    }
  });

  it('collects after a large document is closed whatever the heap size and the last collection, once', async () => {
    const c = new IdleCollector({ delayMs: 20, maxHeapBytes: 1, minIntervalMs: 60_000 });
    try {
      c.touch(true);
      const start = Date.now();
      while (c.collections === 0 && Date.now() - start < 5000) await sleep(10);
      assert.equal(c.collections, 1);
      // The next ordinary quiet moment is held to the limits again (heap over 1 byte, within the interval).
      c.touch();
      await sleep(150);
      assert.equal(c.collections, 1);
    } finally {
      c.dispose();
    }
  });

  it('leaves a heap larger than its limit to V8', async () => {
    const c = new IdleCollector({ delayMs: 20, maxHeapBytes: 1, minIntervalMs: 0 });
    c.touch();
    await sleep(150);
    assert.equal(c.collections, 0);
  });

  it('collects at most once per interval: a quiet moment within it gets none, the next one after it does', async () => {
    const interval = 300;
    const collectedAt: number[] = [];
    const c = new IdleCollector({ delayMs: 10, maxHeapBytes: Number.POSITIVE_INFINITY, minIntervalMs: interval, onCollect: () => collectedAt.push(performance.now()) });
    try {
      c.touch();
      const start = Date.now();
      while (collectedAt.length === 0 && Date.now() - start < 5000) await sleep(5);
      assert.equal(collectedAt.length, 1);
      c.touch();
      await sleep(100);
      // Unless the machine stalled past the interval, that quiet moment came within it.
      if (performance.now() - collectedAt[0]! < interval) assert.equal(c.collections, 1, 'collected within the interval');
      await sleep(interval);
      c.touch();
      while (collectedAt.length < 2 && Date.now() - start < 5000) await sleep(5);
      assert.equal(collectedAt.length, 2);
      assert.ok(collectedAt[1]! - collectedAt[0]! >= interval - 1, `collected again after ${(collectedAt[1]! - collectedAt[0]!).toFixed(0)} ms`);
    } finally {
      c.dispose();
    }
  });

  it('does not collect without an event, nor after dispose', async () => {
    const idle = new IdleCollector({ delayMs: 20, maxHeapBytes: Number.POSITIVE_INFINITY, minIntervalMs: 0 });
    const disposed = new IdleCollector({ delayMs: 20, maxHeapBytes: Number.POSITIVE_INFINITY, minIntervalMs: 0 });
    disposed.touch();
    disposed.dispose();
    await sleep(120);
    assert.equal(idle.collections, 0);
    assert.equal(disposed.collections, 0);
  });
});
