/**
 * V8 tuning for the language server process, which lives as long as the editor and mostly
 * answers small requests. By default V8 lets the young generation grow to 32 MB and the old generation's
 * limit grow by a large factor after each full collection, and keeps that memory once the garbage is gone:
 * opening a few hundred documents left the process 50 MB larger than it needed to be (measured with
 * `npm run bench`). These flags are read by the collector when it decides to grow a space, so setting them
 * at run time takes effect (the extension client starts the server as a plain `node` module and cannot
 * count on command-line flags; the benchmark starts `node dist/server.js` the same way).
 */
import * as v8 from 'node:v8';

/**
 * Flags for the whole process: the young generation stays at its initial size, the old one grows slowly, and
 * functions are not compiled by the optimizing compiler (TurboFan): a small document's lint, hover or
 * completion takes about as long in baseline code, and the optimized code, its type feedback and the
 * compiler's own memory made up a third of the growth after opening the corpus (RSS 87 → 70 MB, with the
 * hover and completion p99 no worse). Large documents do not need it either: the worker's first lints of the
 * 2 MB benchmark file took 1.0–1.2 s, 0.9 s, 0.9–1.0 s without it against 1.7 s, 1.3 s, 0.9–1.1 s with it
 * (the optimized code arrives late, and compiling it competes for the same cores).
 */
// V8 raises a growth factor below 2 to 2 when it sets up a new heap, for the whole process: starting the lint
// worker undoes the first flag (measured: a code cache made before is then rejected, as V8 ties it to the flags).
// endLargeWork sets these flags again after every large job, the worker's first included.
const PROCESS_FLAGS = ['--semi-space-growth-factor=1', '--heap-growing-percent=20', '--no-turbofan'];

/**
 * Read only when an isolate is created, so it leaves the already running main thread alone and gives the
 * lint worker (created later, for large documents: many short-lived objects) a 16 MB young generation
 * from the start.
 */
const WORKER_FLAGS = ['--min-semi-space-size=16'];

/**
 * V8's defaults, while a large document is parsed or linted: a 2 MB file builds a model of tens of MB, and
 * with the tight flags above the collector would run again and again while it grows (the huge file's
 * open → diagnostics took twice as long). The flags are process-wide, so the worker's lint counts too.
 * TurboFan stays off then too: switched on for large work (tried again after the lint got faster), a warm
 * worker's lint of the 2 MB file took about 0.6 s of CPU against 0.8 s, but its first lint 1.6–1.8 s against
 * 0.9 s (the compiler's own threads), and hovers on other files answered while it ran got slower. Tried once
 * more with TurboFan only from the worker's second large job on (open, then one-character edits, four times on
 * one server): the first edit took 1.2–1.3 s against 0.62–0.66 s and the next open 1.2 s against 0.7 s; only
 * from the fourth job on was it faster (0.3 s against 0.6 s). Most edits of a large file would pay for it.
 */
const ROOMY_FLAGS = ['--semi-space-growth-factor=2', '--heap-growing-percent=0'];

/** Documents from this size on are large: the server lints them in the worker, with room for the heap to grow. */
export const LARGE_DOCUMENT_CHARS = 64_000;

export function isLargeDocument(chars: number): boolean {
  return chars >= LARGE_DOCUMENT_CHARS;
}

/**
 * Documents above this size are not analysed at all: no lint, no model, no hovers or completions, only a
 * diagnostic that says so. A model takes about ten times its text in memory, in the worker and again on the main
 * thread: opened whole, huge.Dockerfile repeated 10 times (20 million characters) took the server to 0.9 GB and 6 s,
 * 40 times (80 million) to 4.3 GB and 29 s, which a smaller machine would not survive. Real Dockerfiles are a few
 * kilobytes; this is four times the 2 MB scale-test file.
 */
export const MAX_DOCUMENT_CHARS = 8_000_000;

export function isTooLargeToAnalyse(chars: number): boolean {
  return chars > MAX_DOCUMENT_CHARS;
}

let tuned = false;
let largeWork = 0;

export function tuneHeapForLongRunningServer(): void {
  if (tuned) return;
  tuned = true;
  for (const f of [...PROCESS_FLAGS, ...WORKER_FLAGS]) v8.setFlagsFromString(f);
}

/** Marks the start of work on a large document: the heap may grow freely until the matching `endLargeWork`. */
export function beginLargeWork(): void {
  if (!tuned) return;
  largeWork++;
  if (largeWork === 1) for (const f of ROOMY_FLAGS) v8.setFlagsFromString(f);
}

export function endLargeWork(): void {
  if (!tuned || largeWork === 0) return;
  largeWork--;
  if (largeWork === 0) for (const f of PROCESS_FLAGS) v8.setFlagsFromString(f);
}

/** Runs `work` on a document of `chars` characters, with room to grow when it is large. */
export function withRoomFor<T>(chars: number, work: () => T): T {
  if (!isLargeDocument(chars)) return work();
  beginLargeWork();
  try {
    return work();
  } finally {
    endLargeWork();
  }
}

/** True while large work is under way (for tests). */
export function largeWorkRunning(): boolean {
  return largeWork > 0;
}
