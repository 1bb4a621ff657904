/** Issue 9: the heap flags are loosened exactly while a large document is parsed or linted. */
import * as assert from 'node:assert/strict';
import { LARGE_DOCUMENT_CHARS, largeWorkRunning, tuneHeapForLongRunningServer, withRoomFor } from '../../server/src/lsp/heap';

describe('heap tuning', () => {
  before(() => tuneHeapForLongRunningServer());

  it('reports large work only while a large document is being handled', () => {
    assert.equal(withRoomFor(LARGE_DOCUMENT_CHARS, () => largeWorkRunning()), true);
    assert.equal(withRoomFor(LARGE_DOCUMENT_CHARS - 1, () => largeWorkRunning()), false);
    assert.equal(largeWorkRunning(), false);
  });

  it('ends large work when the work throws, and counts nested large work', () => {
    assert.throws(() => withRoomFor(LARGE_DOCUMENT_CHARS, () => {
      throw new Error('boom');
    }), /boom/);
    assert.equal(largeWorkRunning(), false);
    const inner = withRoomFor(LARGE_DOCUMENT_CHARS, () => {
      withRoomFor(LARGE_DOCUMENT_CHARS, () => undefined);
      return largeWorkRunning();
    });
    assert.equal(inner, true);
    assert.equal(largeWorkRunning(), false);
  });
});
