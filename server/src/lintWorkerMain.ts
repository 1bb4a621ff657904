/**
 * The lint worker thread's entry point (`dist/lint-worker.js`): the lint and the Explain panel's analysis, without
 * the language server. LintScheduler (lsp/lintWorker.ts) starts it from the main thread, whose V8 flags it shares.
 * A bundle of its own, less than half the server's, gets the worker ready in 40–70 ms instead of 80–140 ms (the
 * first large document's diagnostics wait for it).
 */
import { runLintWorker } from './lsp/lintWorker';

runLintWorker();
