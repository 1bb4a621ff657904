import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { analyze } from '../../../server/src/model/model';
import { documentSymbols } from '../../../server/src/symbols/documentSymbols';
import { foldingRanges } from '../../../server/src/symbols/folding';
import { decodeTokens, rawTokens, semanticTokens, semanticTokensRange } from '../../../server/src/semantic/tokens';
import { corpusDir, corpusFiles } from '../../helpers/corpus';

const DOC = [
  '# syntax=docker/dockerfile:1', // 0
  '# escape=\\', // 1
  'ARG VERSION=3.20', // 2
  '# build stage', // 3
  '# compiles the app', // 4
  'FROM --platform=$BUILDPLATFORM ghcr.io/acme/golang:1.22@sha256:abc AS build', // 5
  'RUN --mount=type=cache,target=/root/.cache,from=build go build \\', // 6
  '    -o /out ./...', // 7
  'COPY <<EOF /etc/conf', // 8
  'key=${VERSION}', // 9
  'EOF', // 10
  'FROM alpine:${VERSION}', // 11
  'ENV APP=/app', // 12
  'COPY --from=build /out /usr/bin/app', // 13
  'CMD ["app", "--serve"]', // 14
  '',
].join('\n');

describe('document symbols, folding and semantic tokens', () => {
  const model = analyze(DOC);

  it('returns a stage tree with instructions as children and the global ARG at the top', () => {
    const symbols = documentSymbols(model, 'en');
    assert.deepEqual(symbols.map((s) => [s.name, s.kind]), [['ARG VERSION', SymbolKind.Variable], ['build', SymbolKind.Class], ['alpine:${VERSION}', SymbolKind.Module]]);
    const build = symbols[1]!;
    assert.deepEqual(build.children?.map((c) => c.name), ['RUN', 'COPY']);
    assert.deepEqual(build.children?.[1]?.children?.map((c) => c.name), ['heredoc EOF']);
    assert.deepEqual(symbols[2]!.children?.map((c) => c.name), ['ENV APP', 'COPY', 'CMD']);
    assert.match(symbols[2]!.detail ?? '', /built image/);
    assert.match(documentSymbols(model, 'ko')[2]!.detail ?? '', /빌드되는 이미지/);
    const inside = (s: DocumentSymbol): void => {
      const r = s.range;
      const sel = s.selectionRange;
      assert.ok(r.start.line < sel.start.line || (r.start.line === sel.start.line && r.start.character <= sel.start.character), s.name);
      for (const c of s.children ?? []) inside(c);
    };
    symbols.forEach(inside);
  });

  it('folds stages, multi-line instructions, heredocs and comment blocks', () => {
    const folds = foldingRanges(model).map((f) => [f.startLine, f.endLine, f.kind ?? '']);
    assert.deepEqual(folds, [[0, 1, 'comment'], [3, 4, 'comment'], [5, 10, 'region'], [6, 7, ''], [8, 10, ''], [11, 14, 'region']]);
  });

  it('gives each part its token kind', () => {
    const tokens = decodeTokens(semanticTokens(model).data);
    const lines = DOC.split('\n');
    const seen = tokens.map((t) => `${t.line}:${(lines[t.line] ?? '').slice(t.character, t.character + t.length)}=${t.type}${t.modifiers.length > 0 ? '+' + t.modifiers.join('+') : ''}`);
    for (const expected of [
      '0:syntax=macro', '0:docker/dockerfile:1=string', '3:# build stage=comment',
      '2:ARG=keyword', '2:VERSION=variable+declaration+readonly',
      '5:FROM=keyword', '5:--platform=parameter', '5:$BUILDPLATFORM=variable+readonly+defaultLibrary',
      '5:ghcr.io=namespace', '5:acme/golang=type', '5:1.22=enumMember', '5:sha256:abc=string', '5:AS=keyword', '5:build=class+declaration',
      '6:--mount=parameter', '6:type=property', '6:cache=string', '6:target=property',
      '8:<<=operator', '8:EOF=string', '10:EOF=string',
      '11:alpine=type', '11:${VERSION}=variable+readonly',
      '12:APP=variable+declaration', '13:build=class', '14:"app"=string', '14:"--serve"=string',
    ]) assert.ok(seen.includes(expected), `${expected} in ${seen.join(' ')}`);
  });

  it('never overlaps tokens and keeps each on one line; a range request returns the tokens of its lines', () => {
    const raw = rawTokens(model);
    for (let i = 1; i < raw.length; i++) assert.ok(raw[i - 1]!.end <= raw[i]!.start);
    for (const t of raw) assert.ok(!DOC.slice(t.start, t.end).includes('\n'));
    const ranged = decodeTokens(semanticTokensRange(model, 11, 12).data);
    assert.ok(ranged.length > 0 && ranged.every((t) => t.line >= 11 && t.line <= 12));
    assert.deepEqual(ranged, decodeTokens(semanticTokens(model).data).filter((t) => t.line >= 11 && t.line <= 12));
  });

  describe('on the corpus', () => {
    const dir = corpusDir();
    assert.ok(dir !== undefined, 'the corpus is missing: set DOCKERFILE_CORPUS');
    it('builds symbols, folds and tokens for every corpus file, every stage a node with its instructions', () => {
      for (const f of corpusFiles(dir)) {
        const text = fs.readFileSync(f.path, 'utf8');
        const m = analyze(text);
        const symbols = documentSymbols(m, 'en');
        assert.equal(symbols.length, m.preamble.length + m.stages.length, f.name);
        const stageNodes = symbols.slice(m.preamble.length);
        stageNodes.forEach((s, i) => assert.equal(s.children?.length, (m.stages[i]?.instructions.length ?? 1) - 1, f.name));
        for (const r of foldingRanges(m)) assert.ok(r.endLine > r.startLine && r.endLine < m.lines.lineCount, f.name);
        const raw = rawTokens(m);
        for (let i = 1; i < raw.length; i++) assert.ok(raw[i - 1]!.end <= raw[i]!.start, `${f.name}: overlap at ${raw[i]!.start}`);
        for (const t of raw) assert.ok(t.end > t.start && !text.slice(t.start, t.end).includes('\n'), f.name);
      }
    });
  });
});
