/**
 * The floor of the LSP latency figures: a language server on the same protocol library as ours
 * (`vscode-languageserver`), started with the same V8 flags, that does no work. It answers a hover with a fixed
 * text of the size of a typical hover of ours, a completion with an empty list, and publishes no diagnostics on
 * didOpen. `npm run bench` measures it with the same client and positions as ours and the anchor: what it takes
 * is what the client, the JSON-RPC round trip and this machine add to every request, whatever the server does.
 */
import { createConnection, ProposedFeatures, TextDocumentSyncKind, type Hover } from 'vscode-languageserver/node';
import { tuneHeapForLongRunningServer } from '../server/src/lsp/heap';

tuneHeapForLongRunningServer();

/** About the size of ours: the median hover of ours at the bench's positions is ~860 characters of JSON. */
const HOVER: Hover = {
  contents: {
    kind: 'markdown',
    value: ['**RUN** — runs a command at build time.', '', 'Build time: makes a layer. Run time: not run again.', '', 'x'.repeat(700)].join('\n'),
  },
};

const connection = createConnection(ProposedFeatures.all);
connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental, hoverProvider: true, completionProvider: {} } }));
connection.onDidOpenTextDocument((p) => {
  void connection.sendDiagnostics({ uri: p.textDocument.uri, version: p.textDocument.version, diagnostics: [] });
});
connection.onHover(() => HOVER);
connection.onCompletion(() => []);
connection.listen();
