/**
 * Protocol abuse over stdio: unknown documents, positions past the end or negative, requests after
 * didClose, cancellation, a document above the size limit, 1,000 edits in a burst, shutdown/exit. Every request is answered (or cancelled),
 * the server stays up, writes nothing to stderr, and exits with code 0 on `exit`.
 */
import * as assert from 'node:assert/strict';
import { CancellationTokenSource, ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol/node';
import { startServer, type TestServer } from '../helpers/lspClient';
import { MAX_DOCUMENT_CHARS } from '../../server/src/lsp/heap';
import { tooLargeMessage } from '../../server/src/lsp/diagnostics';

const URI = 'file:///abuse/Dockerfile';
const TEXT = 'FROM alpine:3.20\nARG A=1\nRUN apt-get update && apt-get install -y curl\nCMD ["sh"]\n';

const POSITION_METHODS = ['textDocument/hover', 'textDocument/completion', 'textDocument/definition', 'textDocument/references', 'textDocument/documentHighlight', 'textDocument/prepareRename'];
const DOCUMENT_METHODS = ['textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/formatting', 'textDocument/semanticTokens/full', 'textDocument/codeAction'];

/** Sends a request; resolves with its result, or with the error when the server answers with one it may send. */
async function ask(s: TestServer, method: string, params: object): Promise<unknown> {
  try {
    return await s.connection.sendRequest(method, params);
  } catch (e) {
    // A deliberate error answer (MethodNotFound for a feature not offered, RequestFailed from prepareRename at a
    // place with nothing to rename) is an answer; an internal error means a handler threw.
    if (e instanceof ResponseError && e.code !== ErrorCodes.InternalError) return `error ${e.code}`;
    throw e;
  }
}

function paramsFor(method: string, uri: string, line: number, character: number): object {
  const pos = { textDocument: { uri }, position: { line, character } };
  if (method === 'textDocument/references') return { ...pos, context: { includeDeclaration: true } };
  if (method === 'textDocument/formatting') return { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } };
  if (method === 'textDocument/codeAction') return { textDocument: { uri }, range: { start: { line, character }, end: { line, character } }, context: { diagnostics: [] } };
  return method.startsWith('textDocument/') && DOCUMENT_METHODS.includes(method) ? { textDocument: { uri } } : pos;
}

async function alive(s: TestServer): Promise<void> {
  assert.equal(s.child.exitCode, null, 'the server exited');
  const uri = 'file:///abuse/alive/Dockerfile';
  const wait = s.diagnostics(uri, 1);
  await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text: TEXT } });
  await wait;
  const h = await s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
  assert.ok(h !== null, 'no hover on FROM');
  await s.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
}

