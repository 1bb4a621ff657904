/**
 * Warming up the server's code while the editor is idle.
 *
 * V8 compiles a function the first time it runs (parse, bytecode) and moves it to baseline code after a few
 * calls. The server runs without the optimizing compiler (see heap.ts), so this first-use cost is most of what a
 * request costs the first time each kind of hover, completion or lint path is taken. Measured with
 * `bench/lsp-quick.ts --corpus`: every hover slower than 1 ms (39 of 1,000, up to 5 ms) came in the first 400 ms of
 * hovering, none after, while the handler itself never took 1 ms. So after `initialized`, when the event loop has
 * been quiet for a moment, the server runs each feature once over a sample Dockerfile, in slices of a few
 * milliseconds that give way to any request that arrives. It changes no state: nothing is cached or published.
 */
import { performance, type EventLoopUtilization } from 'node:perf_hooks';

/** One unit of warm-up work (a lint, a hover…); it may return further steps, which run right after it. */
export type WarmUpStep = () => readonly WarmUpStep[] | undefined;

/** A step that calls `work` and drops its result. */
export function step(work: () => unknown): WarmUpStep {
  return () => {
    work();
    return undefined;
  };
}

/** How often the server checks whether it is idle, and how much activity (ms) within that time still counts as idle. */
const CHECK_MS = 20;
const IDLE_ACTIVE_MS = 2;
/** The longest a slice of warm-up work runs before giving way to requests. */
const SLICE_MS = 4;
/**
 * Quiet checks in a row before the first slice (0.5 s): the first step lints the sample, which takes tens of
 * milliseconds while nothing is compiled yet, and the editor opens the user's documents right after start. Measured
 * in the real-editor test: starting after 20 ms of quiet, the first Dockerfile's diagnostics came 100–140 ms later.
 */
const QUIET_CHECKS_BEFORE_START = 25;

export interface WarmUp {
  /** Resolves with true when every step ran, with false when the warm-up was cancelled first. */
  readonly done: Promise<boolean>;
  cancel(): void;
}

/**
 * Runs `steps` in order, in slices of at most SLICE_MS, each only after the event loop was (nearly) idle for
 * CHECK_MS apart from the warm-up itself, the first only after `quietBeforeStart` such checks in a row. A step
 * that throws is logged and skipped. Timers do not keep the process alive.
 */
export function warmUpWhenIdle(first: readonly WarmUpStep[], log: (m: string) => void, quietBeforeStart = QUIET_CHECKS_BEFORE_START): WarmUp {
  const steps = [...first];
  let quietChecks = 0;
  let next = 0;
  let cancelled = false;
  let timer: NodeJS.Timeout | undefined;
  let last: EventLoopUtilization = performance.eventLoopUtilization();
  let finish: (completed: boolean) => void = () => undefined;
  const done = new Promise<boolean>((resolve) => {
    finish = resolve;
  });

  const wait = (): void => {
    timer = setTimeout(tick, CHECK_MS);
    timer.unref();
  };

  const tick = (): void => {
    timer = undefined;
    if (cancelled) return;
    const now = performance.eventLoopUtilization();
    // `last` is read after each slice, so the activity since then is someone else's (requests, lints).
    const othersMs = now.active - last.active;
    last = now;
    quietChecks = othersMs > IDLE_ACTIVE_MS ? 0 : quietChecks + 1;
    if (quietChecks === 0 || (next === 0 && quietChecks < quietBeforeStart)) {
      wait();
      return;
    }
    const start = performance.now();
    while (next < steps.length && performance.now() - start < SLICE_MS) {
      const step = steps[next++];
      try {
        const more = step?.();
        if (more !== undefined) steps.splice(next, 0, ...more);
      } catch (e) {
        log(`warm-up step ${next} failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    last = performance.eventLoopUtilization();
    if (next < steps.length) wait();
    else finish(true);
  };

  wait();
  return {
    done,
    cancel(): void {
      cancelled = true;
      if (timer !== undefined) clearTimeout(timer);
      finish(false);
    },
  };
}

/** The address the sample document is given where a feature needs one (never sent to the client). */
export const WARM_UP_URI = 'file:///dockerfile-tutor/warm-up/Dockerfile';
