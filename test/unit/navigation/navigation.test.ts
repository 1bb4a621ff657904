import * as assert from 'node:assert/strict';
import { analyze, type DockerfileModel } from '../../../server/src/model/model';
import { definitionAt, occurrencesAt } from '../../../server/src/navigation/symbols';
import { prepareRename, rename } from '../../../server/src/navigation/rename';
import { NAVIGATION_TEXTS } from '../../../server/src/knowledge/navigationTexts';

const DOC = [
  'ARG VERSION=3.20', // 0
  'ARG BASE=alpine', // 1
  'FROM ${BASE}:${VERSION} AS Build', // 2
  'ARG VERSION', // 3
  'ENV APP=/app', // 4
  'RUN echo $VERSION $APP > /v', // 5
  'RUN <<EOF', // 6
  'echo ${VERSION}', // 7
  'EOF', // 8
  'FROM build AS test', // 9
  'RUN echo $APP', // 10
  'FROM alpine:${VERSION}', // 11
  'COPY --from=BUILD /v /v', // 12
  'RUN --mount=type=bind,from=build,target=/b cat /b/v', // 13
  'COPY --from=0 /v /w', // 14
  'COPY <<-"END" /etc/x', // 15
  '\thello', // 16
  '\tEND', // 17
  '',
].join('\n');

const LINES = DOC.split('\n');

/** Offset of `needle` (its n-th occurrence, plus delta) on a line. */
function at(line: number, needle: string, delta = 1, nth = 0): number {
  let idx = -1;
  for (let i = 0; i <= nth; i++) idx = (LINES[line] ?? '').indexOf(needle, idx + 1);
  assert.ok(idx >= 0, `${needle} on line ${line}`);
  return LINES.slice(0, line).reduce((n, l) => n + l.length + 1, 0) + idx + delta;
}

function texts(model: DockerfileModel, ranges: readonly { start: number; end: number }[]): string[] {
  return ranges.map((r) => `${model.lines.lineOf(r.start)}:${model.parse.text.slice(r.start, r.end)}`);
}

