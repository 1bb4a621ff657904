import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Instruction, ParseResult, VariableRef } from '../../../server/src/parse/ast';
import { parse, variablesPending } from '../../../server/src/parse/parser';
import { analyze, type DockerfileModel } from '../../../server/src/model/model';
import { corpusDir, corpusFiles } from '../../helpers/corpus';

/** A reference as plain data, its ranges shifted by `shift` (to compare with the same text parsed elsewhere). */
function refData(v: VariableRef, shift = 0): unknown {
  return {
    name: v.name,
    range: [v.range.start + shift, v.range.end + shift],
    nameRange: [v.nameRange.start + shift, v.nameRange.end + shift],
    braced: v.braced,
    modifier: v.modifier,
    word: v.word,
    wordRange: v.wordRange === undefined ? undefined : [v.wordRange.start + shift, v.wordRange.end + shift],
  };
}

/** A model's resolutions as plain data (definitions and instructions by where they start). */
function resolutionData(model: DockerfileModel, list: DockerfileModel['resolutions']): string[] {
  return list.map((r) => [
    r.instruction.range.start, r.ref.range.start, r.ref.name, r.def?.kind, r.def?.name, r.def?.instruction?.range.start,
    r.def?.keyValue?.range.start, r.value, r.reason, r.shadowed?.instruction?.range.start,
  ].join('|'));
}

/**
 * The same instruction with `ONBUILD ` written before it: its nested instruction's references are found by the
 * parse at once (a nested instruction never waits), so they are what the first read of `ins.variables` must give.
 */
function eagerReferences(text: string, ins: Instruction): unknown[] {
  const at = ins.keywordRange.start;
  const r = parse(text.slice(0, at) + 'ONBUILD ' + text.slice(at));
  const outer = r.instructions.find((i) => i.keywordRange.start === at)!;
  assert.equal(outer.name, 'onbuild');
  return outer.onbuild!.variables.map((v) => refData(v, -'ONBUILD '.length));
}

function shellFormWithVariables(r: ParseResult): Instruction[] {
  return r.instructions.filter((i) => variablesPending(i));
}

describe('variables of shell-form instructions, found on first read', () => {
  const text = [
    'ARG A=1',
    'FROM alpine',
    'ENV B=2',
    'RUN echo $A ${B:-$C} \\',
    '  # a comment inside',
    '    && echo "${D}" \'$E\' \\$F',
    'CMD echo $B',
    'ENTRYPOINT ["sh", "-c", "echo $B"]',
    'HEALTHCHECK CMD test -n "$B"',
    'RUN --mount=type=cache,target=$HOME echo $B',
    '',
  ].join('\n');

  it('reports the references of RUN, CMD and HEALTHCHECK with document ranges across continuation lines', () => {
    const r = parse(text);
    const [run, cmd, entrypoint, health, mounted] = r.instructions.slice(3);
    assert.deepEqual(run!.variables.map((v) => v.name), ['A', 'B', 'C', 'D']);
    for (const v of run!.variables) assert.equal(text.slice(v.nameRange.start, v.nameRange.end), v.name);
    assert.equal(text.slice(run!.variables[1]!.range.start, run!.variables[1]!.range.end), '${B:-$C}');
    assert.deepEqual(cmd!.variables.map((v) => v.name), ['B']);
    assert.deepEqual(entrypoint!.variables, []);
    assert.deepEqual(health!.variables.map((v) => v.name), ['B']);
    // With flags, the parse finds them at once (the builder expands RUN --mount).
    assert.equal(variablesPending(mounted!), false);
    assert.deepEqual(mounted!.variables.map((v) => v.name), ['B', 'HOME']);
  });

  it('gives the same references as the parse finds at once for the same instruction inside ONBUILD', () => {
    const r = parse(text);
    const pending = shellFormWithVariables(r);
    assert.equal(pending.length, 3);
    for (const ins of pending) assert.deepEqual(ins.variables.map((v) => refData(v)), eagerReferences(text, ins));
    for (const ins of pending) assert.equal(variablesPending(ins), false);
  });

  it('resolves them the same whichever is read first: the variables, all resolutions or one instruction\'s', () => {
    // A stage built FROM a name that only a later stage takes gets no ENV from it.
    const forward = 'FROM alpine AS a\nENV X=1\nFROM b AS c\nRUN echo $X\nFROM a AS b\nENV X=2\nRUN echo $X\n';
    const fa = analyze(forward);
    const fb = analyze(forward);
    for (const ins of fb.parse.instructions) void ins.variables;
    assert.deepEqual(resolutionData(fa, fa.resolutions), resolutionData(fb, fb.resolutions));
    assert.deepEqual(fa.resolutions.map((r) => r.def?.value), [undefined, '2']);
    const byList = analyze(text);
    const all = resolutionData(byList, byList.resolutions);
    const byVariables = analyze(text);
    for (const ins of byVariables.parse.instructions) void ins.variables;
    assert.deepEqual(resolutionData(byVariables, byVariables.resolutions), all);
    const byInstruction = analyze(text);
    const each = byInstruction.parse.instructions.flatMap((i) => resolutionData(byInstruction, byInstruction.resolutionsOf(i)));
    assert.deepEqual(each, all);
    assert.deepEqual(all.filter((s) => s.includes('|A|')).length, 1);
    assert.ok(all.some((s) => s.split('|')[2] === 'C' && s.split('|')[8] === 'undefined'));
  });

  const corpus = corpusDir();
  if (corpus !== undefined) {
    it('agrees with the parse at once and resolves the same in any order on every corpus file', function () {
      this.timeout(120000);
      for (const f of corpusFiles(corpus)) {
        const t = fs.readFileSync(f.path, 'utf8');
        // Up to three instructions per file against their ONBUILD form (each is a parse of the whole file).
        for (const ins of shellFormWithVariables(parse(t)).slice(0, 3)) {
          assert.deepEqual(ins.variables.map((v) => refData(v)), eagerReferences(t, ins), `${f.name}: ${ins.original}`);
        }
        const a = analyze(t);
        const all = resolutionData(a, a.resolutions);
        const b = analyze(t);
        for (const ins of b.parse.instructions) void ins.variables;
        assert.deepEqual(resolutionData(b, b.resolutions), all, f.name);
        const c = analyze(t);
        assert.deepEqual(c.parse.instructions.flatMap((i) => resolutionData(c, c.resolutionsOf(i))), all, f.name);
      }
      const huge = fs.readFileSync(path.join(corpus, 'large', 'huge.Dockerfile'), 'utf8');
      const h1 = analyze(huge);
      const h2 = analyze(huge);
      for (const ins of h2.parse.instructions) void ins.variables;
      const whole = resolutionData(h1, h1.resolutions);
      assert.deepEqual(resolutionData(h2, h2.resolutions), whole);
      const h3 = analyze(huge);
      assert.deepEqual(h3.parse.instructions.flatMap((i) => resolutionData(h3, h3.resolutionsOf(i))), whole);
    });
  }
});
