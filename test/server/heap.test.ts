/**
 * Issue 9: the server's V8 flags are tightened once, and loosened exactly while a large document is parsed
 * or linted. Run in a child process: the flags are process-wide and would slow the other tests down.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

/** Runs `body` (JavaScript with `h` = the heap module, tuned) in a fresh node and returns what it printed. */
function inChild(body: string): unknown {
  const script = `const h = require('./server/src/lsp/heap.ts'); h.tuneHeapForLongRunningServer(); const out = (() => { ${body} })(); process.stdout.write(JSON.stringify(out));`;
  const r = spawnSync(process.execPath, ['-r', './test/register.js', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as unknown;
}

describe('heap tuning', function () {
  this.timeout(30000);

  it('reports large work only while a large document is being handled', () => {
    const out = inChild(`return [
      h.withRoomFor(h.LARGE_DOCUMENT_CHARS, () => h.largeWorkRunning()),
      h.withRoomFor(h.LARGE_DOCUMENT_CHARS - 1, () => h.largeWorkRunning()),
      h.largeWorkRunning(),
    ];`);
    assert.deepEqual(out, [true, false, false]);
  });

  it('ends large work when the work throws, and counts nested large work', () => {
    const out = inChild(`
      let threw = false;
      try { h.withRoomFor(h.LARGE_DOCUMENT_CHARS, () => { throw new Error('boom'); }); } catch { threw = true; }
      const afterThrow = h.largeWorkRunning();
      const inner = h.withRoomFor(h.LARGE_DOCUMENT_CHARS, () => {
        h.withRoomFor(h.LARGE_DOCUMENT_CHARS, () => undefined);
        return h.largeWorkRunning();
      });
      return [threw, afterThrow, inner, h.largeWorkRunning()];`);
    assert.deepEqual(out, [true, false, true, false]);
  });

  it('leaves the process working after the flags are set and a large document is parsed with room to grow', () => {
    const out = inChild(`
      const { analyze } = require('./server/src/model/model.ts');
      const text = 'FROM alpine\\nRUN echo hi\\n'.repeat(4000);
      return h.withRoomFor(text.length, () => analyze(text).parse.instructions.length);`);
    assert.equal(out, 8000);
  });
});
