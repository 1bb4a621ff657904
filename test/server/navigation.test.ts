import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import type {
  DocumentHighlight,
  DocumentSymbol,
  FoldingRange,
  Location,
  Position,
  SemanticTokens,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse } from '../../server/src/parse/parser';
import { dumpResult } from '../../server/src/parse/dump';
import type { Instruction, ParseResult } from '../../server/src/parse/ast';
import { decodeTokens } from '../../server/src/semantic/tokens';
import { corpusDir, corpusFiles, type CorpusFile, readCorpusFile } from '../helpers/corpus';
import { startServer, type TestServer } from '../helpers/lspClient';

const FORMAT_OPTIONS = { tabSize: 4, insertSpaces: true };

function shape(r: ParseResult): string {
  const one = (i: Instruction): unknown => [i.name, i.flags.map((f) => f.word), i.argNodes.map((n) => ('child' in n ? one(n.child) : n.value.replace(/[ \t]+/g, ' ')))];
  return JSON.stringify(r.instructions.map(one));
}

function heredocBytes(r: ParseResult): string[] {
  return r.instructions.flatMap((i) => i.heredocs.map((h) => r.text.slice(h.bodyRange.start, h.terminatorRange?.end ?? h.bodyRange.end)));
}

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'dockerfile', 1, text), [...edits]);
}

