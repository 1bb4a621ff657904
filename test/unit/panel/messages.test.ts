import assert from 'node:assert/strict';
import {
  isExplainResult,
  isFromWebviewMessage,
  isPanelState,
  isQuizProgress,
  isToWebviewMessage,
  recordAnswer,
  resetAnswers,
} from '../../../common/src/panelMessages';
import { QUIZZES } from '../../../server/src/knowledge/panel/quiz';
import { sampleResult } from './sample';

describe('panel messages', function () {
  it('accepts a complete analysis and rejects one with a field of the wrong type', function () {
    const result = sampleResult();
    assert.equal(isExplainResult(result), true);
    assert.equal(isExplainResult({ ...result, stages: 'x' }), false);
    const stage = result.stages[0];
    assert.ok(stage);
    assert.equal(isExplainResult({ ...result, stages: [{ ...stage, index: -1 }] }), false);
    assert.equal(isExplainResult({ ...result, runtime: { ...result.runtime, argv: [1] } }), false);
    assert.equal(isExplainResult({ ...result, lang: 'fr' }), false);
  });

  it('reports extension messages valid only with their fields', function () {
    const result = sampleResult();
    assert.equal(isToWebviewMessage({ type: 'analysis', result, focus: { line: 3 } }), true);
    assert.equal(isToWebviewMessage({ type: 'analysis', result, focus: { line: 1.5 } }), false);
    assert.equal(isToWebviewMessage({ type: 'init', lang: 'ko', progress: { answers: {} } }), true);
    assert.equal(isToWebviewMessage({ type: 'init', lang: 'ko' }), false);
    assert.equal(isToWebviewMessage({ type: 'showView', view: 'settings' }), false);
    assert.equal(isToWebviewMessage({ type: 'noDocument' }), true);
    assert.equal(isToWebviewMessage({ type: 'eval', code: 'x' }), false);
    assert.equal(isToWebviewMessage(null), false);
  });

  it('reports webview messages valid only with their fields', function () {
    assert.equal(isFromWebviewMessage({ type: 'ready' }), true);
    assert.equal(isFromWebviewMessage({ type: 'reveal', uri: 'file:///a/Dockerfile', line: 4 }), true);
    assert.equal(isFromWebviewMessage({ type: 'reveal', uri: 'file:///a/Dockerfile', line: '4' }), false);
    assert.equal(isFromWebviewMessage({ type: 'quizAnswer', questionId: 'models.classify-ec2', choice: 0, correct: true }), true);
    assert.equal(isFromWebviewMessage({ type: 'quizAnswer', questionId: '__proto__', choice: 0, correct: true }), false);
    assert.equal(isFromWebviewMessage({ type: 'copy', text: '' }), false);
    assert.equal(isFromWebviewMessage({ type: 'openLesson', href: 42 }), false);
    assert.equal(isFromWebviewMessage({ type: 'runCommand', command: 'workbench.action.terminal.new' }), false);
  });

  it('accepts only a restored state of the current version', function () {
    assert.equal(isPanelState({ version: 1, view: 'models' }), true);
    assert.equal(isPanelState({ version: 1, view: 'lifecycle', result: sampleResult(), focus: { line: 2 } }), true);
    assert.equal(isPanelState({ version: 0, view: 'models' }), false);
    assert.equal(isPanelState({ version: 1, view: 'models', result: { uri: 'x' } }), false);
    assert.equal(isPanelState(undefined), false);
  });

  it('records and resets quiz answers without touching the others', function () {
    let p = recordAnswer({ answers: {} }, 'a.one', { choice: 1, correct: true });
    p = recordAnswer(p, 'b.two', { choice: 0, correct: false });
    p = recordAnswer(p, 'b.two', { choice: 2, correct: true });
    assert.deepEqual(p, { answers: { 'a.one': { choice: 1, correct: true }, 'b.two': { choice: 2, correct: true } } });
    assert.deepEqual(resetAnswers(p, ['b.two']), { answers: { 'a.one': { choice: 1, correct: true } } });
    assert.equal(isQuizProgress(p), true);
    assert.equal(isQuizProgress({ answers: { 'a.one': { choice: 1 } } }), false);
  });

  it('gives every quiz question a valid, unique id and an answer among its choices', function () {
    const ids = new Set<string>();
    for (const quiz of Object.values(QUIZZES)) {
      for (const q of quiz.questions) {
        assert.ok(!ids.has(q.id), `duplicate ${q.id}`);
        ids.add(q.id);
        assert.equal(isFromWebviewMessage({ type: 'quizAnswer', questionId: q.id, choice: 0, correct: true }), true, q.id);
        assert.ok(q.answer >= 0 && q.answer < q.choices.length, q.id);
      }
    }
  });
});
