import * as assert from 'node:assert/strict';
import { dumpInstruction, dumpResult } from '../../../server/src/parse/dump';
import { parse } from '../../../server/src/parse/parser';
import type { ParseResult } from '../../../server/src/parse/ast';

/** Every token range must cover its text in the document (for tokens without continuations inside). */
function assertRanges(r: ParseResult): void {
  for (const ins of r.instructions) {
    assert.equal(r.text.slice(ins.keywordRange.start, ins.keywordRange.end), ins.keyword);
    assert.ok(ins.range.start >= 0 && ins.range.end <= r.text.length);
    for (const f of ins.flags) {
      const raw = r.text.slice(f.range.start, f.range.end);
      if (!raw.includes('\n')) assert.ok(raw.startsWith('--'), `flag range ${JSON.stringify(raw)}`);
    }
    for (const v of ins.variables) {
      const raw = r.text.slice(v.nameRange.start, v.nameRange.end);
      if (!raw.includes('\n')) assert.equal(raw, v.name);
    }
  }
}

/** The same Dockerfile in the variants a real file can come in. */
function variants(text: string): Record<string, string> {
  return {
    plain: text,
    crlf: text.replace(/\n/g, '\r\n'),
    bom: '\uFEFF' + text,
    tabs: text.replace(/^(\S+) /gm, '$1\t'),
    noFinalNewline: text.replace(/\n$/, ''),
  };
}

const SAMPLE = [
  '# syntax=docker/dockerfile:1',
  'ARG BASE=alpine:3.20',
  'FROM ${BASE} AS build',
  'ENV A=1 B="two words" \\',
  '    C=${A:-x}',
  'RUN --mount=type=cache,target=/root/.cache \\',
  '    # a comment inside the continuation',
  '    echo "$A" && \\',
  '    echo done',
  'COPY --from=build --chmod=0755 /a /b',
  'ONBUILD RUN echo "$HOME"',
  'CMD ["sh", "-c", "echo hi"]',
  '',
].join('\n');

