/**
 * Linting off the main thread: the server keeps answering hovers and completions while a large file is
 * linted. One worker thread, one job per document at a time; a newer version of a document replaces a
 * queued older one.
 */
import { Worker, parentPort } from 'node:worker_threads';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ExplainResult, Lang } from '../../../common/src/protocol';
import type { LintConfig, LintMemory } from '../rules/lint';
import type { DockerfileModel } from '../model/model';
import { explainText, lintText, lintToDiagnostics } from '../service';
import { DiagnosticsText, diagnosticsFromJson, jsonBytes } from './diagnosticsText';
import { WARM_UP_SAMPLE } from './warmUpSample';
import { beginLargeWork, endLargeWork, isLargeDocument, withRoomFor } from './heap';
import { v8Gc } from './idleGc';
import { ShellScriptReuse } from '../shell/shell';
import type { LessonSpans } from './lessonSpans';

export interface LintJob {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly lang: Lang;
  readonly target: string | undefined;
  readonly config: LintConfig;
  /** Run ShellCheck with this program (`dockerfileTutor.shellcheck`); absent when switched off. */
  readonly shellcheck?: { readonly path: string } | undefined;
}

interface JobMessage {
  readonly id: number;
  /** `lint` (diagnostics) or `explain` (the Explain panel's analysis, which lints too). */
  readonly kind: JobKind;
  readonly job: Omit<LintJob, 'config'> & { readonly config: Omit<LintConfig, 'lint'> & { readonly lint: Omit<LintConfig['lint'], 'dockerignore'> & { readonly dockerignoreLines?: readonly string[] } } };
}

type JobKind = 'lint' | 'explain';

/** Tells the worker a document was closed: it drops what it kept of it (no answer). */
interface ForgetMessage {
  readonly forget: string;
}

interface ResultMessage {
  /** 0 for the message the worker sends once it has loaded, before any job. */
  readonly id: number;
  /** The diagnostics as objects (in-process lints, failures), or as `json`. */
  readonly diagnostics: Diagnostic[];
  /**
   * A lint's diagnostics as the UTF-8 bytes of a JSON array, with their spans (the worker's answer to a lint:
   * jsonDiagnostics.ts says why). The arrays move to the main thread instead of being copied.
   */
  readonly json?: DiagnosticsJson;
  readonly explain?: ExplainResult;
  readonly error?: string;
  /** Lines for the server log (e.g. ShellCheck could not run). */
  readonly logs?: readonly string[];
}

