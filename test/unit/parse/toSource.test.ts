/** Instruction.toSource: one function for every instruction, reading what the parse stored on it. */
import * as assert from 'node:assert/strict';
import { parse } from '../../../server/src/parse/parser';
import type { Instruction } from '../../../server/src/parse/ast';

/** Every logical offset of `original` (and one past its end), mapped by the instruction. */
function mapped(ins: Instruction): number[] {
  const out: number[] = [];
  for (let o = 0; o <= ins.original.length; o++) out.push(ins.toSource(o));
  return out;
}

describe('Instruction.toSource', () => {
  it('reports the document offset of each character of a one-line instruction, and its end past the end', () => {
    const text = '# c\nRUN echo hi\n';
    const ins = parse(text).instructions[0]!;
    assert.equal(ins.original, 'RUN echo hi');
    assert.deepEqual(mapped(ins), [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    assert.equal(ins.toSource(100), 15);
    for (let o = 0; o < ins.original.length; o++) assert.equal(text[ins.toSource(o)], ins.original[o]);
  });

  it('reports document offsets across continuation lines, skipping the escape, the newline and a comment line', () => {
    const text = 'FROM x\nRUN a \\\n# note\n  b \\\n  c\n';
    const ins = parse(text).instructions[1]!;
    assert.equal(ins.original, 'RUN a   b   c');
    for (let o = 0; o < ins.original.length; o++) assert.equal(text[ins.toSource(o)], ins.original[o], `offset ${o}`);
    // Each piece starts where its line starts; past the end is the end of the last piece.
    assert.equal(ins.toSource(6), text.indexOf('  b'));
    assert.equal(ins.toSource(10), text.indexOf('  c'));
    assert.equal(ins.toSource(ins.original.length), text.indexOf('  c') + 3);
  });

  it('reports the offsets of an ONBUILD instruction from the start of its nested instruction', () => {
    const text = 'FROM x\nONBUILD   RUN a \\\n  b\n';
    const outer = parse(text).instructions[1]!;
    const inner = outer.onbuild!;
    assert.equal(inner.original, 'RUN a   b');
    assert.equal(inner.toSource(0), text.indexOf('RUN'));
    for (let o = 0; o < inner.original.length; o++) assert.equal(text[inner.toSource(o)], inner.original[o], `offset ${o}`);
    assert.equal(outer.toSource(0), text.indexOf('ONBUILD'));
  });

  it('reports the same offsets when the method is called on each instruction in turn (one function, no shared state)', () => {
    const text = 'FROM a\nRUN x \\\n  y\nCOPY b c\n';
    const [from, run, copy] = parse(text).instructions;
    assert.equal(from!.toSource, run!.toSource);
    assert.equal(copy!.toSource(0), text.indexOf('COPY'));
    assert.equal(run!.toSource(0), text.indexOf('RUN'));
    assert.equal(from!.toSource(0), 0);
  });
});
