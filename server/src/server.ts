/**
 * The language server: LSP wiring only. Features live in editor-agnostic modules (hover/, explain/, rules/…).
 * Works over stdio (`node dist/server.js --stdio`, what the VS Code client uses), node IPC (`--node-ipc`)
 * and sockets. Bundled as dist/server-main.js, which dist/server.js (boot.ts) loads through a code cache after
 * setting the process's V8 flags. The lint worker thread runs its own bundle (lintWorkerMain.ts).
 */
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { inspect } from 'node:util';
import {
  createConnection,
  LSPErrorCodes,
  StreamMessageReader,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Hover,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SERVER_TEXT_DOCUMENTS } from './lsp/textDocument';
import { EXPLAIN_REQUEST, type ExplainParams, type ExplainResult, type Lang } from '../../common/src/protocol';
import { buildExplain } from './explain/explain';
import { hoverAt } from './hover/hover';
import { lessonMarkdown } from './hover/lesson';
import { codeActionsFor } from './lsp/codeActions';
import { codesAt, lessonSpans, NO_LESSON_SPANS, type LessonSpans } from './lsp/lessonSpans';
import { DiagnosticsPublisher, jsonPassingWriter } from './lsp/jsonDiagnostics';
import { tooLargeDiagnostic, tooLargeMessage } from './lsp/diagnostics';
import { LintScheduler } from './lsp/lintWorker';
import { DEFAULT_LINT_CONFIG, type LintConfig } from './rules/lint';
import { ModelCache } from './service';
import { DEFAULT_SETTINGS, resolveLang, settingsFrom, type TutorSettings } from './settings';
import { loadLintConfigFor } from './config/configFiles';
import { DEFAULT_SHELLCHECK_PROGRAM } from './shellcheck';
import { FEATURE_MODULES, type FeatureContext } from './lsp/featureModule';
import { isLargeDocument, isTooLargeToAnalyse, largeWorkRunning, tuneHeapForLongRunningServer } from './lsp/heap';
import { warmUpWhenIdle, type WarmUp } from './lsp/warmUp';
import { exposeGc, IdleCollector } from './lsp/idleGc';
import { saveCodeCache } from './codeCache';
import { serverWarmUpSteps } from './lsp/warmUpSteps';
import type { DockerfileModel } from './model/model';

/**
 * Quiet time after a change's diagnostics are out before the main thread builds a large document's model for the
 * requests to come (a 2 MB file takes about 100 ms; typing must not keep the main thread busy with it). Linting
 * does not wait: a change is linted at once, and while a lint of a document runs, newer versions replace each other
 * in the queue, so a burst of edits costs one lint in flight plus one after it.
 */
const MODEL_PREBUILD_DELAY_MS = 200;

/**
 * While the main thread builds a large document's first model, it reads PREBUILD_STEP_LINES lines at a time (about
 * 2 ms of the server's time, a few times that in code not yet warm) until PREBUILD_SLICE_MS have passed, then
 * lets the event loop answer what came meanwhile.
 */
const PREBUILD_SLICE_MS = 6;
const PREBUILD_STEP_LINES = 1000;

/** How long the server waits to save its code cache again when large work had changed the V8 flags. */
const CODE_CACHE_RETRY_MS = 1000;

/** Set when the client asked the server to shut down: ending the input after that is a clean exit. */
let shutdownRequested = false;

/**
 * The connection and how diagnostics are published on it: over stdio (`--stdio`, as the VS Code client and the tests
 * start the server) with a writer that passes the lint worker's diagnostics JSON through (jsonDiagnostics.ts);
 * otherwise as vscode-languageserver chooses from the command line (`--node-ipc`, `--socket`).
 */
function connect(): { connection: Connection; publisher: DiagnosticsPublisher } {
  if (!process.argv.includes('--stdio')) {
    const connection = createConnection(ProposedFeatures.all);
    return { connection, publisher: new DiagnosticsPublisher(connection, false) };
  }
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), jsonPassingWriter(process.stdout));
  // As vscode-languageserver does when it reads stdin itself: the client is gone when stdin ends.
  const clientGone = (): void => process.exit(shutdownRequested ? 0 : 1);
  process.stdin.on('end', clientGone);
  process.stdin.on('close', clientGone);
  // As vscode-languageserver does for `--stdio`: console output goes to the client's log, never into the protocol stream.
  const toLog = (...args: unknown[]): void => connection.console.log(args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' '));
  Object.assign(console, { log: toLog, info: toLog, debug: toLog, warn: toLog, error: toLog, trace: toLog });
  return { connection, publisher: new DiagnosticsPublisher(connection, true) };
}

