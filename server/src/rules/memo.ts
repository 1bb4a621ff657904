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

/**
 * Starts a fresh memo for the rules of one lint call (of `model`), for contexts whose `shell` is this function, with
 * the values of the `inherit` keys of the running call's memo, and answers the memo it replaces, to give back to
 * `leaveMemo` in a `finally` (no callback: this is the runner's hot path).
 */
export function enterMemo(shell: RuleContext['shell'], model?: object, inherit: readonly string[] = []): Active {
  const outer = active;
  const memo: LintMemo = new Map();
  // Values the caller knows to be the same for both models (the incremental lint's views share the stage facts).
  for (const key of inherit) {
    const value = outer?.memo.get(key);
    if (value !== undefined) memo.set(key, value);
  }
  active = { shell, memo, model };
  return outer;
}

/** Ends the memo `enterMemo` started, putting back the one it answered. */
export function leaveMemo(outer: Active): void {
  active = outer;
}

/** A value of the running lint call's memo (undefined outside a call). */
export function memoValue(key: string): unknown {
  return active?.memo.get(key);
}

/** Puts a value in the running lint call's memo, where the caller knows it holds for the call's model. */
export function seedMemo(key: string, value: unknown): void {
  active?.memo.set(key, value);
}

/** The memo of the lint call a context belongs to. */
export function memoOf(ctx: RuleContext): LintMemo | undefined {
  return active !== undefined && active.shell === ctx.shell ? active.memo : undefined;
}

/** The memo of the running lint call when it lints `model` (for helpers that get the model, not a context). */
export function memoOfModel(model: object): LintMemo | undefined {
  return active !== undefined && active.model === model ? active.memo : undefined;
}

/**
 * The value `key` names in the memo of the lint call `ctx` belongs to, made by `make` on first use and shared by
 * every rule of the call after that; made afresh for a context without a memo (tests).
 */
export function memoized<T>(ctx: RuleContext, key: string, make: () => T): T {
  const memo = memoOf(ctx);
  if (memo === undefined) return make();
  const hit = memo.get(key);
  if (hit !== undefined) return hit as T;
  const value = make();
  memo.set(key, value);
  return value;
}