/** Runs inside the worker thread (lintWorkerMain.ts); does nothing elsewhere. */
export function runLintWorker(): void {
  const port = parentPort;
  if (port === null) return;
  // The model and shell scripts of the last document linted, for its next version: its parse up to the edit and its
  // unchanged RUNs' scripts are kept (one document's: a large file's take tens of MB).
  // `lint`: what its last lint kept for an incremental lint of the next version (rules/lint.ts `lintRemembering`),
  // valid while the configuration and target (`settings`: both as JSON) are the same.
  // `diagnostics`: the JSON of its last diagnostics, reused for the findings an edit kept.
  let reuse: { uri: string; scripts: ShellScriptReuse; model: DockerfileModel | undefined; lint: LintMemory | undefined; settings: string; diagnostics: DiagnosticsText } | undefined;
  // Whether the edit path (incremental parse, lint and diagnostics text) has been warmed in this worker.
  let editPathWarm = false;
  port.on('message', (msg: JobMessage | ForgetMessage) => {
    if ('forget' in msg) {
      if (reuse?.uri === msg.forget) {
        reuse = undefined;
        // Its scripts and text are garbage now: collect them rather than keep the heap they took until the worker stops
        // (bench/huge-close.ts: 1 s after the 2 MB file was closed the server took 151–153 MB with this, 177–179
        // MB without). No collection when the process has no `--expose-gc` (tests that start a worker directly).
        v8Gc()?.();
      }
      return;
    }
    let reply: ResultMessage;
    const logs: string[] = [];
    try {
      const { job } = msg;
      const lines = job.config.lint.dockerignoreLines;
      const config: LintConfig = { ...job.config, lint: { ...job.config.lint, dockerignore: () => lines } };
      if (msg.kind === 'explain') {
        reply = { id: msg.id, diagnostics: [], explain: explainText(job.text, job.uri, job.lang, { target: job.target, config }), logs };
      } else {
        const shellcheck = job.shellcheck === undefined ? undefined : { path: job.shellcheck.path, log: (m: string) => logs.push(m) };
        if (reuse?.uri !== job.uri) reuse = { uri: job.uri, scripts: new ShellScriptReuse(), model: undefined, lint: undefined, settings: '', diagnostics: new DiagnosticsText() };
        const previous = reuse.model;
        const settings = JSON.stringify([job.target, job.config]);
        const previousLint = reuse.settings === settings ? reuse.lint : undefined;
        // Dropped while this lint runs: if it throws, the next lint starts afresh rather than from a model it may have left half-read.
        reuse.model = undefined;
        reuse.lint = undefined;
        // ShellCheck's rules are made per model (rules/lint.ts then lints in full): no memory is kept with them.
        const remember = shellcheck === undefined ? { previous: previousLint } : undefined;
        const { model, findings, memory } = lintText(job.text, { target: job.target, config, shellcheck, reuse: reuse.scripts, previous, remember });
        reuse.model = model;
        reuse.lint = memory;
        reuse.settings = settings;
        const { text, lessons } = reuse.diagnostics.make(model, findings, job.lang);
        reply = { id: msg.id, diagnostics: [], json: { bytes: jsonBytes(text, job.lang), lessons }, logs };
        if (previous === undefined && remember !== undefined && !editPathWarm) {
          editPathWarm = true;
          // After the worker's first lint (once its answer is posted, below), while the user reads the document: the
          // next job is most likely an edit of it.
          const lang = job.lang;
          setImmediate(() => {
            warmUpEditPath(config, lang);
            // And the garbage of that first lint is collected now rather than during the first edit (first huge edit,
            // five alternating pairs of lsp-quick --corpus: median 194 against 204 ms). No collection without `--expose-gc`.
            v8Gc()?.();
          });
        }
      }
    } catch (e) {
      reply = { id: msg.id, diagnostics: [], error: e instanceof Error ? e.message : String(e), logs };
    }
    // The JSON's bytes and the spans' arrays move to the main thread instead of being copied.
    const json = reply.json;
    const moved: ArrayBuffer[] = [];
    if (json !== undefined) {
      moved.push(json.bytes.buffer as ArrayBuffer);
      if (json.lessons.codeOf.length > 0) moved.push(json.lessons.at.buffer as ArrayBuffer, json.lessons.codeOf.buffer as ArrayBuffer);
    }
    port.postMessage(reply, moved);
  });
  const ready: ResultMessage = { id: READY_ID, diagnostics: [] };
  port.postMessage(ready);
}

/**
 * Runs the path of an edit of a large document once, on the small warm-up sample typed into and back: the first edit
 * otherwise runs it for the first time, code compiled on the way (on the 2 MB file the first edit took 25–30 ms more
 * than the next ones: bench/lsp-quick.ts --edits). A few milliseconds; what it makes is dropped.
 */
function warmUpEditPath(config: LintConfig, lang: Lang): void {
  try {
    const scripts = new ShellScriptReuse();
    const text = new DiagnosticsText();
    let at = WARM_UP_SAMPLE.indexOf('apt-get install');
    if (at < 0) at = WARM_UP_SAMPLE.length;
    let model: DockerfileModel | undefined;
    let memory: LintMemory | undefined;
    for (const version of [WARM_UP_SAMPLE, `${WARM_UP_SAMPLE.slice(0, at)} ${WARM_UP_SAMPLE.slice(at)}`, WARM_UP_SAMPLE]) {
      const r = lintText(version, { config, reuse: scripts, previous: model, remember: { previous: memory } });
      model = r.model;
      memory = r.memory;
      text.make(r.model, r.findings, lang);
    }
  } catch {
    // A warm-up that fails changes nothing: the edit itself will say what is wrong.
  }
}

/**
 * The worker says it has loaded with this id. A worker that fails before that cannot load here (a broken
 * installation): the scheduler then lints in-process, the job the worker had been given included, instead of
 * answering every document with no diagnostics.
 */
const READY_ID = 0;

/** Diagnostics as the UTF-8 bytes of their JSON array (an ArrayBuffer of their own), with the spans hovers need. */
export interface DiagnosticsJson {
  readonly bytes: Uint8Array;
  readonly lessons: LessonSpans;
}

/** A lint's diagnostics: objects (in-process), or their JSON (the worker's). */
export type LintedDiagnostics =
  | { readonly diagnostics: Diagnostic[]; readonly json?: undefined }
  | { readonly diagnostics?: undefined; readonly json: DiagnosticsJson };

type Pending = { job: LintJob; kind: JobKind; resolve: (r: ResultMessage | undefined) => void };

