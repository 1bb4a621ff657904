/**
 * The floor of the LSP latency figures: a language server on the same protocol library as ours
 * (`vscode-languageserver`), started with the same V8 flags, that does no work. It answers a hover with a fixed
 * text of the size of a typical hover of ours, a completion with an empty list, and publishes no diagnostics when a
 * small document opens. `npm run bench` measures it with the same client and positions as ours and the anchor: what
 * it takes is what the client, the JSON-RPC round trip and this machine add to every request, whatever the server
 * does.
 *
 * For a large document (huge.Dockerfile), it publishes on open and after every change the diagnostics ours publishes
 * for it, the bytes of their JSON text read from the file FLOOR_DIAGNOSTICS names before it starts, written into the
 * message the way ours writes them (jsonDiagnostics.ts). What it takes is what moving the document in and those diagnostics out
 * costs: the part of the huge file's open and edit figures that no lint, however fast, takes away.
 */
import * as fs from 'node:fs';
import { createConnection, ProposedFeatures, StreamMessageReader, TextDocumentSyncKind, type Hover } from 'vscode-languageserver/node';
import { isLargeDocument, tuneHeapForLongRunningServer } from '../server/src/lsp/heap';
import { DiagnosticsPublisher, jsonPassingWriter } from '../server/src/lsp/jsonDiagnostics';

tuneHeapForLongRunningServer();

/** About the size of ours: the median hover of ours at the bench's positions is ~860 characters of JSON. */
const HOVER: Hover = {
  contents: {
    kind: 'markdown',
    value: ['**RUN** — runs a command at build time.', '', 'Build time: makes a layer. Run time: not run again.', '', 'x'.repeat(700)].join('\n'),
  },
};

const diagnosticsFile = process.env['FLOOR_DIAGNOSTICS'];
const largeDiagnostics = diagnosticsFile === undefined ? undefined : fs.readFileSync(diagnosticsFile);
/** The large documents open now. */
const large = new Set<string>();

const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), jsonPassingWriter(process.stdout));
const publisher = new DiagnosticsPublisher(connection, true);
process.stdin.on('end', () => process.exit(0));
connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental, hoverProvider: true, completionProvider: {} } }));
connection.onDidOpenTextDocument((p) => {
  const { uri, version, text } = p.textDocument;
  if (largeDiagnostics !== undefined && isLargeDocument(text.length)) {
    large.add(uri);
    void publisher.publishJson(uri, version, largeDiagnostics);
  } else void connection.sendDiagnostics({ uri, version, diagnostics: [] });
});
connection.onDidChangeTextDocument((p) => {
  const { uri, version } = p.textDocument;
  if (largeDiagnostics !== undefined && large.has(uri)) void publisher.publishJson(uri, version, largeDiagnostics);
});
connection.onDidCloseTextDocument((p) => void large.delete(p.textDocument.uri));
connection.onHover(() => HOVER);
connection.onCompletion(() => []);
connection.listen();
