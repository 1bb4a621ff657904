/**
 * A compacting garbage collection once the server has been quiet for a moment.
 *
 * The heap flags in heap.ts keep the heap from growing much while documents come and go, but V8 gives memory back
 * only in whole pages, and after a burst of work the old generation's pages are left part-used. Measured over
 * 10,000 open/close cycles of the corpus files (heap statistics from the server): the live heap stayed at about
 * 10 MB throughout, but the old generation's pages grew from 8.9 to 14.4 MB and the RSS from 60 to 67–68 MB, and
 * V8's own memory reducer starts only after 8 s. One compacting full collection IDLE_GC_MS after the last document
 * event (open, change, close) moves the survivors together and frees the rest: 59.0 MB after 200 cycles, 60.1 MB
 * after 10,000. It is skipped while the heap holds more than IDLE_GC_MAX_HEAP_BYTES (a large document's model),
 * where a full collection would pause the server for long, and while a large document is open (`holdWhile`), and
 * runs at most once in IDLE_GC_MIN_INTERVAL_MS; these limits are waived once after a large document is closed
 * (`touch(true)`).
 * Needs V8's `gc` function, which `exposeGc` makes available (boot.ts sets the flag with `allowGc` before the
 * server bundle is compiled); without it this does nothing.
 */
import * as v8 from 'node:v8';
import { performance } from 'node:perf_hooks';
import * as vm from 'node:vm';

/** Quiet time after the last document event before the collection. */
export const IDLE_GC_MS = 500;
/** Above this much live heap the collection is left to V8 (it would take tens of milliseconds or more). */
export const IDLE_GC_MAX_HEAP_BYTES = 64 * 1024 * 1024;
/**
 * At most one collection in this time: a compacting collection of the heap after opening the corpus (14 MB used)
 * took 30 ms on a busy machine, which is not worth paying after every pause in typing. A quiet moment that comes
 * sooner gets none; the next one after the interval does.
 */
export const IDLE_GC_MIN_INTERVAL_MS = 5_000;

export interface IdleCollectorOptions {
  readonly delayMs?: number;
  readonly maxHeapBytes?: number;
  readonly minIntervalMs?: number;
  /** Called after each collection (for tests). */
  readonly onCollect?: () => void;
  /**
   * No ordinary collection while this says so (the server: while a large document is open). A large document's
   * model makes the heap large and the collection long, and requests wait for it: with the 2 MB test file open,
   * the collection half a second after its open took 62 ms of the main thread, in the middle of hovers on another
   * file (`bench/lsp-quick.ts --busy-hovers`, a CPU profile of the server).
   */
  readonly holdWhile?: () => boolean;
}

let gcFunction: (() => void) | undefined;

/**
 * Sets `--expose-gc`. V8 ties cached code to its flags, so boot.ts sets this one before compiling the server bundle
 * (the bundle's own `exposeGc` then finds it set and leaves the flags as they were).
 */
export function allowGc(): void {
  v8.setFlagsFromString('--expose-gc');
}

/** Makes V8's `gc` available to this module (`--expose-gc` shows it only to contexts made after the flag). */
export function exposeGc(): void {
  if (gcFunction !== undefined) return;
  allowGc();
  gcFunction = v8Gc();
}

/**
 * V8's `gc`, from a new context, when `--expose-gc` is set for the process (`allowGc`); undefined otherwise. The lint
 * worker thread takes it here without setting the flag itself (the main thread owns the process's flags).
 */
export function v8Gc(): (() => void) | undefined {
  let gc: unknown;
  try {
    gc = vm.runInNewContext('gc');
  } catch {
    return undefined;
  }
  return typeof gc === 'function' ? (gc as () => void) : undefined;
}

export function gcAvailable(): boolean {
  return gcFunction !== undefined;
}

/** Call `touch()` on every document event; a collection may run once IDLE_GC_MS pass without one. */
export class IdleCollector {
  private timer: NodeJS.Timeout | undefined;
  private pending = false;
  /** The next collection runs whatever the heap's size and the time since the last one (`afterLargeDocument`). */
  private forced = false;
  /** Collections run so far (for tests). */
  collections = 0;

  private readonly delayMs: number;
  private readonly maxHeapBytes: number;
  private readonly minIntervalMs: number;
  private readonly onCollect: (() => void) | undefined;
  private readonly holdWhile: (() => boolean) | undefined;
  private lastCollection = Number.NEGATIVE_INFINITY;

  constructor(options: IdleCollectorOptions = {}) {
    this.delayMs = options.delayMs ?? IDLE_GC_MS;
    this.maxHeapBytes = options.maxHeapBytes ?? IDLE_GC_MAX_HEAP_BYTES;
    this.minIntervalMs = options.minIntervalMs ?? IDLE_GC_MIN_INTERVAL_MS;
    this.onCollect = options.onCollect;
    this.holdWhile = options.holdWhile;
  }

  /**
   * `afterLargeDocument`: a large document was closed. Its model and everything linting it left behind are garbage
   * now, but they count in the heap's size until a collection, so the limit would leave them to V8, which took
   * longer than 15 s to give them back. The next quiet moment collects whatever the heap's size (what survives is
   * only what the other documents hold): a second after the 2 MB benchmark file was closed, the server took
   * 152 MB instead of 183 MB (the rest is the idle lint worker's, stopped later: lintWorker.ts).
   */
  touch(afterLargeDocument = false): void {
    if (gcFunction === undefined) return;
    this.pending = true;
    if (afterLargeDocument) this.forced = true;
    if (this.timer !== undefined) {
      this.timer.refresh();
      return;
    }
    this.timer = setTimeout(() => this.collect(), this.delayMs);
    this.timer.unref();
  }

  private collect(): void {
    this.timer = undefined;
    if (!this.pending) return;
    this.pending = false;
    const forced = this.forced;
    this.forced = false;
    if (!forced && performance.now() - this.lastCollection < this.minIntervalMs) return;
    if (!forced && v8.getHeapStatistics().used_heap_size > this.maxHeapBytes) return;
    if (!forced && this.holdWhile?.() === true) return;
    // A compacting collection: moving the survivors together lets V8 free whole pages (a plain full collection left
    // the old generation's pages 7 MB emptier than their size). The flag is set only for this one collection.
    v8.setFlagsFromString('--compact-on-every-full-gc');
    try {
      gcFunction?.();
    } finally {
      v8.setFlagsFromString('--no-compact-on-every-full-gc');
    }
    this.lastCollection = performance.now();
    this.collections++;
    this.onCollect?.();
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