/**
 * How long the worker may sit idle, with no large document open, before it is stopped. Its heap keeps the memory
 * of the largest document it linted, and V8 gives little of it back: after the 2 MB benchmark file was opened and
 * closed, the server (65 MB before) stayed at 150–210 MB for 15 s and at 90–120 MB after 36 s. A stopped worker
 * gives back all of it (73 MB after 36 s, with the collection after closing in idleGc.ts). While a large document
 * is open the worker stays, warm for its next edit; the next large document starts a new one.
 */
export const WORKER_IDLE_MS = 30_000;

/** The main thread's side: schedules jobs on the worker, or lints in-process where no worker can start. */
export class LintScheduler {
  private worker: Worker | undefined;
  private idleTimer: NodeJS.Timeout | undefined;
  /** Whether the worker has loaded (its ready message came). */
  private workerReady = false;
  /** Set when a worker failed before it was ready: it cannot load here, so jobs are done in-process from then on. */
  private cannotStart = false;
  private nextId = 1;
  private nextExplain = 1;
  private running: { id: number; key: string; pending: Pending; large: boolean } | undefined;
  private readonly queue = new Map<string, Pending>();
  private readonly inline = new Map<string, Pending>();

  /**
   * `onModel` receives the model an in-process lint built, with its job, so the caller can keep it for the
   * requests that follow instead of parsing the same text again.
   */
  constructor(
    private readonly scriptPath: string,
    private readonly log: (m: string) => void,
    private readonly onModel?: (job: LintJob, model: DockerfileModel) => void,
    /** Whether a large document is open (the worker is then kept for its edits). */
    private readonly largeDocumentOpen: () => boolean = () => false,
    private readonly workerIdleMs = WORKER_IDLE_MS,
  ) {}

  /** Whether a worker thread exists now (started, and not yet stopped for being idle). */
  get hasWorker(): boolean {
    return this.worker !== undefined;
  }

  /** The diagnostics as objects (for tests and callers that read them); `lintForPublishing` is what the server uses. */
  async lint(job: LintJob): Promise<Diagnostic[] | undefined> {
    const r = await this.lintForPublishing(job);
    return r === undefined ? undefined : r.diagnostics ?? diagnosticsFromJson(r.json.bytes);
  }

  /**
   * Resolves with the diagnostics, or undefined when a newer job for the same document replaced this one. A worker's
   * lint answers with their JSON text (`json`), an in-process one with the objects.
   * Small documents without ShellCheck are linted in-process (a few milliseconds, on the next turn of the
   * event loop); large ones, and ShellCheck runs, go to the worker thread, so they never hold up requests.
   * The worker (a second V8 heap) starts only when a first large document needs it.
   */
  lintForPublishing(job: LintJob): Promise<LintedDiagnostics | undefined> {
    return new Promise((resolveDiagnostics) => {
      const resolve = (r: ResultMessage | undefined): void => resolveDiagnostics(r === undefined ? undefined : r.json !== undefined ? { json: r.json } : { diagnostics: r.diagnostics });
      const pending: Pending = { job, kind: 'lint', resolve };
      this.queue.get(job.uri)?.resolve(undefined);
      this.queue.delete(job.uri);
      this.inline.get(job.uri)?.resolve(undefined);
      this.inline.delete(job.uri);
      if (!isLargeDocument(job.text.length) && job.shellcheck === undefined) {
        this.inline.set(job.uri, pending);
        setImmediate(() => {
          if (this.inline.get(job.uri) !== pending) return;
          this.inline.delete(job.uri);
          pending.resolve({ id: 0, diagnostics: this.lintInProcess(job, true) });
        });
        return;
      }
      this.queue.set(job.uri, pending);
      this.pump();
    });
  }

  /**
   * The Explain panel's analysis of a large document, computed in the worker so the main thread stays free (a
   * 2 MB file lints for a good part of a second). Every request is answered (the panel asks again only after the
   * document changed); undefined when no worker could run it (the caller then analyses in-process).
   */
  explain(job: LintJob): Promise<ExplainResult | undefined> {
    return new Promise((resolveExplain) => {
      this.queue.set(`explain\u0000${this.nextExplain++}`, { job, kind: 'explain', resolve: (r) => resolveExplain(r?.explain) });
      this.pump();
    });
  }

  private lintInProcess(job: LintJob, keepModel = false): Diagnostic[] {
    const shellcheck = job.shellcheck === undefined ? undefined : { path: job.shellcheck.path, log: this.log };
    let result: ReturnType<typeof lintToDiagnostics>;
    try {
      result = withRoomFor(job.text.length, () => lintToDiagnostics(job.text, job.lang, { target: job.target, config: job.config, shellcheck }));
    } catch (e) {
      this.log(`lint failed for ${job.uri}: ${e instanceof Error ? e.message : String(e)}`);
      return [];
    }
    if (keepModel) this.onModel?.(job, result.model);
    return result.diagnostics;
  }

