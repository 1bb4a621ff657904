import type { Localized } from '../../../../common/src/protocol';

/**
 * The teaching text of one lint rule. Messages are templates with named placeholders (`{name}`), filled
 * by the renderer with markdown-escaped values; never concatenated in code.
 */
export interface RuleText {
  /** Short title, e.g. "Pin the base image version". */
  readonly title: Localized;
  /** `default` is required; other keys are variants a check may pick with `Report.variant`. */
  readonly messages: { readonly default: Localized } & Readonly<Record<string, Localized>>;
  /** Why it matters, tied to the image/container lifecycle (markdown, a short paragraph). */
  readonly why: Localized;
  /** A Dockerfile snippet that triggers the rule (❌). */
  readonly bad: string;
  /** The same snippet done right (✅). */
  readonly good: string;
  /** How to fix it (markdown, one or two sentences). */
  readonly fix: Localized;
  /** Titles of quick fixes, by `Fix.title` key. */
  readonly fixes?: Readonly<Record<string, Localized>>;
}
