import * as assert from 'node:assert/strict';
import type { Connection, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticsPublisher, encodeMessage } from '../../../server/src/lsp/jsonDiagnostics';
import { DiagnosticsText, jsonBytes } from '../../../server/src/lsp/diagnosticsText';
import { codesAt, lessonSpans } from '../../../server/src/lsp/lessonSpans';
import { diagnosticsFor, lintText } from '../../../server/src/service';

const DOC = [
  'FROM ubuntu',
  'RUN apt-get update && apt-get install curl',
  'RUN cd /tmp && wget https://example.com/x.tgz',
  'LABEL maintainer="홍길동 \u2028 \\"quoted\\""',
  'COPY a b',
  'EXPOSE 80000',
  'RUN apt-get install -y 패키지',
  '',
].join('\n');

/** A connection whose sendDiagnostics hands each params object to the encoder, as the stdio writer would. */
function capture(): { connection: Connection; sent: string[] } {
  const sent: string[] = [];
  const connection = {
    sendDiagnostics: (params: PublishDiagnosticsParams) => {
      sent.push(encodeMessage({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params } as never).toString('utf8'));
      return Promise.resolve();
    },
  } as unknown as Connection;
  return { connection, sent };
}

describe('diagnostics passed as JSON text (jsonDiagnostics.ts)', () => {
  for (const lang of ['en', 'ko'] as const) {
    it(`writes the same message as JSON.stringify of the objects would (${lang})`, async () => {
      const diagnostics = diagnosticsFor(DOC, lang);
      assert.ok(diagnostics.length >= 4 && diagnostics.some((d) => d.data !== undefined), 'the document has findings, some with fixes');
      const { connection, sent } = capture();
      // As the lint worker makes them: the text of DiagnosticsText, its bytes by jsonBytes.
      const { model, findings } = lintText(DOC);
      const bytes = jsonBytes(new DiagnosticsText().make(model, findings, lang).text, lang);
      assert.equal(bytes.byteOffset, 0);
      assert.equal(bytes.byteLength, bytes.buffer.byteLength, 'the bytes have a buffer of their own (the worker moves it)');
      await new DiagnosticsPublisher(connection, true).publishJson('file:///a/Dockerfile', 7, bytes);
      const expected = JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a/Dockerfile', version: 7, diagnostics } });
      assert.equal(sent.length, 1);
      // English text is written as ASCII (\u escapes): the same message once read.
      if (lang === 'ko') assert.equal(sent[0], expected);
      else {
        assert.ok(/[^\t-\x7f]/.test(expected), 'the English diagnostics have characters beyond ASCII (a package name quoted)');
        assert.ok(!/[^\t-\x7f]/.test(sent[0]!), 'English bytes are ASCII');
      }
      assert.deepEqual(JSON.parse(sent[0]!), JSON.parse(expected));
    });
  }

  it('parses the text back into objects where the transport cannot pass it through (node IPC)', async () => {
    const diagnostics = diagnosticsFor(DOC, 'en');
    const { connection, sent } = capture();
    await new DiagnosticsPublisher(connection, false).publishJson('file:///b/Dockerfile', 3, Buffer.from(JSON.stringify(diagnostics), 'utf8'));
    assert.deepEqual(JSON.parse(sent[0]!), { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///b/Dockerfile', version: 3, diagnostics } });
  });

  it('writes every other message as JSON.stringify does, the object diagnostics included', async () => {
    const diagnostics = diagnosticsFor(DOC, 'en');
    const { connection, sent } = capture();
    await new DiagnosticsPublisher(connection, true).publish('file:///c/Dockerfile', undefined, diagnostics);
    assert.equal(sent[0], JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///c/Dockerfile', diagnostics } }));
    const response = { jsonrpc: '2.0', id: 4, result: { contents: { kind: 'markdown', value: '`FROM` \u0000' } } };
    assert.equal(encodeMessage(response as never).toString('utf8'), JSON.stringify(response));
  });
});

describe('lesson spans (lessonSpans.ts)', () => {
  /** The rule the server used before: a diagnostic counts where its range holds the position, ends included. */
  function naive(diagnostics: readonly Diagnostic[], line: number, character: number): string[] {
    return diagnostics.filter(({ range: { start, end } }) => {
      const after = line > start.line || (line === start.line && character >= start.character);
      const before = line < end.line || (line === end.line && character <= end.character);
      return after && before;
    }).map((d) => String(d.code));
  }

  it('finds the codes of the diagnostics at every position of a document, as a filter over the objects does', () => {
    const text = `${DOC}RUN apt-get install \\\n  curl \\\n  wget\nFROM ubuntu AS a\nFROM ubuntu AS a\n`;
    const diagnostics = diagnosticsFor(text, 'en');
    const spans = lessonSpans(diagnostics);
    const lines = text.split('\n');
    let hits = 0;
    for (let line = 0; line <= lines.length; line++) {
      for (let character = 0; character <= (lines[line]?.length ?? 0) + 1; character++) {
        const expected = naive(diagnostics, line, character);
        hits += expected.length;
        assert.deepEqual(codesAt(spans, line, character), expected, `${line}:${character}`);
      }
    }
    assert.ok(hits > 50, 'positions with diagnostics were checked');
    assert.ok(spans.codes.length < diagnostics.length, 'codes are kept once each');
  });
});
