import { FromAsCasing as text } from '../../knowledge/rules/buildkit/FromAsCasing';
import type { Rule } from '../types';
import { argTokens } from './lib/words';

/**
 * BuildKit FromAsCasing (instructions/parse.go doesFromCaseMatchAsCase): with three or more FROM arguments and
 * a FROM keyword that is all lower or all upper case, the `AS` word must have the same case. A mixed-case
 * FROM is left to ConsistentInstructionCasing.
 */
export const rule: Rule = {
  id: 'FromAsCasing',
  source: 'buildkit',
  defaultSeverity: 'warning',
  concept: 'multi-stage-build',
  reference: 'moby/buildkit frontend/dockerfile/instructions/parse.go doesFromCaseMatchAsCase',
  text,
  scope: 'instruction',
  check(ctx) {
    for (const st of ctx.model.stages) {
      const args = argTokens(st.from);
      const as = args[1];
      if (args.length < 3 || as === undefined) continue;
      const k = st.from.keyword;
      const isLower = k === k.toLowerCase();
      const isUpper = k === k.toUpperCase();
      if (!isLower && !isUpper) continue;
      const want = isLower ? as.value.toLowerCase() : as.value.toUpperCase();
      if (want === as.value) continue;
      ctx.report({ range: as.range, params: { as: as.value, from: k }, fix: { title: 'matchCase', edits: [{ range: as.range, newText: want }] } });
    }
  },
};
