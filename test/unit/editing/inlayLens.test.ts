import * as assert from 'node:assert/strict';
import type { InlayHint, MarkupContent } from 'vscode-languageserver-types';
import { analyze } from '../../../server/src/model/model';
import { inlayHintsIn } from '../../../server/src/inlay/inlay';
import { codeLenses, stageRole } from '../../../server/src/lens/lens';

const labelOf = (h: InlayHint): string => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));

const DOC = 'ARG TAG=3.20\nFROM alpine:$TAG AS build\nARG TAG\nRUN echo ${TAG}\nFROM build AS base\nFROM alpine AS tools\nFROM base\nCOPY --from=tools /x /y\n';

describe('inlay hints', () => {
  const model = analyze(DOC);
  const all = inlayHintsIn(model, { start: 0, end: DOC.length }, 'en');

  it('labels each instruction with its phase, build stages as build-only', () => {
    const phases = all.filter((h) => !labelOf(h).startsWith('='));
    assert.equal(phases.length, model.parse.instructions.length);
    const byLine = new Map(phases.map((h) => [h.position.line, labelOf(h)]));
    assert.equal(byLine.get(0), 'build-only'); // ARG
    assert.equal(byLine.get(3), 'layer'); // RUN in a stage the final image builds on
    assert.equal(byLine.get(5), 'build-only'); // FROM of a stage only copied from
    assert.equal(byLine.get(7), 'layer');
    const first = phases[0];
    assert.ok(first !== undefined && /ARG/.test((first.tooltip as MarkupContent).value));
  });

  it('shows the value of a variable reference where it is known', () => {
    const values = all.filter((h) => labelOf(h).startsWith('='));
    assert.deepEqual(values.map((h) => [h.position.line, h.label]), [[1, '= 3.20'], [3, '= 3.20']]);
  });

  it('returns only the hints inside the requested range', () => {
    const start = DOC.indexOf('RUN');
    const hints = inlayHintsIn(model, { start, end: DOC.indexOf('\n', start) }, 'ko');
    assert.deepEqual(hints.map((h) => h.label), ['= 3.20', '레이어']);
  });
});

describe('code lens', () => {
  const model = analyze(DOC);

  it('gives each FROM its role and an Explain command with the stage index', () => {
    assert.deepEqual(model.stages.map((s) => stageRole(model, s)), ['base-of-final', 'base-of-final', 'build', 'final']);
    const lenses = codeLenses(model, 'file:///x/Dockerfile', 'en');
    assert.equal(lenses.length, 8);
    const explain = lenses.filter((l) => l.command?.command === 'dockerfileTutor.explain');
    assert.deepEqual(explain.map((l) => l.command?.arguments), [0, 1, 2, 3].map((stage) => [{ uri: 'file:///x/Dockerfile', stage }]));
    assert.deepEqual(explain.map((l) => l.range.start.line), [1, 4, 5, 6]);
  });

  it('follows the build target', () => {
    const targeted = analyze(DOC, { target: 'tools' });
    assert.deepEqual(targeted.stages.map((s) => stageRole(targeted, s)), ['build', 'build', 'final', 'build']);
    assert.match(codeLenses(targeted, 'file:///x', 'ko')[4]?.command?.title ?? '', /최종 이미지/);
  });
});
