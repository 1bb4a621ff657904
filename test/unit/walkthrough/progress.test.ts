import assert from 'node:assert/strict';
import { FixProgress } from '../../../client/src/walkthrough/progress';

describe('walkthrough: the "fix a finding" step', () => {
  it('reports done when a finding of the example goes away', () => {
    const p = new FixProgress();
    assert.equal(p.update(['DL3007', 'DL3000', 'DL3059', 'DL3008'], false), false);
    assert.equal(p.update(['DL3000', 'DL3059', 'DL3008'], false), true);
  });

  it('reports not done while the findings stay, even when lines are edited and findings move', () => {
    const p = new FixProgress();
    p.update(['DL3007', 'DL3008'], false);
    assert.equal(p.update(['DL3008', 'DL3007'], false), false);
    assert.equal(p.update(['DL3007', 'DL3008', 'DL3015'], false), false);
  });

  it('counts findings per code, so one of two findings with the same code going away counts', () => {
    const p = new FixProgress();
    p.update(['DL3008', 'DL3008'], false);
    assert.equal(p.update(['DL3008'], false), true);
  });

  it('does not count emptying the document as a fix', () => {
    const p = new FixProgress();
    p.update(['DL3007'], false);
    assert.equal(p.update([], true), false);
  });

  it('waits for the first findings before it compares', () => {
    const p = new FixProgress();
    assert.equal(p.update([], false), false);
    assert.equal(p.update(['DL3007'], false), false);
    assert.equal(p.update([], false), true);
  });
});
