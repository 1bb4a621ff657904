/** Every rule on, those off by default included: the benchmarks' full lint and the tests that compare lints. */
import { DEFAULT_LINT_CONFIG, type LintConfig, type RuleLevel } from '../../server/src/rules/lint';
import { RULES } from '../../server/src/rules/registry';

export const EVERY_RULE_ON: LintConfig = {
  ...DEFAULT_LINT_CONFIG,
  settings: Object.fromEntries(RULES.map((r) => [r.id, r.defaultSeverity as RuleLevel])),
};
