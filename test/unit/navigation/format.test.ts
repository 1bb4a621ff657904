import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { analyze } from '../../../server/src/model/model';
import { parse } from '../../../server/src/parse/parser';
import { dumpResult } from '../../../server/src/parse/dump';
import type { Instruction, ParseResult } from '../../../server/src/parse/ast';
import { formatDocument, formatOnType, formatRange, type FormatOptions, type OffsetEdit } from '../../../server/src/format/format';
import { corpusDir, corpusFiles } from '../../helpers/corpus';

const OPTIONS: FormatOptions = { tabSize: 4, insertSpaces: true, keepMultilineIndentation: false };

function apply(text: string, edits: readonly OffsetEdit[]): string {
  let out = text;
  for (const e of [...edits].reverse()) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return out;
}

const format = (text: string, options = OPTIONS): string => apply(text, formatDocument(analyze(text), options));

/** BuildKit's view with runs of blanks collapsed (continuation indentation outside quotes is such a run). */
function shape(r: ParseResult): string {
  const one = (i: Instruction): unknown => [i.name, i.flags.map((f) => f.word), i.argNodes.map((n) => ('child' in n ? one(n.child) : n.value.replace(/[ \t]+/g, ' ')))];
  return JSON.stringify(r.instructions.map(one));
}

function heredocBytes(r: ParseResult): string[] {
  return r.instructions.flatMap((i) => i.heredocs.map((h) => r.text.slice(h.bodyRange.start, h.terminatorRange?.end ?? h.bodyRange.end)));
}

describe('formatting', () => {
  it('upper-cases keywords, single-spaces flags, indents continuation lines and strips trailing blanks', () => {
    const before = [
      'from  --platform=$BUILDPLATFORM   golang:1.22 as build   ',
      '  run   --mount=type=cache,target=/root/.cache    go build \\',
      '  -o /out \\',
      '\t\t./cmd   ',
      'copy --from=build /out /out',
      'onbuild   run echo hi',
      '',
    ].join('\n');
    const after = [
      'FROM --platform=$BUILDPLATFORM golang:1.22 as build',
      'RUN --mount=type=cache,target=/root/.cache go build \\',
      '    -o /out \\',
      '    ./cmd',
      'COPY --from=build /out /out',
      'ONBUILD RUN echo hi',
      '',
    ].join('\n');
    assert.equal(format(before), after);
    assert.equal(format(after), after);
  });

  it('uses a tab when the editor indents with tabs', () => {
    assert.equal(format('RUN a \\\n  b\n', { ...OPTIONS, insertSpaces: false }), 'RUN a \\\n\tb\n');
    assert.equal(format('RUN a \\\n  b\n', { ...OPTIONS, tabSize: 2 }), 'RUN a \\\n  b\n');
  });

  it('never adds or removes the white space BuildKit joins into the line, nor touches quoted continuations', () => {
    const cases = [
      'RUN apt-get install foo\\\nbar\n', // `foobar`: no blank to indent with
      'RUN echo "a \\\n      b"\n', // inside double quotes
      "LABEL description='long \\\n   text'\n", // inside single quotes
      'WORKDIR /a\\\n  b\n', // WORKDIR keeps its argument verbatim
    ];
    for (const text of cases) assert.equal(format(text), text, text);
  });

  it('leaves heredoc bodies and terminators byte-for-byte', () => {
    const text = 'run <<-EOF   \n\t  echo hi   \n\tEOF\ncopy <<A <<B /x/\n   a  \nA\n  b\t\nB\n';
    const out = format(text);
    assert.equal(out, 'RUN <<-EOF\n\t  echo hi   \n\tEOF\nCOPY <<A <<B /x/\n   a  \nA\n  b\t\nB\n');
  });

  it('respects # escape=` (backtick continuation, backslashes are plain characters)', () => {
    const text = '# escape=`\nfrom mcr.microsoft.com/windows/servercore:ltsc2022\nrun powershell -Command `\n  $a = 1; `\n        Write-Host C:\\temp\\\n';
    assert.equal(format(text), '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN powershell -Command `\n    $a = 1; `\n    Write-Host C:\\temp\\\n');
  });

  it('keeps hand-made continuation indentation with keepMultilineIndentation', () => {
    const text = 'run a && \\\n      b && \\\n  c   \n';
    assert.equal(format(text, { ...OPTIONS, keepMultilineIndentation: true }), 'RUN a && \\\n      b && \\\n  c\n');
  });

  it('formats only the requested lines in a range', () => {
    const text = 'run a\nrun b\nrun c\n';
    const model = analyze(text);
    assert.equal(apply(text, formatRange(model, OPTIONS, 1, 1)), 'run a\nRUN b\nrun c\n');
  });

  it('indents the new line after a continuation when a newline is typed', () => {
    const text = 'run apt-get update && \\\n\n';
    const edits = formatOnType(analyze(text), OPTIONS, 1);
    assert.equal(apply(text, edits), 'RUN apt-get update && \\\n    \n');
    assert.deepEqual(formatOnType(analyze('RUN a\n\n'), OPTIONS, 1), []);
    assert.deepEqual(formatOnType(analyze('RUN <<EOF\necho \\\n\nEOF\n'), OPTIONS, 2), []);
  });

  describe('on the corpus', () => {
    const dir = corpusDir();
    assert.ok(dir !== undefined, 'the corpus is missing: set DOCKERFILE_CORPUS');
    const files = corpusFiles(dir);

    it('is idempotent, keeps heredocs byte-for-byte and BuildKit\'s parse, for every corpus file', () => {
      let changed = 0;
      for (const f of files) {
        const text = fs.readFileSync(f.path, 'utf8');
        for (const keep of [false, true]) {
          const options = { ...OPTIONS, keepMultilineIndentation: keep };
          const once = format(text, options);
          if (once !== text) changed++;
          assert.equal(format(once, options), once, `${f.name}: second pass changed the text`);
          const before = parse(text);
          const after = parse(once);
          assert.deepEqual(heredocBytes(after), heredocBytes(before), `${f.name}: heredoc changed`);
          assert.deepEqual(after.errors.map((e) => e.code), before.errors.map((e) => e.code), f.name);
          if (keep) assert.equal(dumpResult(after), dumpResult(before), `${f.name}: parse dump changed`);
          else assert.equal(shape(after), shape(before), `${f.name}: parse changed beyond blank runs`);
        }
      }
      assert.ok(files.length > 300, `${files.length} corpus files`);
      assert.ok(files.some((f) => f.features.includes('heredoc')) && files.some((f) => f.features.includes('escape`')));
      assert.ok(changed > 100, `formatting changed ${changed} file variants`);
    });
  });
});
