/**
 * One LSP client for both servers (ours and the anchor), so the same code measures each: spawns a server on
 * stdio, answers `workspace/configuration`, waits for diagnostics, reads the process's RSS.
 */
import { seededRandom } from '../test/helpers/seeded';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export interface BenchServer {
  readonly connection: ProtocolConnection;
  readonly child: ChildProcessWithoutNullStreams;
  readonly init: InitializeResult;
  /** Milliseconds from spawn to the initialize response. */
  readonly startMs: number;
  /** Registers a wait for the next diagnostics for `uri` published after this call. */
  nextDiagnostics(uri: string, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  /** Resident set size of the server process in bytes (its worker threads included). */
  rss(): number;
  /** Whether edits are sent as ranges (incremental sync) or as whole texts. */
  readonly incremental: boolean;
  stop(): Promise<void>;
}

export function now(): number {
  return performance.now();
}

export async function startBenchServer(args: readonly string[], cwd: string): Promise<BenchServer> {
  const t0 = now();
  const child = spawn(process.execPath, [...args], { stdio: 'pipe', cwd });
  // BENCH_STDERR=1 shows the server's stderr (for tracing while working on the server); otherwise it is dropped.
  child.stderr.on('data', (d: Buffer) => {
    if (process.env['BENCH_STDERR'] === '1') process.stderr.write(d);
  });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = new Map<string, ((p: PublishDiagnosticsParams) => void)[]>();
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    const list = waiters.get(p.uri);
    const first = list?.shift();
    if (list !== undefined && list.length === 0) waiters.delete(p.uri);
    first?.(p);
  });
  connection.onRequest('workspace/configuration', (params: { items?: unknown[] }) => (params.items ?? [null]).map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  const init: InitializeResult = await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    locale: 'en',
    capabilities: {
      workspace: { configuration: true },
      textDocument: {
        hover: { contentFormat: ['markdown', 'plaintext'] },
        completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown'] } },
        publishDiagnostics: { versionSupport: true },
      },
    },
  });
  const startMs = now() - t0;
  await connection.sendNotification('initialized', {});
  const sync = init.capabilities.textDocumentSync;
  const kind = typeof sync === 'number' ? sync : sync?.change;
  return {
    connection,
    child,
    init,
    startMs,
    incremental: kind === 2,
    nextDiagnostics: (uri, timeoutMs = 120_000) => new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      const list = waiters.get(uri) ?? [];
      list.push((p) => {
        clearTimeout(timer);
        resolve(p);
      });
      waiters.set(uri, list);
    }),
    rss: () => {
      const status = fs.readFileSync(`/proc/${child.pid ?? 0}/status`, 'utf8');
      const m = /VmRSS:\s+(\d+) kB/.exec(status);
      return m === null || m[1] === undefined ? 0 : Number(m[1]) * 1024;
    },
    stop: async () => {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        const exited = new Promise((r) => child.once('exit', r));
        await connection.sendNotification('exit');
        // Give it time to exit by itself (a profiler started with --cpu-prof writes its file then).
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      } catch {
        // already gone
      }
      connection.dispose();
      if (child.exitCode === null) child.kill();
    },
  };
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

export interface Doc {
  readonly uri: string;
  readonly text: string;
}

/** didOpen → the server's diagnostics for it, in ms. */
export async function openAndWait(s: BenchServer, d: Doc): Promise<number> {
  const wait = s.nextDiagnostics(d.uri);
  const t0 = now();
  await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: d.uri, languageId: 'dockerfile', version: 1, text: d.text } });
  await wait;
  return now() - t0;
}

/** A position request (hover, completion…) → its answer, in ms. */
export async function timedRequest(s: BenchServer, method: string, uri: string, line: number, character: number): Promise<number> {
  const t0 = now();
  try {
    await s.connection.sendRequest(method, { textDocument: { uri }, position: { line, character } });
  } catch {
    // An error answer is still an answer; its latency counts.
  }
  return now() - t0;
}

/** The server's RSS once it settles. */
export async function settleRss(s: BenchServer): Promise<number> {
  // RSS moves with the garbage collector: take the lowest of a few readings over half a second.
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    best = Math.min(best, s.rss());
    await new Promise((r) => setTimeout(r, 100));
  }
  return best;
}


/** `count` positions (document index, line, character) drawn with a fixed seed: every run and every server gets the same. */
export function randomPositions(docs: readonly Doc[], count: number): [number, number, number][] {
  const random = seededRandom(9);
  const positions: [number, number, number][] = [];
  while (positions.length < count) {
    const i = Math.floor(random() * docs.length);
    const lines = docs[i]!.text.split('\n');
    const line = Math.floor(random() * lines.length);
    const ch = Math.floor(random() * ((lines[line] ?? '').length + 1));
    positions.push([i, line, ch]);
  }
  return positions;
}