describe('parser', () => {
  it('gives the same instructions for CRLF, BOM, tabs and no final newline', () => {
    const base = dumpResult(parse(SAMPLE));
    for (const [name, text] of Object.entries(variants(SAMPLE))) {
      const r = parse(text);
      assert.deepEqual(r.errors, [], name);
      assert.equal(dumpResult(r), base, name);
      assertRanges(r);
    }
  });

  it('reports the directive, the comment inside the continuation, and variable references with ranges', () => {
    const r = parse(SAMPLE);
    assert.deepEqual(r.directives.map((d) => [d.name, d.value]), [['syntax', 'docker/dockerfile:1']]);
    assert.ok(r.comments.some((c) => c.insideInstruction && c.text === 'a comment inside the continuation'));
    const run = r.instructions.find((i) => i.name === 'run')!;
    assert.equal(run.startLine, 5);
    assert.equal(run.endLine, 8);
    assert.deepEqual(run.flags.map((f) => [f.name, f.value]), [['mount', 'type=cache,target=/root/.cache']]);
    const env = r.instructions.find((i) => i.name === 'env')!;
    assert.deepEqual(env.keyValues.map((kv) => [kv.key.value, kv.value?.value]), [['A', '1'], ['B', '"two words"'], ['C', '${A:-x}']]);
    const c = env.variables.find((v) => v.name === 'A')!;
    assert.equal(c.modifier, ':-');
    assert.equal(c.word, 'x');
    assert.equal(r.text.slice(c.range.start, c.range.end), '${A:-x}');
  });

  it('parses ONBUILD with its nested instruction', () => {
    const r = parse('FROM a\nONBUILD RUN echo hi\n');
    const ob = r.instructions[1]!;
    assert.equal(ob.onbuild?.name, 'run');
    assert.equal(r.text.slice(ob.onbuild.keywordRange.start, ob.onbuild.keywordRange.end), 'RUN');
    assert.equal(dumpInstruction(ob), 'onbuild (run "echo hi")');
  });

  it('reads heredocs, several per line, quoted and with <<-', () => {
    const text = 'FROM a\nRUN <<EOF cat >/x && 3<<-"END" cat\necho $X\nEOF\n\tliteral $Y\n\tEND\nCOPY <<one <<two /dst/\n1\none\n2\ntwo\n';
    const r = parse(text);
    assert.deepEqual(r.errors, []);
    const run = r.instructions[1]!;
    assert.deepEqual(run.heredocs.map((h) => [h.name, h.expand, h.chomp, h.fd, h.content]), [
      ['EOF', true, false, undefined, 'echo $X\n'],
      ['END', false, true, 3, '\tliteral $Y\n'],
    ]);
    assert.equal(run.endLine, 5);
    assert.equal(text.slice(run.heredocs[0]!.terminatorRange!.start, run.heredocs[0]!.terminatorRange!.end), 'EOF');
    const copy = r.instructions[2]!;
    assert.deepEqual(copy.heredocs.map((h) => h.content), ['1\n', '2\n']);
    assert.equal(r.instructions.length, 3);
  });

  it('does not read heredocs in exec form, and reports an unterminated one', () => {
    assert.deepEqual(parse('FROM a\nRUN ["cat", "<<EOF"]\nEOF\n').errors.map((e) => e.code), []);
    const r = parse('FROM a\nRUN cat <<EOF\nnever closed\n');
    assert.deepEqual(r.errors.map((e) => e.code), ['UnterminatedHeredoc']);
  });

  it('does not continue a line that ends in an escaped escape character (BuildKit regex)', () => {
    const r = parse('FROM a\nCOPY x C:\\\\dir\\\\\n\nENV A=b\n');
    assert.deepEqual(r.instructions.map((i) => i.name), ['from', 'copy', 'env']);
  });

  it('uses the backtick as escape after # escape=`', () => {
    const r = parse('# escape=`\nFROM a\nRUN echo `\n  hi\nCOPY C:\\x\\ C:\\y\\\n');
    assert.equal(r.escapeToken, '`');
    assert.deepEqual(r.instructions.map((i) => i.original), ['FROM a', 'RUN echo   hi', 'COPY C:\\x\\ C:\\y\\']);
  });

  it('honours directives only at the top, once each', () => {
    assert.equal(parse('\n# escape=`\nFROM a\n').escapeToken, '\\');
    assert.equal(parse('# hello\n# escape=`\nFROM a\n').escapeToken, '\\');
    assert.deepEqual(parse('# escape=x\nFROM a\n').errors.map((e) => e.code), ['InvalidEscapeToken']);
    assert.deepEqual(parse('# syntax=a\n# syntax=b\nFROM a\n').errors.map((e) => e.code), ['DuplicateDirective']);
  });

  it('reports an empty file, a comment-only file, and flags empty continuation lines', () => {
    assert.deepEqual(parse('').errors.map((e) => e.code), ['NoInstructions']);
    assert.deepEqual(parse('# only a comment\n').errors.map((e) => e.code), ['NoInstructions']);
    const r = parse('FROM a\nRUN echo \\\n\n  hi\n');
    assert.equal(r.instructions[1]!.emptyContinuationLine, true);
    assert.equal(r.instructions[1]!.original, 'RUN echo   hi');
  });

  it('keeps unterminated quotes and JSON as BuildKit does, and never throws on odd input', () => {
    for (const text of ['FROM a\nCMD ["unterminated\n', 'FROM a\nENV X="open\n', 'RUN \\', '\\', '\u0000\u0000', 'FROM a\nRUN <<\n', 'FROM a\nLABEL', '\uD800FROM', 'FROM a\nRUN ${', '`', 'FROM a\nENV a=b c']) {
      const r = parse(text);
      assertRanges(r);
    }
    assert.deepEqual(parse('FROM a\nCMD ["unterminated\n').instructions[1]!.json, false);
    assert.deepEqual(parse('FROM a\nENV a=b c\n').errors.map((e) => e.code), ['KeyValueMissingEquals']);
  });

  it('reports a line longer than the builder reads', () => {
    const r = parse('FROM a\nRUN echo ' + 'x'.repeat(70000) + '\n');
    assert.deepEqual(r.errors.map((e) => e.code), ['LineTooLong']);
  });
});
