import * as assert from 'node:assert/strict';
import type { DocumentSymbol, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { EXPLAIN_REQUEST, type ExplainResult } from '../../common/src/protocol';
import { startServer, type TestServer } from '../helpers/lspClient';
import { buildExplain } from '../../server/src/explain/explain';
import { analyze } from '../../server/src/model/model';
import { diagnosticsFor } from '../../server/src/service';

const KEYWORDS = ['FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL'];

const DOC = [
  'ARG VERSION=3.20',
  'FROM alpine:${VERSION} AS base',
  'RUN apk add --no-cache curl',
  'CMD ["sh"]',
  'LABEL org.opencontainers.image.title="demo"',
  'MAINTAINER someone@example.com',
  'EXPOSE 8080',
  'ENV APP_HOME=/app',
  'ADD https://example.com/a.tar.gz /tmp/',
  'COPY . /app',
  'ENTRYPOINT ["/app/run"]',
  'VOLUME /data',
  'USER nobody',
  'WORKDIR /app',
  'ONBUILD RUN echo hi',
  'STOPSIGNAL SIGTERM',
  'HEALTHCHECK CMD wget -q -O- http://localhost:8080/ || exit 1',
  'SHELL ["/bin/sh", "-c"]',
  '',
].join('\n');

function text(h: Hover | null): string {
  assert.ok(h !== null, 'no hover');
  return (h.contents as MarkupContent).value;
}

describe('language server over stdio', function () {
  this.timeout(30000);
  let server: TestServer;
  const uri = 'file:///tmp/test/Dockerfile';

  before(async () => {
    server = await startServer('en');
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text: DOC } });
  });
  after(async () => server.stop());

  it('publishes diagnostics after didOpen, with our source, codes and lesson links', async () => {
    await server.diagnostics(uri, 1);
    const u = 'file:///tmp/test/findings/Dockerfile';
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'dockerfile', version: 1, text: 'FROM ubuntu\nCMD echo hi\n' } });
    const d = await server.diagnostics(u, 1);
    const codes = d.diagnostics.map((x) => String(x.code));
    assert.ok(codes.includes('DL3006') && codes.includes('DL3025'), codes.join());
    // Hovering the finding shows its lesson: why, fix, example, notes link.
    const h = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: u }, position: { line: 0, character: 7 } });
    const t = text(h);
    assert.match(t, /\*\*DL3006\*\*/);
    assert.match(t, /Why it matters/);
    assert.match(t, /# ❌/);
    assert.match(t, /command:dockerfileTutor\.openNotes/);
    for (const x of d.diagnostics) {
      assert.equal(x.source, 'dockerfile-tutor');
      assert.match(x.codeDescription?.href ?? '', /^file:.*docs\/rules\/.+\.en\.md$/);
      assert.ok(x.message.length > 0);
    }
  });

  it('answers a hover on every instruction keyword, naming its phase, different per keyword', async () => {
    const lines = DOC.split('\n');
    const seen = new Set<string>();
    for (const kw of KEYWORDS) {
      const line = kw === 'ARG' ? 0 : lines.findIndex((l) => l.startsWith(kw + ' '));
      assert.ok(line >= 0, kw);
      const h = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character: 1 } });
      const t = text(h);
      assert.ok(t.includes(kw), `${kw} hover does not name ${kw}`);
      assert.match(t, /_(layer|metadata|build-only)_/, `${kw} hover names no phase`);
      assert.ok(!seen.has(t), `${kw} hover repeats another`);
      seen.add(t);
    }
  });

  it('returns null for an unknown document and for positions out of range', async () => {
    const unknown = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: 'file:///nope/Dockerfile' }, position: { line: 0, character: 0 } });
    assert.equal(unknown, null);
    for (const position of [{ line: 999, character: 0 }, { line: 0, character: 999 }, { line: -1, character: 0 }]) {
      const h = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
      assert.equal(h, null, JSON.stringify(position));
    }
  });

  it('re-lints after an incremental change, and an empty document gets no error', async () => {
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } }, text: '' }],
    });
    const d = await server.diagnostics(uri, 2);
    assert.ok(d.diagnostics.every((x) => x.severity !== 1), JSON.stringify(d.diagnostics));
  });

  it('answers dockerfileTutor/explain with stages, layers and the runtime command', async () => {
    const u = 'file:///tmp/test/explain/Dockerfile';
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'dockerfile', version: 1, text: 'FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM gcr.io/distroless/static\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\nCMD ["--serve"]\n' } });
    const r = await server.connection.sendRequest<ExplainResult>(EXPLAIN_REQUEST, { uri: u, lang: 'en' });
    assert.equal(r.stages.length, 2);
    assert.equal(r.targetStage, 1);
    assert.deepEqual(r.stages[1]!.copiesFrom.map((c) => c.stage), [0]);
    assert.deepEqual(r.stages[1]!.instructions.map((i) => i.phase), ['layer', 'layer', 'metadata', 'metadata']);
    assert.deepEqual(r.stages[0]!.instructions.map((i) => i.phase), ['build-only', 'build-only']);
    assert.deepEqual(r.runtime.argv, ['/app', '--serve']);
  });

  it('lints a document above the in-process size limit (the worker thread) and answers hovers meanwhile', async () => {
    const u = 'file:///tmp/test/large/Dockerfile';
    const big = 'FROM ubuntu\n' + 'RUN echo hello world && echo again\n'.repeat(4000);
    assert.ok(big.length > 64_000);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'dockerfile', version: 1, text: big } });
    const h = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
    assert.ok(h === null || typeof h === 'object');
    const d = await server.diagnostics(u, 1, 60000);
    assert.ok(d.diagnostics.some((x) => x.code === 'DL3006'));
  });

  it('answers hovers on another document while it builds a large document\'s model, a slice at a time', async () => {
    const u = 'file:///tmp/test/large-slices/Dockerfile';
    // About 1 MB in 30,000 lines: dozens of the main thread's 1,000-line steps.
    const big = 'FROM ubuntu\n' + 'RUN echo hello world && echo again\n'.repeat(30000);
    const small = 'file:///tmp/test/small-beside-large/Dockerfile';
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: small, languageId: 'dockerfile', version: 1, text: 'FROM alpine:3.20\n' } });
    const order: string[] = [];
    server.connection.onNotification('window/logMessage', (p: { message: string }) => {
      const m = /^model of (\S+) \(version 1\) built in (\d+) slices/.exec(p.message);
      if (m?.[1] === u) order.push(`built in ${m[2]!} slices`);
    });
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'dockerfile', version: 1, text: big } });
    // Hovers on the small document, one after another, until the model is built.
    const deadline = Date.now() + 15000;
    while (!order.some((o) => o.startsWith('built')) && Date.now() < deadline) {
      const h = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: small }, position: { line: 0, character: 1 } });
      assert.match(text(h), /FROM/);
      order.push('hover');
    }
    const built = order.findIndex((o) => o.startsWith('built'));
    assert.ok(built >= 0, 'the model was not built in slices within 15 s');
    assert.ok(built >= 1, `no hover was answered while the model was built: ${order.join(', ')}`);
    assert.ok(Number(/\d+/.exec(order[built]!)![0]) > 1, order[built]);
    // The large document's own hover uses that model.
    const h = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: u }, position: { line: 5, character: 1 } });
    assert.match(text(h), /RUN/);
    await server.diagnostics(u, 1, 60000);
    for (const closed of [u, small]) await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: closed } });
  });

  it('answers requests about a large document once its model is built, and those about others meanwhile', async () => {
    const u = 'file:///tmp/test/large-waits/Dockerfile';
    const big = 'FROM ubuntu AS base\n' + 'RUN echo hello world && echo again\n'.repeat(30000) + 'FROM base\n';
    const small = 'file:///tmp/test/small-beside-waits/Dockerfile';
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: small, languageId: 'dockerfile', version: 1, text: 'FROM alpine:3.20\n' } });
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'dockerfile', version: 1, text: big } });
    // As an editor does right after opening: the document's symbols. Built at once, they would hold up the hovers.
    const order: string[] = [];
    const symbols = server.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: u } }).then((r) => {
      order.push('symbols');
      return r;
    });
    const deadline = Date.now() + 15000;
    while (!order.includes('symbols') && Date.now() < deadline) {
      const h = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: small }, position: { line: 0, character: 1 } });
      assert.match(text(h), /FROM/);
      order.push('hover');
    }
    const r = await symbols;
    assert.ok(order.indexOf('symbols') >= 1, `no hover on the other document was answered before the symbols: ${order.slice(0, 5).join(', ')}`);
    assert.deepEqual(r.map((x) => x.name).slice(0, 1), ['base']);
    assert.equal(r.length, 2);
    await server.diagnostics(u, 1, 60000);
    for (const closed of [u, small]) await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: closed } });
  });

  it('publishes the worker\'s diagnostics of a large document as the in-process lint makes them, and their lessons in hovers', async () => {
    const u = 'file:///tmp/test/large-json/Dockerfile';
    const body = 'RUN apt-get update && apt-get install curl\nLABEL note="한국어 \\"quoted\\" \u2028"\nCOPY a b\nEXPOSE 80000\n';
    const big = 'FROM ubuntu\n' + body.repeat(700) + 'FROM ubuntu AS x\nFROM ubuntu AS x\n';
    assert.ok(big.length > 64_000);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'dockerfile', version: 1, text: big } });
    const d = await server.diagnostics(u, 1, 60000);
    const expected = diagnosticsFor(big, 'en');
    assert.ok(expected.length > 2000 && expected.some((x) => x.data !== undefined));
    // Rule doc links point next to the running code (dist/ there, the sources here).
    const sameLinks = (x: unknown): unknown => JSON.parse(JSON.stringify(x).replace(/file:\/\/[^"]*?\/docs\/rules\//g, 'docs/rules/'));
    assert.deepEqual(sameLinks(d.diagnostics), sameLinks(expected));
    // Hovers show the lessons of the findings under them, from the spans the worker sent: one finding near the end.
    const last = expected.filter((x) => x.range.start.line > 2000 && x.range.start.line === x.range.end.line).at(-1)!;
    const at = { line: last.range.start.line, character: last.range.start.character };
    const h = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: u }, position: at });
    assert.ok(text(h).includes(`**${String(last.code)}**`), `lesson of ${String(last.code)} at ${at.line}:${at.character}`);
  });

  it('answers dockerfileTutor/explain for a document above the in-process size limit (from the worker) as it would in-process', async () => {
    const u = 'file:///tmp/test/large-explain/Dockerfile';
    const big = 'FROM golang:1.22 AS build\nRUN go build -o /out/app .\n' + 'RUN apt-get install curl\n'.repeat(3000) + 'FROM scratch\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n';
    assert.ok(big.length > 64_000);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'dockerfile', version: 1, text: big } });
    const r = await server.connection.sendRequest<ExplainResult>(EXPLAIN_REQUEST, { uri: u, lang: 'en' });
    const expected = buildExplain(analyze(big), u, 'en');
    assert.equal(r.stages.length, 2);
    assert.equal(r.stages[0]!.instructions.length, 3002);
    assert.deepEqual(r.stages[0]!.instructions[2]!.findings.map((f) => f.code), expected.stages[0]!.instructions[2]!.findings.map((f) => f.code));
    assert.ok(r.stages[0]!.instructions[2]!.findings.some((f) => f.code === 'DL3008'));
    // Lesson links point into the docs folder next to the running code (dist/ here, the sources in the test).
    const sameLinks = (x: ExplainResult): unknown => JSON.parse(JSON.stringify(x).replace(/file:\/\/[^"]*?\/docs\/rules\//g, 'docs/rules/'));
    assert.deepEqual(sameLinks(r), sameLinks(expected));
  });

  it('keeps stderr free of anything but logs', () => {
    assert.equal(server.stderr().trim(), '');
  });
});