  dispose(): void {
    this.stopWorker();
  }

  /** A document was closed: the worker drops what it kept of it for its next version. */
  forget(uri: string): void {
    const message: ForgetMessage = { forget: uri };
    this.worker?.postMessage(message);
  }

  private stopWorker(): void {
    if (this.idleTimer !== undefined) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    const w = this.worker;
    // Cleared first: the worker's exit event then finds it is no longer the current one and restarts nothing.
    this.worker = undefined;
    this.workerReady = false;
    void w?.terminate();
  }

  /**
   * Stops the worker once it has had nothing to do for workerIdleMs and no large document is open. Armed again at
   * the end of each job, and by the server when a large document is closed.
   */
  retireWhenIdle(): void {
    if (this.worker === undefined) return;
    if (this.idleTimer !== undefined) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      this.idleTimer = undefined;
      if (this.running === undefined && this.queue.size === 0 && !this.largeDocumentOpen()) this.stopWorker();
    }, this.workerIdleMs);
    this.idleTimer.unref();
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker !== undefined) return this.worker;
    if (this.cannotStart) return undefined;
    try {
      const w = new Worker(this.scriptPath);
      this.workerReady = false;
      w.on('message', (m: ResultMessage) => {
        if (m.id !== READY_ID) {
          this.done(m);
          return;
        }
        if (this.worker !== w) return;
        this.workerReady = true;
      });
      w.on('error', (e) => {
        this.log(`lint worker failed: ${e.message}`);
        if (this.worker !== w) return;
        if (!this.workerReady) {
          this.log('the lint worker cannot start: linting in-process');
          this.cannotStart = true;
        }
        this.restart();
      });
      w.on('exit', () => {
        if (this.worker !== w) return;
        if (!this.workerReady) this.cannotStart = true;
        this.restart();
      });
      this.worker = w;
      return w;
    } catch (e) {
      this.log(`cannot start the lint worker, linting in-process: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  }

  private restart(): void {
    const running = this.running;
    const wasReady = this.workerReady;
    this.worker = undefined;
    this.workerReady = false;
    this.running = undefined;
    if (running?.large === true) endLargeWork();
    if (running !== undefined) {
      if (wasReady) {
        // The job that was running when a working worker died is answered with no diagnostics rather than retried forever.
        running.pending.resolve({ id: running.id, diagnostics: [] });
      } else if (this.queue.has(running.key)) {
        // A worker that never loaded: a newer version of the document is queued and replaces this one.
        running.pending.resolve(undefined);
      } else {
        // A worker that never loaded (cannotStart is set now): the job goes back to the queue and is done in-process.
        this.queue.set(running.key, running.pending);
      }
    }
    this.pump();
  }

  private pump(): void {
    if (this.running !== undefined) return;
    const first = this.queue.entries().next();
    if (first.done === true) return;
    // A starting worker gets the job at once: it reads its messages once it has loaded, with no turn of this thread
    // in between (which may be busy, e.g. building the same document's model: the worker waited up to 90 ms for it).
    const worker = this.ensureWorker();
    const [key, pending] = first.value;
    this.queue.delete(key);
    const { job } = pending;
    if (worker === undefined) {
      pending.resolve(pending.kind === 'lint' ? { id: 0, diagnostics: this.lintInProcess(job) } : undefined);
      this.pump();
      return;
    }
    const id = this.nextId++;
    const large = isLargeDocument(job.text.length);
    this.running = { id, key, pending, large };
    // The worker shares the process's heap flags: let its heap grow while it lints a large document.
    if (large) beginLargeWork();
    const { dockerignore, ...lintRest } = job.config.lint;
    const dockerignoreLines = dockerignore?.();
    const msg: JobMessage = {
      id,
      kind: pending.kind,
      job: { ...job, config: { ...job.config, lint: dockerignoreLines === undefined ? lintRest : { ...lintRest, dockerignoreLines } } },
    };
    worker.postMessage(msg);
  }

  private done(m: ResultMessage): void {
    for (const line of m.logs ?? []) this.log(line);
    const running = this.running;
    if (running === undefined || running.id !== m.id) return;
    this.running = undefined;
    if (running.large) endLargeWork();
    if (m.error !== undefined) this.log(`lint failed for ${running.pending.job.uri}: ${m.error}`);
    running.pending.resolve(m);
    this.pump();
    if (this.running === undefined) this.retireWhenIdle();
  }
}