describe('navigation', () => {
  const model = analyze(DOC);

  it('finds a stage by name, case-insensitively, in FROM, COPY --from and RUN --mount from=, and by index', () => {
    const occ = occurrencesAt(model, at(2, 'Build'));
    assert.deepEqual(texts(model, occ.map((o) => o.range)), ['2:Build', '9:build', '12:BUILD', '13:build', '14:0']);
    assert.deepEqual(occ.map((o) => o.declaration), [true, false, false, false, false]);
    assert.deepEqual(texts(model, definitionAt(model, at(12, 'BUILD'))), ['2:Build']);
    assert.deepEqual(texts(model, definitionAt(model, at(14, '0', 0))), ['2:Build']);
  });

  it('treats a global ARG as used by FROM lines and by the in-stage ARG lines that redeclare it', () => {
    const occ = occurrencesAt(model, at(0, 'VERSION'));
    assert.deepEqual(texts(model, occ.map((o) => o.range)), ['0:VERSION', '2:VERSION', '3:VERSION', '11:VERSION']);
  });

  it('resolves a use inside a stage to the in-stage ARG, and that ARG to the global one', () => {
    assert.deepEqual(texts(model, definitionAt(model, at(5, 'VERSION'))), ['3:VERSION']);
    assert.deepEqual(texts(model, definitionAt(model, at(3, 'VERSION'))), ['0:VERSION']);
    assert.deepEqual(texts(model, definitionAt(model, at(2, 'VERSION'))), ['0:VERSION']);
    const local = occurrencesAt(model, at(3, 'VERSION'));
    assert.deepEqual(texts(model, local.map((o) => o.range)), ['3:VERSION', '5:VERSION', '7:VERSION']);
  });

  it('follows ENV into a stage built FROM the stage that sets it', () => {
    assert.deepEqual(texts(model, definitionAt(model, at(10, 'APP'))), ['4:APP']);
    assert.deepEqual(texts(model, occurrencesAt(model, at(4, 'APP')).map((o) => o.range)), ['4:APP', '5:APP', '10:APP']);
  });

  it('pairs a heredoc marker with its terminator (quoted and <<- forms)', () => {
    assert.deepEqual(texts(model, occurrencesAt(model, at(8, 'EOF')).map((o) => o.range)), ['6:EOF', '8:EOF']);
    assert.deepEqual(texts(model, definitionAt(model, at(17, 'END'))), ['15:"END"']);
  });

  it('renames a stage everywhere it is named, leaving numeric references alone', () => {
    const r = rename(model, at(9, 'build'), 'compile', 'en');
    assert.ok(r.ok);
    assert.deepEqual(texts(model, r.edits.map((e) => e.range)), ['2:Build', '9:build', '12:BUILD', '13:build']);
    assert.ok(r.edits.every((e) => e.newText === 'compile'));
  });

  it('renames a global ARG together with its redeclarations and all their uses', () => {
    const r = rename(model, at(5, 'VERSION'), 'ALPINE_VERSION', 'en');
    assert.ok(r.ok);
    assert.deepEqual(texts(model, r.edits.map((e) => e.range)), ['0:VERSION', '2:VERSION', '3:VERSION', '5:VERSION', '7:VERSION', '11:VERSION']);
  });

  it('renames the inside of a quoted heredoc delimiter and its terminator', () => {
    const r = rename(model, at(15, 'END'), 'DONE', 'en');
    assert.ok(r.ok);
    assert.deepEqual(texts(model, r.edits.map((e) => e.range)), ['15:END', '17:END']);
  });

  it('refuses invalid or clashing names with a localized message', () => {
    const cases: [number, string][] = [
      [at(2, 'Build'), '1stage'],
      [at(2, 'Build'), 'scratch'],
      [at(2, 'Build'), 'TEST'],
      [at(0, 'VERSION'), 'my-version'],
      [at(0, 'VERSION'), 'BASE'],
      [at(6, 'EOF'), 'a b'],
      [at(6, 'EOF'), 'echo ${VERSION}'],
    ];
    for (const [offset, name] of cases) {
      for (const lang of ['en', 'ko'] as const) {
        const r = rename(model, offset, name, lang);
        assert.ok(!r.ok, name);
        assert.ok(r.message.includes(name), `${lang}: ${r.message}`);
      }
    }
    const body = analyze('RUN <<EOF\nDONE\nEOF\n');
    const r = rename(body, 6, 'DONE', 'ko');
    assert.ok(!r.ok);
    assert.equal(r.message, NAVIGATION_TEXTS.heredocNameInBody.ko.replace('{name}', 'DONE'));
  });

  it('refuses to start a rename on predefined ARGs, undefined variables, stage numbers and plain text', () => {
    const m = analyze('FROM alpine\nARG TARGETARCH\nRUN echo $TARGETOS $NOPE\nFROM alpine\nCOPY --from=0 / /\n');
    const line = (n: number): number => m.lines.lineStarts[n] ?? 0;
    const expectations: [number, string][] = [
      [line(2) + 11, NAVIGATION_TEXTS.renamePredefined.en.replace('{name}', 'TARGETOS')],
      [line(2) + 21, NAVIGATION_TEXTS.renameUndefined.en.replace('{name}', 'NOPE')],
      [line(4) + 12, NAVIGATION_TEXTS.renameStageIndex.en.replace('{name}', '0')],
      [line(0) + 2, NAVIGATION_TEXTS.renameNothing.en],
    ];
    for (const [offset, message] of expectations) {
      const r = prepareRename(m, offset, 'en');
      assert.ok(!r.ok);
      assert.equal(r.message, message);
    }
    const ok = prepareRename(m, line(1) + 6, 'en');
    assert.ok(ok.ok);
    assert.equal(ok.placeholder, 'TARGETARCH');
  });
});