describe('LSP protocol abuse', function () {
  this.timeout(60_000);
  let s: TestServer;
  before(async () => {
    s = await startServer();
  });
  after(async () => {
    await s.stop();
  });
  afterEach(() => {
    assert.equal(s.stderr(), '', 'the server wrote to stderr');
  });

  it('answers every request on an unknown document without an error', async () => {
    for (const m of [...POSITION_METHODS, ...DOCUMENT_METHODS]) await ask(s, m, paramsFor(m, 'file:///nowhere/Dockerfile', 0, 0));
    assert.equal(await s.connection.sendRequest('dockerfileTutor/explain', { uri: 'file:///nowhere/Dockerfile' }).catch(() => 'error'), null);
    await alive(s);
  });

  it('answers requests at positions past the end, negative or huge', async () => {
    const wait = s.diagnostics(URI, 1);
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'dockerfile', version: 1, text: TEXT } });
    await wait;
    for (const [line, character] of [[4, 0], [4, 99], [100, 0], [0, 10_000], [-1, 0], [0, -1], [-5, -5], [2 ** 31 - 1, 2 ** 31 - 1], [1.5, 0.5]] as const) {
      for (const m of [...POSITION_METHODS, 'textDocument/codeAction']) await ask(s, m, paramsFor(m, URI, line, character));
    }
    await alive(s);
  });

  it('answers requests after didClose as for an unknown document', async () => {
    await s.connection.sendNotification('textDocument/didClose', { textDocument: { uri: URI } });
    for (const m of [...POSITION_METHODS, ...DOCUMENT_METHODS]) await ask(s, m, paramsFor(m, URI, 0, 1));
    assert.equal(await s.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 0, character: 1 } }), null);
    // A change or a second close for a closed document is ignored.
    await s.connection.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 9 }, contentChanges: [{ text: 'FROM x\n' }] });
    await s.connection.sendNotification('textDocument/didClose', { textDocument: { uri: URI } });
    await alive(s);
  });

  it('answers or cancels requests cancelled with $/cancelRequest', async () => {
    const uri = 'file:///abuse/cancel/Dockerfile';
    const wait = s.diagnostics(uri, 1);
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text: TEXT.repeat(200) } });
    await wait;
    const outcomes = await Promise.all(Array.from({ length: 50 }, async (_, i) => {
      const source = new CancellationTokenSource();
      const p = s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: i, character: 1 } }, source.token);
      source.cancel();
      try {
        await p;
        return 'answered';
      } catch (e) {
        assert.ok(e instanceof ResponseError && e.code === LSPErrorCodes.RequestCancelled, `unexpected error ${String(e)}`);
        return 'cancelled';
      }
    }));
    assert.equal(outcomes.length, 50);
    // Cancelling a request id that does not exist is harmless.
    await s.connection.sendNotification('$/cancelRequest', { id: 987654 });
    await alive(s);
  });

  it('answers a document above the size limit with one diagnostic that says so, and nothing else, until an edit brings it under', async () => {
    const uri = 'file:///abuse/too-large/Dockerfile';
    const line = `RUN apt-get install curl ${'x'.repeat(1000)}\n`;
    const text = `FROM ubuntu\n${line.repeat(Math.ceil(MAX_DOCUMENT_CHARS / line.length))}`;
    assert.ok(text.length > MAX_DOCUMENT_CHARS);
    const wait = s.diagnostics(uri, 1, 30_000);
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text } });
    const d = await wait;
    assert.deepEqual(d.diagnostics.map((x) => ({ severity: x.severity, message: x.message })), [{ severity: 3, message: tooLargeMessage(text.length, 'en') }]);
    assert.match(d.diagnostics[0]!.message, /8,000,000 characters/);
    for (const m of [...POSITION_METHODS, ...DOCUMENT_METHODS]) {
      const answer = await ask(s, m, paramsFor(m, uri, 1, 1));
      assert.ok(answer === null || (Array.isArray(answer) && answer.length === 0) || (typeof answer === 'object' && answer !== null && (answer as { data?: unknown[] }).data?.length === 0), `${m} answered ${JSON.stringify(answer).slice(0, 200)}`);
    }
    const explain = await s.connection.sendRequest('dockerfileTutor/explain', { uri }).then(() => 'answered', (e: unknown) => (e instanceof ResponseError ? e.message : String(e)));
    assert.equal(explain, tooLargeMessage(text.length, 'en'));
    // Cut back under the limit: analysed as usual (DL3008 and DL3015 on every RUN line kept).
    const kept = `FROM ubuntu\n${line.repeat(3)}`;
    const after = s.diagnostics(uri, 2, 30_000);
    await s.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: kept }] });
    const codes = (await after).diagnostics.map((x) => String(x.code));
    assert.equal(codes.filter((c) => c === 'DL3015').length, 3, codes.join());
    await s.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await alive(s);
  });

  it('publishes diagnostics for the last of 1,000 edits sent in a burst, and its text is the edited one', async () => {
    const uri = 'file:///abuse/burst/Dockerfile';
    const open = s.diagnostics(uri, 1);
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text: 'FROM alpine:3.20\n' } });
    await open;
    const last = 1001;
    const final = s.diagnostics(uri, last, 30_000);
    for (let v = 2; v <= last; v++) {
      // Each edit appends one character to line 1 (a RUN line once complete).
      const text = v === 2 ? 'RUN ' : 'x';
      const character = v === 2 ? 0 : 4 + (v - 3);
      await s.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [{ range: { start: { line: 1, character }, end: { line: 1, character } }, text }],
      });
    }
    const d = await final;
    assert.equal(d.version, last);
    const hover = await s.connection.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 1 } });
    assert.ok(hover !== null && /RUN/.test(hover.contents.value), 'hover on the RUN the edits wrote');
    await alive(s);
  });
});

describe('LSP shutdown and exit', function () {
  this.timeout(30_000);

  it('answers shutdown, then exits with code 0 on exit, with nothing on stderr', async () => {
    const s = await startServer();
    const exited = new Promise<number | null>((resolve) => s.child.on('exit', (code) => resolve(code)));
    assert.equal(await s.connection.sendRequest('shutdown'), null);
    await s.connection.sendNotification('exit');
    assert.equal(await exited, 0);
    assert.equal(s.stderr(), '');
    s.connection.dispose();
  });

  it('exits when stdin closes without shutdown, with nothing on stderr', async () => {
    const s = await startServer();
    const exited = new Promise<number | null>((resolve) => s.child.on('exit', (code) => resolve(code)));
    s.child.stdin.end();
    const code = await exited;
    assert.ok(code !== null, 'the server was killed instead of exiting');
    assert.equal(s.stderr(), '');
    s.connection.dispose();
  });
});
