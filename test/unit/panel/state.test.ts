import assert from 'node:assert/strict';
import { initialModel, reduce, toPanelState } from '../../../client/webview/state';
import { sampleResult } from './sample';

describe('webview state reducer', function () {
  it('starts waiting on the lifecycle view when there is no saved state', function () {
    const m = initialModel(undefined, 'ko');
    assert.equal(m.status, 'waiting');
    assert.equal(m.view, 'lifecycle');
    assert.equal(m.lang, 'ko');
  });

  it('restores the analysis, view and focus from a saved state, and drops a damaged one', function () {
    const saved = toPanelState(reduce(initialModel(undefined, 'en'), { type: 'analysis', result: sampleResult(), focus: { line: 4 } }));
    const restored = initialModel(JSON.parse(JSON.stringify(saved)), 'ko');
    assert.equal(restored.status, 'ready');
    assert.equal(restored.result?.uri, 'file:///work/app/Dockerfile');
    assert.deepEqual(restored.focus, { line: 4 });
    assert.equal(restored.lang, 'en');
    assert.equal(initialModel({ ...saved, version: 99 }, 'ko').status, 'waiting');
  });

  it('switches to the service models when there is no Dockerfile, and back with the next analysis', function () {
    let m = reduce(initialModel(undefined, 'en'), { type: 'noDocument' });
    assert.equal(m.view, 'models');
    assert.equal(m.result, undefined);
    m = reduce(m, { type: 'analysis', result: sampleResult() });
    assert.equal(m.view, 'lifecycle');
  });

  it('keeps the view the user chose when a live update arrives without a focus', function () {
    let m = reduce(initialModel(undefined, 'en'), { type: 'analysis', result: sampleResult() });
    m = reduce(m, { type: 'selectView', view: 'models' });
    m = reduce(m, { type: 'analysis', result: sampleResult() });
    assert.equal(m.view, 'models');
  });

  it('counts each focus request so the page scrolls once per request', function () {
    let m = reduce(initialModel(undefined, 'en'), { type: 'analysis', result: sampleResult(), focus: { line: 4 } });
    const seq = m.focusSeq;
    m = reduce(m, { type: 'focus', focus: { stage: 0 } });
    assert.equal(m.focusSeq, seq + 1);
    m = reduce(m, { type: 'progress', progress: { answers: {} } });
    assert.equal(m.focusSeq, seq + 1);
  });

  it('records answers at once and clears them on reset', function () {
    let m = reduce(initialModel(undefined, 'en'), { type: 'answer', questionId: 'models.iaas-os', choice: 0, correct: true });
    assert.deepEqual(m.progress.answers['models.iaas-os'], { choice: 0, correct: true });
    m = reduce(m, { type: 'reset', questionIds: ['models.iaas-os'] });
    assert.deepEqual(m.progress, { answers: {} });
  });

  it('shows an error until the next analysis replaces it', function () {
    let m = reduce(initialModel(undefined, 'en'), { type: 'error', message: 'no server' });
    assert.equal(m.error, 'no server');
    m = reduce(m, { type: 'analysis', result: sampleResult() });
    assert.equal(m.error, undefined);
  });
});
