/**
 * Diagnostics that arrive as JSON text (from the lint worker) are written into the `publishDiagnostics` message as
 * they are, on a stream transport (stdio). For the 2 MB benchmark file, its 9,356 diagnostics as objects took about
 * 90 ms between the worker and the client: a structured clone out of the worker, another into the main thread, and
 * JSON.stringify there, all on the path of every edit. As one string, they cross the thread as a copy of its bytes,
 * and the main thread only frames them.
 *
 * Node's IPC transport (`--node-ipc`) serializes messages itself, with no way to pass JSON text through: there the
 * text is parsed back into objects, as much work as the structured clone it replaces.
 */
import { StreamMessageWriter, type Connection, type Message, type MessageWriter, type PublishDiagnosticsParams } from 'vscode-languageserver/node';
import type { Diagnostic } from 'vscode-languageserver-types';

/** The JSON text of the diagnostics of a params object handed to `sendDiagnostics`, by that object. */
const JSON_TEXT = new WeakMap<object, string>();

/**
 * A message writer for a stream (the server's stdout) that writes every message as JSON, the diagnostics of params
 * made by `DiagnosticsPublisher` as their JSON text. The framing (`Content-Length`) is vscode-jsonrpc's.
 */
export function jsonPassingWriter(out: NodeJS.WritableStream): MessageWriter {
  return new StreamMessageWriter(out, {
    charset: 'utf-8',
    contentTypeEncoder: { name: 'application/json', encode: (msg) => Promise.resolve(Buffer.from(encodeMessage(msg), 'utf-8')) },
  });
}

/** The message as JSON; a publishDiagnostics notification whose params carry JSON text gets that text as its `diagnostics`. */
export function encodeMessage(msg: Message): string {
  const params = (msg as { params?: unknown }).params;
  const text = typeof params === 'object' && params !== null ? JSON_TEXT.get(params) : undefined;
  if (text === undefined) return JSON.stringify(msg);
  const { uri, version } = params as PublishDiagnosticsParams;
  const method = (msg as { method?: unknown }).method;
  // The same members JSON.stringify would write for `{ jsonrpc, method, params: { uri, version, diagnostics } }`.
  const versionPart = version === undefined ? '' : `"version":${JSON.stringify(version)},`;
  return `{"jsonrpc":${JSON.stringify(msg.jsonrpc)},"method":${JSON.stringify(method)},"params":{"uri":${JSON.stringify(uri)},${versionPart}"diagnostics":${text}}}`;
}

/** Publishes diagnostics given as objects or as JSON text, the text as is when the connection's writer allows it. */
export class DiagnosticsPublisher {
  /** `passesJson`: the connection writes with `jsonPassingWriter`. */
  constructor(private readonly connection: Connection, private readonly passesJson: boolean) {}

  publish(uri: string, version: number | undefined, diagnostics: Diagnostic[]): Promise<void> {
    return this.connection.sendDiagnostics(version === undefined ? { uri, diagnostics } : { uri, version, diagnostics });
  }

  /** `json`: a JSON array of LSP diagnostics (the lint worker's JSON.stringify of them). */
  publishJson(uri: string, version: number, json: string): Promise<void> {
    if (!this.passesJson) return this.publish(uri, version, JSON.parse(json) as Diagnostic[]);
    // The array is a placeholder that only this module's writer reads past: the text goes in its place.
    const params: PublishDiagnosticsParams = { uri, version, diagnostics: [] };
    JSON_TEXT.set(params, json);
    return this.connection.sendDiagnostics(params);
  }
}
