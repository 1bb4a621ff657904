/**
 * Diagnostics that arrive as the bytes of their JSON text (from the lint worker) are written into the
 * `publishDiagnostics` message as they are, on a stream transport (stdio). For the 2 MB benchmark file, its 9,356
 * diagnostics as objects took about 90 ms between the worker and the client: a structured clone out of the worker,
 * another into the main thread, and JSON.stringify there, all on the path of every edit. As one string they still
 * took 20–40 ms: copied out of the worker and into the main thread, then encoded with the message around them. As
 * bytes, they move between the threads without a copy, and the main thread puts the message's head and tail around
 * them.
 *
 * Node's IPC transport (`--node-ipc`) serializes messages itself, with no way to pass JSON text through: there the
 * text is parsed back into objects, as much work as the structured clone it replaces.
 */
import { StreamMessageWriter, type Connection, type Message, type MessageWriter, type PublishDiagnosticsParams } from 'vscode-languageserver/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import { diagnosticsFromJson } from './diagnosticsText';

/** The UTF-8 bytes of the JSON text of the diagnostics of a params object handed to `sendDiagnostics`, by that object. */
const JSON_BYTES = new WeakMap<object, Uint8Array>();

/**
 * A message writer for a stream (the server's stdout) that writes every message as JSON, the diagnostics of params
 * made by `DiagnosticsPublisher` as the bytes of their JSON text. The framing (`Content-Length`) is vscode-jsonrpc's.
 */
export function jsonPassingWriter(out: NodeJS.WritableStream): MessageWriter {
  return new StreamMessageWriter(out, {
    charset: 'utf-8',
    contentTypeEncoder: { name: 'application/json', encode: (msg) => Promise.resolve(encodeMessage(msg)) },
  });
}

/** The message as UTF-8 JSON; a publishDiagnostics notification whose params carry JSON bytes gets those as its `diagnostics`. */
export function encodeMessage(msg: Message): Buffer {
  const params = (msg as { params?: unknown }).params;
  const bytes = typeof params === 'object' && params !== null ? JSON_BYTES.get(params) : undefined;
  if (bytes === undefined) return Buffer.from(JSON.stringify(msg), 'utf8');
  const { uri, version } = params as PublishDiagnosticsParams;
  const method = (msg as { method?: unknown }).method;
  // The same members JSON.stringify would write for `{ jsonrpc, method, params: { uri, version, diagnostics } }`.
  const versionPart = version === undefined ? '' : `"version":${JSON.stringify(version)},`;
  const head = `{"jsonrpc":${JSON.stringify(msg.jsonrpc)},"method":${JSON.stringify(method)},"params":{"uri":${JSON.stringify(uri)},${versionPart}"diagnostics":`;
  return Buffer.concat([Buffer.from(head, 'utf8'), bytes, MESSAGE_END]);
}

const MESSAGE_END = Buffer.from('}}', 'utf8');

/** Publishes diagnostics given as objects or as the bytes of their JSON text, the bytes as they are when the connection's writer allows it. */
export class DiagnosticsPublisher {
  /** `passesJson`: the connection writes with `jsonPassingWriter`. */
  constructor(private readonly connection: Connection, private readonly passesJson: boolean) {}

  publish(uri: string, version: number | undefined, diagnostics: Diagnostic[]): Promise<void> {
    return this.connection.sendDiagnostics(version === undefined ? { uri, diagnostics } : { uri, version, diagnostics });
  }

  /** `json`: the UTF-8 bytes of a JSON array of LSP diagnostics (the lint worker's). */
  publishJson(uri: string, version: number, json: Uint8Array): Promise<void> {
    if (!this.passesJson) return this.publish(uri, version, diagnosticsFromJson(json));
    // The array is a placeholder that only this module's writer reads past: the bytes go in its place.
    const params: PublishDiagnosticsParams = { uri, version, diagnostics: [] };
    JSON_BYTES.set(params, json);
    return this.connection.sendDiagnostics(params);
  }
}
