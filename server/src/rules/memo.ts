/**
 * What the rules of one `lint` call share: values computed from the model and the call's shell settings (the RUN
 * lists of hadolint/commandLine.ts), made once for all the rules of the call instead of once per rule. `lint` is
 * synchronous, so the memo of the running call is module state; a context belongs to it when it has the call's
 * `shell` function. A context made elsewhere (tests) gets no memo: helpers then compute afresh.
 */
import type { RuleContext } from './types';

export type LintMemo = Map<string, unknown>;

let active: { readonly shell: RuleContext['shell']; readonly memo: LintMemo; readonly model: object | undefined } | undefined;

type Active = typeof active;

/** Runs the rules of one lint call (of `model`) with a fresh memo for contexts whose `shell` is this function. */
export function withMemo<T>(shell: RuleContext['shell'], run: () => T, model?: object): T {
  const outer = enterMemo(shell, model);
  try {
    return run();
  } finally {
    leaveMemo(outer);
  }
}

/**
 * `withMemo` without a callback, for the runner's hot path: starts a fresh memo and answers the memo it replaces,
 * to give back to `leaveMemo` in a `finally`.
 */
export function enterMemo(shell: RuleContext['shell'], model?: object): Active {
  const outer = active;
  active = { shell, memo: new Map(), model };
  return outer;
}

/** Ends the memo `enterMemo` started, putting back the one it answered. */
export function leaveMemo(outer: Active): void {
  active = outer;
}

/** The memo of the lint call a context belongs to. */
export function memoOf(ctx: RuleContext): LintMemo | undefined {
  return active !== undefined && active.shell === ctx.shell ? active.memo : undefined;
}

/** The memo of the running lint call when it lints `model` (for helpers that get the model, not a context). */
export function memoOfModel(model: object): LintMemo | undefined {
  return active !== undefined && active.model === model ? active.memo : undefined;
}