function startServer(): void {
  // boot.ts set the flags already; this keeps the server right when its bundle is started directly.
  tuneHeapForLongRunningServer();
  exposeGc();
  const { connection, publisher } = connect();
  const documents = new TextDocuments(SERVER_TEXT_DOCUMENTS);
  const largeDocumentOpen = (): boolean => documents.all().some((d) => isLargeDocument(d.getText().length) && !isTooLargeToAnalyse(d.getText().length));
  const idleCollector = new IdleCollector({ holdWhile: largeDocumentOpen });
  const models = new ModelCache();
  const log = (m: string): void => connection.console.log(m);
  const scheduler = new LintScheduler(path.join(__dirname, 'lint-worker.js'), log, (job, model) => {
    // The in-process lint parsed this version already: keep its model for hovers and completions.
    if (documents.get(job.uri)?.version === job.version && job.target === settings.buildTarget) models.put(job.uri, job.version, job.target, model);
  }, largeDocumentOpen);
  const timers = new Map<string, NodeJS.Timeout>();
  /** Where and which rules the diagnostics last published per document are, for the lessons shown in hovers. */
  const published = new Map<string, LessonSpans>();
  let locale: string | undefined;
  let settings: TutorSettings = DEFAULT_SETTINGS;
  let canPullConfiguration = false;
  let canRefreshInlayHints = false;
  let canRefreshCodeLens = false;
  let warmUp: WarmUp | undefined;

  const lang = (): Lang => resolveLang(settings.language, locale);
  const modelOf = (doc: TextDocument) => models.get(doc.uri, doc.version, () => doc.getText(), settings.buildTarget);
  /** Requests about a large document whose model is being built a slice at a time (`prebuild`), waiting for it. */
  const modelWaiters = new Map<string, (() => void)[]>();
  const releaseModelWaiters = (uri: string): void => {
    const waiting = modelWaiters.get(uri);
    modelWaiters.delete(uri);
    for (const go of waiting ?? []) go();
  };
  /**
   * The model of an open document that can be analysed, for a request about it. While a large document's model is
   * being built a slice at a time, the request waits for the slices rather than finishing the build at once, which
   * would hold up every other request for the rest of the parse (the editor asks for a document's symbols, folding
   * ranges and semantic tokens as soon as it opens).
   */
  const modelFor = async (uri: string): Promise<DockerfileModel | undefined> => {
    const doc = documents.get(uri);
    if (doc === undefined || !analysable(doc)) return undefined;
    if (models.isBuilding(uri, doc.version, settings.buildTarget)) {
      await new Promise<void>((resolve) => modelWaiters.set(uri, [...(modelWaiters.get(uri) ?? []), resolve]));
    }
    const current = documents.get(uri);
    return current === undefined || !analysable(current) ? undefined : modelOf(current);
  };

  const lintConfigFor = (uri: string): LintConfig => {
    const fromFiles = loadLintConfigFor(uri);
    return { ...(fromFiles ?? DEFAULT_LINT_CONFIG), settings: settings.rules };
  };

  /** Whether the document is small enough to analyse (MAX_DOCUMENT_CHARS); the features answer nothing for others. */
  const analysable = (doc: TextDocument): boolean => !isTooLargeToAnalyse(doc.getText().length);

  const lintNow = async (doc: TextDocument): Promise<void> => {
    if (!settings.diagnosticsEnabled) {
      await publisher.publish(doc.uri, undefined, []);
      return;
    }
    if (!analysable(doc)) {
      published.set(doc.uri, NO_LESSON_SPANS);
      await publisher.publish(doc.uri, doc.version, [tooLargeDiagnostic(doc.getText().length, lang())]);
      return;
    }
    const result = await scheduler.lintForPublishing({
      uri: doc.uri,
      version: doc.version,
      text: doc.getText(),
      lang: lang(),
      target: settings.buildTarget,
      config: lintConfigFor(doc.uri),
      shellcheck: settings.shellcheck.enable ? { path: settings.shellcheck.path ?? DEFAULT_SHELLCHECK_PROGRAM } : undefined,
    });
    // Skip results superseded by a newer edit, or for a document closed meanwhile.
    const current = documents.get(doc.uri);
    if (result === undefined || current === undefined || current.version !== doc.version) return;
    if (result.json !== undefined) {
      published.set(doc.uri, result.json.lessons);
      await publisher.publishJson(doc.uri, doc.version, result.json.bytes);
      return;
    }
    published.set(doc.uri, lessonSpans(result.diagnostics));
    await publisher.publish(doc.uri, doc.version, result.diagnostics);
  };

  /**
   * Builds the model of this version of a large document for the requests to come, unless a newer version came: a
   * slice of its lines in each turn of the event loop, so that requests about other documents are answered in
   * between (a hover sent while the 2 MB test file was opened waited up to 250 ms for the parse in one go).
   */
  const prebuild = (doc: TextDocument, slices = 1, started = performance.now()): void => {
    const current = documents.get(doc.uri);
    if (current === undefined || current.version !== doc.version) {
      // Closed or changed: what waited for this build asks again.
      releaseModelWaiters(doc.uri);
      return;
    }
    let built: boolean;
    try {
      built = models.buildSlice(doc.uri, doc.version, () => current.getText(), settings.buildTarget, PREBUILD_SLICE_MS, PREBUILD_STEP_LINES);
    } catch (e) {
      // The requests that waited build the model themselves, and answer with the error if it fails again.
      log(`building the model of ${doc.uri} failed: ${e instanceof Error ? e.message : String(e)}`);
      releaseModelWaiters(doc.uri);
      return;
    }
    if (!built) {
      setImmediate(() => prebuild(doc, slices + 1, started));
      return;
    }
    releaseModelWaiters(doc.uri);
    if (slices > 1) log(`model of ${doc.uri} (version ${doc.version}) built in ${slices} slices over ${Math.round(performance.now() - started)} ms`);
    // The document's own line table is made on first use, and the first edit would wait for it (a few ms for a
    // 2 MB file): make it now, in a turn of its own.
    setImmediate(() => {
      const latest = documents.get(doc.uri);
      if (latest?.version === doc.version) void latest.lineCount;
    });
  };

  /**
   * Lints this version now. For a large document, also builds its model here for the hovers and completions to
   * come, so they find it ready instead of parsing a large file on demand: after opening, at once, while the worker
   * lints (the first hover comes soon); after an edit, only once this version's diagnostics are out and
   * MODEL_PREBUILD_DELAY_MS passed with no newer edit. Built during the lint, it competed with the worker and its
   * collector for the machine's two cores: the 2 MB file's one-character edit took 371–387 ms (340–350 ms of CPU)
   * with the model built after the lint, against 436–483 ms (400–440 ms of CPU) during it (`bench/lsp-quick.ts`,
   * three rounds each, on the same busy machine).
   * Small documents get their model from the lint itself.
   */
  const schedule = (doc: TextDocument, prebuildDelay: number): void => {
    const linted = lintNow(doc).catch((e: unknown) => log(`lint failed: ${String(e)}`));
    const old = timers.get(doc.uri);
    if (old !== undefined) clearTimeout(old);
    timers.delete(doc.uri);
    if (!isLargeDocument(doc.getText().length) || !analysable(doc)) return;
    const later = (): void => {
      if (documents.get(doc.uri)?.version !== doc.version) return;
      timers.set(doc.uri, setTimeout(() => {
        timers.delete(doc.uri);
        prebuild(doc);
      }, prebuildDelay));
    };
    // At once after opening: its first slice is read now, so the requests that come next (the editor asks for the
    // document's symbols and folding ranges right after opening it) find the build under way and wait for it.
    if (prebuildDelay === 0) prebuild(doc);
    else void linted.then(later);
  };

  /** After a settings change: lint again, and ask the client to refresh what depends on the settings. */
  const relintAll = (): void => {
    for (const doc of documents.all()) schedule(doc, 0);
    if (canRefreshInlayHints) connection.languages.inlayHint.refresh().catch((e: unknown) => log(`inlay refresh: ${String(e)}`));
    if (canRefreshCodeLens) connection.sendRequest('workspace/codeLens/refresh').catch((e: unknown) => log(`code lens refresh: ${String(e)}`));
  };

  const refreshSettings = async (): Promise<void> => {
    if (!canPullConfiguration) return;
    const raw: unknown = await connection.workspace.getConfiguration('dockerfileTutor');
    settings = settingsFrom(raw);
    models.clear();
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    locale = params.locale;
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    canRefreshInlayHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
    canRefreshCodeLens = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    const init: unknown = params.initializationOptions;
    if (typeof init === 'object' && init !== null && 'settings' in init) settings = settingsFrom((init).settings);
    const extra = Object.assign({}, ...FEATURE_MODULES.map((m) => m.capabilities)) as InitializeResult['capabilities'];
    return {
      capabilities: {
        ...extra,
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
      },
      serverInfo: { name: 'dockerfile-tutor', version: '0.1.0' },
    };
  });

  /**
   * V8 ties cached code to the flags it was made under, and large work changes them for a while (heap.ts): save
   * the code cache when none is under way, so the next start (under the usual flags) can use it.
   */
  const saveCodeCacheWhenQuiet = (): void => {
    if (!largeWorkRunning()) {
      saveCodeCache();
      return;
    }
    setTimeout(saveCodeCacheWhenQuiet, CODE_CACHE_RETRY_MS).unref();
  };

  connection.onInitialized(() => {
    // Compile the features' code while the editor is idle, so the first hovers and completions are as quick as later ones.
    warmUp = warmUpWhenIdle(serverWarmUpSteps(lang(), FEATURE_MODULES), log);
    // Then keep the compiled code for the next start (when this start had no code cache; see boot.ts).
    warmUp.done.then((completed) => completed && saveCodeCacheWhenQuiet(), (e: unknown) => log(`warm-up: ${String(e)}`));
    if (canPullConfiguration) {
      refreshSettings().then(relintAll, (e: unknown) => log(`settings: ${String(e)}`));
    }
  });

  connection.onDidChangeConfiguration((change) => {
    const raw: unknown = (change.settings as { dockerfileTutor?: unknown } | null)?.dockerfileTutor;
    if (raw !== undefined) {
      settings = settingsFrom(raw);
      models.clear();
      relintAll();
      return;
    }
    refreshSettings().then(relintAll, (e: unknown) => log(`settings: ${String(e)}`));
  });

  // TextDocuments fires onDidChangeContent right after onDidOpen: that one must not delay the first lint.
  const justOpened = new Set<string>();
  documents.onDidOpen((e) => {
    idleCollector.touch();
    justOpened.add(e.document.uri);
    schedule(e.document, 0);
  });
  documents.onDidChangeContent((e) => {
    idleCollector.touch();
    if (justOpened.delete(e.document.uri)) return;
    schedule(e.document, MODEL_PREBUILD_DELAY_MS);
  });
  documents.onDidClose((e) => {
    const large = isLargeDocument(e.document.getText().length);
    idleCollector.touch(large);
    if (large) {
      scheduler.forget(e.document.uri);
      scheduler.retireWhenIdle();
    }
    justOpened.delete(e.document.uri);
    const t = timers.get(e.document.uri);
    if (t !== undefined) clearTimeout(t);
    timers.delete(e.document.uri);
    models.delete(e.document.uri);
    published.delete(e.document.uri);
    void publisher.publish(e.document.uri, undefined, []);
  });

  connection.onHover(async (params): Promise<Hover | null> => {
    if (!settings.hoversEnabled) return null;
    const model = await modelFor(params.textDocument.uri);
    if (model === undefined) return null;
    const { line, character } = params.position;
    if (line < 0 || character < 0 || line >= model.lines.lineCount) return null;
    const hover = hoverAt(model, model.lines.offset(params.position), lang());
    const lesson = lessonMarkdown(codesAt(published.get(params.textDocument.uri) ?? NO_LESSON_SPANS, line, character), lang());
    if (lesson === undefined) return hover;
    const base = hover === null ? '' : `${(hover.contents as { value: string }).value}\n\n---\n\n`;
    return { contents: { kind: 'markdown', value: base + lesson }, ...(hover?.range !== undefined ? { range: hover.range } : {}) };
  });

  connection.onCodeAction(async (params): Promise<CodeAction[]> => {
    const model = await modelFor(params.textDocument.uri);
    return model === undefined ? [] : codeActionsFor(model, params.textDocument.uri, params.context.diagnostics, lang());
  });

  connection.onRequest(EXPLAIN_REQUEST, async (params: ExplainParams): Promise<ExplainResult | null> => {
    const doc = documents.get(params.uri);
    if (doc === undefined) return null;
    const l = params.lang ?? lang();
    if (!analysable(doc)) throw new ResponseError(LSPErrorCodes.RequestFailed, tooLargeMessage(doc.getText().length, l));
    const config = lintConfigFor(doc.uri);
    // A large document is analysed in the worker (its lint would hold up every other request here).
    if (isLargeDocument(doc.getText().length)) {
      const result = await scheduler.explain({ uri: doc.uri, version: doc.version, text: doc.getText(), lang: l, target: settings.buildTarget, config });
      if (result !== undefined) return result;
    }
    const model = await modelFor(params.uri);
    return model === undefined ? null : buildExplain(model, params.uri, l, config);
  });

  connection.onShutdown(() => {
    shutdownRequested = true;
    warmUp?.cancel();
    idleCollector.dispose();
    for (const t of timers.values()) clearTimeout(t);
    scheduler.dispose();
  });

  const featureContext: FeatureContext = {
    connection,
    documents,
    model: modelFor,
    lang,
    settings: () => settings,
  };
  for (const m of FEATURE_MODULES) m.register(featureContext);

  documents.listen(connection);
  connection.listen();
}

startServer();