describe('navigation features over LSP', function () {
  this.timeout(120000);
  const dir = corpusDir();
  const files: CorpusFile[] = dir === undefined ? [] : corpusFiles(dir);
  const byName = readCorpusFile;
  let server: TestServer;
  let keep: TestServer;
  let ko: TestServer;
  let version = 0;

  before(async () => {
    server = await startServer('en');
    keep = await startServer('en', { format: { keepMultilineIndentation: true } });
    ko = await startServer('ko');
  });
  after(async () => {
    for (const s of [server, keep, ko]) await s.stop();
  });

  async function open(s: TestServer, uri: string, text: string): Promise<void> {
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: ++version, text } });
  }

  const request = <T>(s: TestServer, method: string, params: object): Promise<T> => s.connection.sendRequest<T>(method, params);

  /** Position of the `nth` occurrence of `needle` on the first line matching `line`. */
  function pos(text: string, line: RegExp, needle: string, nth = 0): Position {
    const lines = text.split('\n');
    const l = lines.findIndex((x) => line.test(x));
    assert.ok(l >= 0, String(line));
    let c = -1;
    for (let i = 0; i <= nth; i++) c = (lines[l] ?? '').indexOf(needle, c + 1);
    assert.ok(c >= 0, needle);
    return { line: l, character: c + 1 };
  }

  it('returns the stages of a multi-stage heredoc file as a tree with their instructions', async () => {
    assert.ok(dir !== undefined, 'the corpus is missing: set DOCKERFILE_CORPUS');
    const text = byName('docker__awesome-compose__angular__angular__Dockerfile');
    const uri = 'file:///corpus/angular/Dockerfile';
    await open(server, uri, text);
    const symbols = await request<DocumentSymbol[]>(server, 'textDocument/documentSymbol', { textDocument: { uri } });
    const stages = parse(text).instructions.filter((i) => i.name === 'from');
    assert.equal(symbols.length, stages.length);
    assert.deepEqual(symbols.slice(0, 2).map((s) => s.name), ['builder', 'dev-envs']);
    for (const s of symbols) {
      assert.equal(s.kind, 5 /* Class */);
      assert.ok((s.children ?? []).length > 0, s.name);
    }
    const heredocRun = symbols[1]?.children?.find((c) => (c.children ?? []).some((h) => h.name === 'heredoc EOF'));
    assert.ok(heredocRun !== undefined, 'the RUN <<EOF of dev-envs carries its heredoc');
    const folds = await request<FoldingRange[]>(server, 'textDocument/foldingRange', { textDocument: { uri } });
    const eofStart = text.split('\n').findIndex((l) => l.startsWith('RUN <<EOF'));
    assert.ok(folds.some((f) => f.startLine === eofStart && text.split('\n')[f.endLine] === 'EOF'), 'heredoc fold');
    const highlights = await request<DocumentHighlight[]>(server, 'textDocument/documentHighlight', { textDocument: { uri }, position: pos(text, /^RUN <<EOF/, 'EOF') });
    assert.deepEqual(highlights.map((h) => text.split('\n')[h.range.start.line]), ['RUN <<EOF', 'EOF']);
  });

  it('renames a stage in every corpus file: AS, FROM and --from references follow, nothing else changes', async () => {
    assert.ok(dir !== undefined, 'the corpus is missing: set DOCKERFILE_CORPUS');
    let renamed = 0;
    for (const f of files) {
      const text = fs.readFileSync(f.path, 'utf8');
      const parsed = parse(text);
      const froms = parsed.instructions.filter((i) => i.name === 'from');
      const index = froms.findIndex((i) => i.argNodes.length === 3);
      const from = froms[index];
      if (from === undefined) continue;
      const nameTok = from.argNodes[2] as { value: string; range: { start: number } };
      const old = nameTok.value.toLowerCase();
      if (froms.slice(0, index).some((i) => (i.argNodes[2] as { value?: string } | undefined)?.value?.toLowerCase() === old)) continue;
      // The written references, found in the parse: later FROM bases, COPY/ADD --from, RUN --mount from=.
      const expected = [nameTok.range.start];
      for (const ins of parsed.instructions.filter((i) => i.range.start > from.range.start)) {
        const inner = ins.onbuild ?? ins;
        if (inner !== ins) continue;
        const base = ins.name === 'from' ? (ins.argNodes[0] as { value: string; range: { start: number } } | undefined) : undefined;
        if (base !== undefined && base.value.toLowerCase() === old) expected.push(base.range.start);
        for (const fl of ins.flags) {
          if (fl.name === 'from' && (ins.name === 'copy' || ins.name === 'add') && fl.value?.toLowerCase() === old && fl.valueRange !== undefined) expected.push(fl.valueRange.start);
          if (fl.name === 'mount' && ins.name === 'run' && fl.valueRange !== undefined) {
            const m = /(?:^|,)from=([^,]*)/.exec(fl.value ?? '');
            if (m?.[1]?.toLowerCase() === old) expected.push(fl.valueRange.start + m.index + m[0].indexOf('from=') + 5);
          }
        }
      }
      const uri = `file:///corpus/rename/${f.name}`;
      await open(server, uri, text);
      const doc = TextDocument.create(uri, 'dockerfile', 1, text);
      const edit = await request<WorkspaceEdit>(server, 'textDocument/rename', { textDocument: { uri }, position: doc.positionAt(nameTok.range.start + 1), newName: 'renamed-stage' });
      const edits = edit.changes?.[uri] ?? [];
      assert.deepEqual(edits.map((e) => doc.offsetAt(e.range.start)).sort((a, b) => a - b), expected.sort((a, b) => a - b), f.name);
      const after = parse(applyEdits(text, edits));
      assert.equal(after.instructions.length, parsed.instructions.length, f.name);
      if (expected.length > 1) renamed++;
    }
    assert.ok(renamed > 50, `${renamed} files with references renamed`);
  });

  it('follows BuildKit\'s ARG scoping across stages for definition and references in corpus files', async () => {
    assert.ok(dir !== undefined, 'the corpus is missing: set DOCKERFILE_CORPUS');
    let checked = 0;
    for (const f of files) {
      const text = fs.readFileSync(f.path, 'utf8');
      const parsed = parse(text);
      const firstFrom = parsed.instructions.findIndex((i) => i.name === 'from');
      if (firstFrom <= 0) continue;
      const globals = parsed.instructions.slice(0, firstFrom).filter((i) => i.name === 'arg').flatMap((i) => i.keyValues);
      const inStage = parsed.instructions.slice(firstFrom);
      for (const g of globals) {
        const name = g.key.value;
        if (globals.filter((x) => x.key.value === name).length > 1) continue;
        const redeclarations = inStage.filter((i) => i.name === 'arg').flatMap((i) => i.keyValues).filter((kv) => kv.key.value === name && kv.value === undefined);
        if (redeclarations.length === 0) continue;
        const uri = `file:///corpus/args/${f.name}`;
        await open(server, uri, text);
        const doc = TextDocument.create(uri, 'dockerfile', 1, text);
        const lineOf = (o: number): number => doc.positionAt(o).line;
        // References of the global: its declaration, global-scope lines (other global ARGs, FROM) that use it, and the ARG lines that redeclare it.
        const globalScope = [...parsed.instructions.slice(0, firstFrom), ...inStage.filter((i) => i.name === 'from')];
        const fromUses = globalScope.flatMap((i) => i.variables.filter((v) => v.name === name)).map((v) => v.nameRange.start);
        const expected = [g.key.range.start, ...fromUses, ...redeclarations.map((kv) => kv.key.range.start)].sort((a, b) => a - b);
        const refs = await request<Location[]>(server, 'textDocument/references', { textDocument: { uri }, position: doc.positionAt(g.key.range.start), context: { includeDeclaration: true } });
        assert.deepEqual(refs.map((r) => doc.offsetAt(r.range.start)).sort((a, b) => a - b), expected, `${f.name}: references of ${name}`);
        // A use inside a stage goes to that stage's redeclaration; the redeclaration goes to the global.
        for (const rd of redeclarations) {
          const stageIns = inStage.filter((i) => i.range.start > rd.key.range.start);
          const nextFrom = stageIns.findIndex((i) => i.name === 'from');
          const rest = nextFrom < 0 ? stageIns : stageIns.slice(0, nextFrom);
          const redefined = rest.findIndex((i) => (i.name === 'arg' || i.name === 'env') && i.keyValues.some((kv) => kv.key.value === name));
          const use = (redefined < 0 ? rest : rest.slice(0, redefined)).flatMap((i) => i.variables).find((v) => v.name === name);
          const toGlobal = await request<Location[]>(server, 'textDocument/definition', { textDocument: { uri }, position: doc.positionAt(rd.key.range.start) });
          assert.deepEqual(toGlobal.map((l) => l.range.start.line), [lineOf(g.key.range.start)], `${f.name}: ${name} redeclaration`);
          if (use === undefined) continue;
          const def = await request<Location[]>(server, 'textDocument/definition', { textDocument: { uri }, position: doc.positionAt(use.nameRange.start) });
          assert.deepEqual(def.map((l) => doc.offsetAt(l.range.start)), [rd.key.range.start], `${f.name}: use of ${name} on line ${lineOf(use.nameRange.start)}`);
          checked++;
        }
      }
    }
    assert.ok(checked >= 10, `${checked} in-stage uses checked`);
  });

  it('formats every corpus file idempotently, heredocs byte-for-byte, BuildKit\'s parse unchanged', async () => {
    assert.ok(dir !== undefined, 'the corpus is missing: set DOCKERFILE_CORPUS');
    let changed = 0;
    for (const f of files) {
      const text = fs.readFileSync(f.path, 'utf8');
      for (const s of [server, keep]) {
        const uri = `file:///corpus/format/${s === keep ? 'keep' : 'default'}/${f.name}`;
        await open(s, uri, text);
        const edits = await request<TextEdit[]>(s, 'textDocument/formatting', { textDocument: { uri }, options: FORMAT_OPTIONS });
        const once = applyEdits(text, edits);
        if (once !== text) changed++;
        const uri2 = `${uri}.again`;
        await open(s, uri2, once);
        const again = await request<TextEdit[]>(s, 'textDocument/formatting', { textDocument: { uri: uri2 }, options: FORMAT_OPTIONS });
        assert.deepEqual(again, [], `${f.name}: second formatting changed something`);
        const before = parse(text);
        const after = parse(once);
        assert.deepEqual(heredocBytes(after), heredocBytes(before), `${f.name}: heredoc body changed`);
        if (s === keep) assert.equal(dumpResult(after), dumpResult(before), `${f.name}: dump changed`);
        else assert.equal(shape(after), shape(before), `${f.name}: parse changed`);
      }
    }
    assert.ok(changed > 100, `${changed} formatted variants differ from the original`);
  });

  it('formats a Windows file with backtick continuations', async () => {
    assert.ok(dir !== undefined, 'the corpus is missing: set DOCKERFILE_CORPUS');
    const text = byName('StefanScherer__dockerfiles-windows__caddy__Dockerfile');
    const uri = 'file:///corpus/caddy/Dockerfile';
    await open(server, uri, text.replace('FROM mcr', 'from  mcr'));
    const edits = await request<TextEdit[]>(server, 'textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    const out = applyEdits(text.replace('FROM mcr', 'from  mcr'), edits);
    assert.ok(out.includes('FROM mcr.microsoft.com/windows/servercore:$tag AS download'));
    assert.ok(out.includes("; `\n  [Net.ServicePointManager]"), 'continuation lines re-indented by two spaces');
    assert.ok(out.includes('C:\\caddy -Force ; `\n  rm caddy.zip'));
  });

  it('indents the line after a continuation on type', async () => {
    const uri = 'file:///ontype/Dockerfile';
    const text = 'FROM alpine\nrun apk add --no-cache \\\n\n';
    await open(server, uri, text);
    const edits = await request<TextEdit[]>(server, 'textDocument/onTypeFormatting', { textDocument: { uri }, position: { line: 2, character: 0 }, ch: '\n', options: FORMAT_OPTIONS });
    assert.equal(applyEdits(text, edits), 'FROM alpine\nRUN apk add --no-cache \\\n    \n');
  });

  it('decodes semantic tokens of a corpus file into the right kinds, and a range request into that range', async () => {
    assert.ok(dir !== undefined, 'the corpus is missing: set DOCKERFILE_CORPUS');
    const text = byName('StefanScherer__dockerfiles-windows__caddy__Dockerfile');
    const uri = 'file:///corpus/caddy-tokens/Dockerfile';
    await open(server, uri, text);
    const lines = text.split('\n');
    const full = await request<SemanticTokens>(server, 'textDocument/semanticTokens/full', { textDocument: { uri } });
    const seen = decodeTokens(full.data).map((t) => `${t.line}:${(lines[t.line] ?? '').slice(t.character, t.character + t.length)}=${t.type}${t.modifiers.map((m) => '+' + m).join('')}`);
    const line = (re: RegExp): number => lines.findIndex((l) => re.test(l));
    const copy = line(/^COPY --from/);
    for (const e of [
      `0:escape=macro`, '0:`=string', `1:ARG=keyword`, `1:tag=variable+declaration+readonly`,
      `2:FROM=keyword`, `2:mcr.microsoft.com=namespace`, `2:windows/servercore=type`, `2:$tag=variable+readonly`, `2:download=class+declaration`,
      `3:CADDY_VERSION=variable+declaration`, `${copy}:--from=parameter`, `${copy}:download=class`,
      `${line(/^# Set the volume where the {2}Caddy/)}:# Set the volume where the  Caddyfile will e mounted to=comment`,
      `${line(/^ENTRYPOINT/)}:"C:\\\\caddy\\\\caddy.exe"=string`,
    ]) assert.ok(seen.includes(e), `${e} not in ${seen.join(' | ')}`);
    const range = await request<SemanticTokens>(server, 'textDocument/semanticTokens/range', { textDocument: { uri }, range: { start: { line: copy, character: 0 }, end: { line: copy + 1, character: 0 } } });
    const ranged = decodeTokens(range.data);
    assert.deepEqual(ranged.map((t) => t.line), ranged.map(() => copy));
    assert.deepEqual(ranged.map((t) => t.type), ['keyword', 'parameter', 'class']);
  });

  it('refuses an invalid stage name with a message in the user\'s language', async () => {
    const text = 'FROM alpine AS build\nFROM alpine\nCOPY --from=build / /\n';
    const uri = 'file:///refuse/Dockerfile';
    for (const [s, re] of [[server, /not a valid stage name/], [ko, /올바른 스테이지 이름이 아닙니다/]] as const) {
      await open(s, uri, text);
      await assert.rejects(
        request(s, 'textDocument/rename', { textDocument: { uri }, position: { line: 2, character: 13 }, newName: '9lives' }),
        (e: Error) => re.test(e.message),
      );
      await assert.rejects(request(s, 'textDocument/prepareRename', { textDocument: { uri }, position: { line: 1, character: 2 } }), (e: Error) => e.message.length > 10);
      const ok = await request<{ placeholder: string }>(s, 'textDocument/prepareRename', { textDocument: { uri }, position: { line: 0, character: 16 } });
      assert.equal(ok.placeholder, 'build');
    }
  });
});
