import { BUILDER_RULES } from './builder';
import { BUILDKIT_RULES } from './buildkit';
import { HADOLINT_RULES } from './hadolint';
import { HADOLINT_RULES_2 } from './hadolint/index2';
import { TUTOR_RULES } from './tutor';
import type { Rule } from './types';

/** Every rule, once. */
export const RULES: readonly Rule[] = [...BUILDER_RULES, ...HADOLINT_RULES, ...HADOLINT_RULES_2, ...BUILDKIT_RULES, ...TUTOR_RULES];

const byId = new Map<string, Rule>();
for (const r of RULES) {
  byId.set(r.id, r);
  for (const a of r.aliases ?? []) byId.set(a, r);
}

/** A rule by id or alias. */
export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
