import * as assert from 'node:assert/strict';
import type {
  CodeLens,
  CompletionItem,
  CompletionList,
  DocumentLink,
  InlayHint,
  MarkupContent,
  Position,
  SignatureHelp,
} from 'vscode-languageserver-protocol';
import { corpusDir, readCorpusFile } from '../helpers/corpus';
import { startServer, type TestServer } from '../helpers/lspClient';

const HEREDOC = 'docker__awesome-compose__fastapi__Dockerfile';
const WINDOWS = 'StefanScherer__dockerfiles-windows__caddy__Dockerfile';

const labelOf = (h: InlayHint): string => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));

describe('editing features over LSP', function () {
  this.timeout(60000);
  const dir = corpusDir();
  const byName = readCorpusFile;
  let server: TestServer;
  let ko: TestServer;
  let version = 0;

  before(async () => {
    server = await startServer('en');
    ko = await startServer('ko');
  });
  after(async () => {
    for (const s of [server, ko]) await s.stop();
  });

  async function open(s: TestServer, uri: string, text: string): Promise<void> {
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: ++version, text } });
  }

  async function complete(s: TestServer, uri: string, position: Position): Promise<CompletionItem[]> {
    const r = await s.connection.sendRequest<CompletionItem[] | CompletionList | null>('textDocument/completion', { textDocument: { uri }, position });
    return r === null ? [] : Array.isArray(r) ? r : r.items;
  }

  /** Position just after `needle` on the first line matching `line`. */
  function after_(text: string, line: RegExp, needle: string): Position {
    const lines = text.split(/\r?\n/);
    const l = lines.findIndex((x) => line.test(x));
    assert.ok(l >= 0, String(line));
    const c = (lines[l] ?? '').indexOf(needle);
    assert.ok(c >= 0, needle);
    return { line: l, character: c + needle.length };
  }

  /** The corpus file with `insert` added as a new line before the first line matching `before`. */
  function withLine(text: string, before: RegExp, insert: string): { text: string; position: Position } {
    const lines = text.split('\n');
    const l = lines.findIndex((x) => before.test(x));
    assert.ok(l >= 0, String(before));
    lines.splice(l, 0, insert);
    return { text: lines.join('\n'), position: { line: l, character: insert.length } };
  }

  it('announces the editing capabilities with the completion trigger characters', async () => {
    const s = await startServer('en');
    try {
      const init = await s.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', { processId: null, rootUri: null, capabilities: {} });
      const caps = init.capabilities;
      assert.deepEqual((caps['completionProvider'] as { triggerCharacters: string[] }).triggerCharacters, ['-', '=', '$', '{', ' ', ',']);
      for (const c of ['signatureHelpProvider', 'inlayHintProvider', 'codeLensProvider', 'documentLinkProvider']) assert.ok(caps[c] !== undefined, c);
    } finally {
      await s.stop();
    }
  });

  it('completes instructions at an empty line of a multi-stage heredoc file, and nothing inside a heredoc body', async () => {
    assert.ok(dir !== undefined, 'the corpus is missing: set DOCKERFILE_CORPUS');
    const text = byName(HEREDOC);
    const uri = 'file:///corpus/fastapi/Dockerfile';
    await open(server, uri, text);
    const empty = text.split('\n').findIndex((l, i) => i > 4 && l === '');
    const items = await complete(server, uri, { line: empty, character: 0 });
    const run = items.find((i) => i.label === 'RUN');
    assert.ok(run !== undefined && run.insertTextFormat === 2);
    assert.ok(!items.some((i) => i.label === '# syntax'), 'no directive after instructions');
    assert.match((run.documentation as MarkupContent).value, /layer/);
    const body = text.split('\n').findIndex((l) => l.startsWith('apt-get update'));
    assert.deepEqual(await complete(server, uri, { line: body, character: 0 }), []);
  });

  it('completes the flags of COPY after `COPY --` in a corpus file, in Korean for a Korean editor', async () => {
    assert.ok(dir !== undefined, 'the corpus is missing: set DOCKERFILE_CORPUS');
    const { text, position } = withLine(byName(HEREDOC), /^COPY \.\/app/, 'COPY --');
    const uri = 'file:///corpus/fastapi-copy/Dockerfile';
    await open(ko, uri, text);
    const items = await complete(ko, uri, position);
    assert.deepEqual(items.map((i) => i.label), ['--from', '--chown', '--chmod', '--link', '--parents', '--exclude']);
    assert.match((items[0]?.documentation as MarkupContent).value, /[가-힣]/);
  });

  it('completes earlier stage names after `--from=` in a Windows-escape file', async () => {
    assert.ok(dir !== undefined, 'the corpus is missing: set DOCKERFILE_CORPUS');
    const text = byName(WINDOWS);
    const uri = 'file:///corpus/caddy/Dockerfile';
    await open(server, uri, text);
    const items = await complete(server, uri, after_(text, /^COPY --from=/, '--from='));
    assert.deepEqual(items.map((i) => i.label), ['download']);
    assert.match(items[0]?.detail ?? '', /line 3/);
  });

  it('completes `${` with the variables BuildKit has in scope: the global ARG in FROM, not inside a stage that does not redeclare it', async () => {
    assert.ok(dir !== undefined, 'the corpus is missing: set DOCKERFILE_CORPUS');
    const original = byName(WINDOWS);
    const uri = 'file:///corpus/caddy-vars/Dockerfile';
    const { text, position } = withLine(original, /^EXPOSE/, 'RUN echo ${');
    await open(server, uri, text);
    const inStage = await complete(server, uri, position);
    assert.ok(!inStage.some((i) => i.label === 'tag'), 'global ARG tag is not in scope in the stage');
    assert.deepEqual(inStage.map((i) => i.label), []);
    const inFrom = await complete(server, uri, after_(text, /^FROM .*servercore:\$tag$/, ':$'));
    const tag = inFrom.find((i) => i.label === 'tag');
    assert.equal(tag?.detail, 'ltsc2016');
    const firstStage = withLine(original, /^RUN powershell/, 'RUN echo ${');
    const uri2 = 'file:///corpus/caddy-vars2/Dockerfile';
    await open(server, uri2, firstStage.text);
    const env = await complete(server, uri2, firstStage.position);
    assert.deepEqual(env.map((i) => [i.label, i.detail]), [['CADDY_VERSION', '0.11.5']]);
  });

  it('gives signature help for RUN --mount with the flag syntax first', async () => {
    assert.ok(dir !== undefined, 'the corpus is missing: set DOCKERFILE_CORPUS');
    const text = byName(HEREDOC);
    const uri = 'file:///corpus/fastapi-sig/Dockerfile';
    await open(server, uri, text);
    const help = await server.connection.sendRequest<SignatureHelp | null>('textDocument/signatureHelp', {
      textDocument: { uri },
      position: after_(text, /^RUN --mount/, 'type=cache'),
    });
    assert.ok(help !== null);
    assert.match(help.signatures[0]?.label ?? '', /^RUN --mount=/);
    assert.ok(help.signatures.some((s) => s.label.startsWith('RUN [OPTIONS]')));
    assert.equal(help.activeSignature, 0);
  });

  it('links images to Docker Hub and MCR (after resolving the global ARG) in corpus files', async () => {
    assert.ok(dir !== undefined, 'the corpus is missing: set DOCKERFILE_CORPUS');
    const heredoc = byName(HEREDOC);
    await open(server, 'file:///corpus/fastapi-links/Dockerfile', heredoc);
    const links = await server.connection.sendRequest<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: 'file:///corpus/fastapi-links/Dockerfile' } });
    assert.deepEqual(links.map((l) => [l.range.start.line, l.target]), [
      [2, 'https://hub.docker.com/r/tiangolo/uvicorn-gunicorn-fastapi'],
      [25, 'https://hub.docker.com/r/gloursdocker/docker'],
    ]);
    const windows = byName(WINDOWS);
    await open(server, 'file:///corpus/caddy-links/Dockerfile', windows);
    const mcr = await server.connection.sendRequest<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: 'file:///corpus/caddy-links/Dockerfile' } });
    assert.deepEqual(mcr.map((l) => l.target), ['https://mcr.microsoft.com/artifact/mar/windows/servercore', 'https://mcr.microsoft.com/artifact/mar/windows/servercore']);
  });

  it('returns inlay hints (phase after each instruction, values of variables) for the requested range only', async () => {
    assert.ok(dir !== undefined, 'the corpus is missing: set DOCKERFILE_CORPUS');
    const text = byName(WINDOWS);
    const uri = 'file:///corpus/caddy-inlay/Dockerfile';
    await open(server, uri, text);
    const hints = await server.connection.sendRequest<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } },
    });
    assert.deepEqual(hints.map((h) => [h.position.line, labelOf(h)]), [
      [1, 'build-only'],
      [2, '= ltsc2016'],
      [2, 'build-only'],
    ]);
    const later = await server.connection.sendRequest<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 10, character: 0 }, end: { line: 11, character: 0 } },
    });
    // The second FROM builds the final image: a layer, with the global ARG resolved in its image.
    assert.deepEqual(later.map((h) => [h.position.line, labelOf(h)]), [[10, '= ltsc2016'], [10, 'layer']]);
  });

  it('returns no inlay hints when dockerfileTutor.inlayHints.enable is false', async () => {
    assert.ok(dir !== undefined, 'the corpus is missing: set DOCKERFILE_CORPUS');
    const off = await startServer('en', { inlayHints: { enable: false } });
    try {
      const uri = 'file:///corpus/caddy-off/Dockerfile';
      await open(off, uri, byName(WINDOWS));
      const request = () => off.connection.sendRequest<InlayHint[]>('textDocument/inlayHint', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } },
      });
      // The server pulls its settings after `initialized`; wait (bounded) until they apply.
      const deadline = Date.now() + 10000;
      let hints = await request();
      while (hints.length > 0 && Date.now() < deadline) {
        await new Promise((r) => setImmediate(r));
        hints = await request();
      }
      assert.deepEqual(hints, []);
    } finally {
      await off.stop();
    }
  });

  it('shows each stage role and an Explain command with the stage index on every FROM', async () => {
    assert.ok(dir !== undefined, 'the corpus is missing: set DOCKERFILE_CORPUS');
    const uri = 'file:///corpus/fastapi-lens/Dockerfile';
    await open(ko, uri, byName(HEREDOC));
    const lenses = await ko.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    const explain = lenses.filter((l) => l.command?.command === 'dockerfileTutor.explain');
    assert.deepEqual(explain.map((l) => [l.range.start.line, l.command?.arguments]), [[2, [{ uri, stage: 0 }]], [12, [{ uri, stage: 1 }]]]);
    const roles = lenses.filter((l) => l.command?.command === '').map((l) => l.command?.title ?? '');
    assert.equal(roles.length, 2);
    assert.match(roles[0] ?? '', /최종 이미지의 바탕/);
    assert.match(roles[1] ?? '', /^최종 이미지:/);
  });
});
