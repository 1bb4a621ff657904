/**
 * What the rules of one `lint` call share: values computed from the model and the call's shell settings (the RUN
 * lists of hadolint/commandLine.ts), made once for all the rules of the call instead of once per rule. A context
 * made outside `lint` (tests) has no memo: helpers then compute afresh.
 */
import type { RuleContext } from './types';

export type LintMemo = Map<string, unknown>;

const memos = new WeakMap<RuleContext, LintMemo>();

/** Ties a rule context to the memo of its lint call. */
export function shareMemo(ctx: RuleContext, memo: LintMemo): void {
  memos.set(ctx, memo);
}

/** The memo of the lint call a context belongs to. */
export function memoOf(ctx: RuleContext): LintMemo | undefined {
  return memos.get(ctx);
}
