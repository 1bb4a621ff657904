import { InvalidDefaultArgInFrom as text } from '../../knowledge/rules/buildkit/InvalidDefaultArgInFrom';
import type { Rule } from '../types';
import { expandWord, isLiteral } from './lib/expand';
import { referenceError } from './lib/reference';
import { globalArgValues } from './lib/stages';

/**
 * BuildKit InvalidDefaultArgInFrom (dockerfile2llb/validations.go validateBaseImagesWithDefaultArgs): expand each
 * FROM base with the global ARG defaults only (no --build-arg) and check the result is a valid image reference.
 * BuildKit also fires on a literal invalid name; that one is already the builder error InvalidImageReference, so
 * here only bases with a variable are reported.
 */
export const rule: Rule = {
  id: 'InvalidDefaultArgInFrom',
  source: 'buildkit',
  defaultSeverity: 'warning',
  concept: 'build-args',
  reference: 'moby/buildkit frontend/dockerfile/dockerfile2llb/validations.go validateBaseImagesWithDefaultArgs',
  text,
  scope: 'outline',
  check(ctx) {
    const env = globalArgValues(ctx.model);
    const lookup = (n: string): string | undefined => env.get(n);
    const escape = ctx.model.parse.escapeToken;
    for (const st of ctx.model.stages) {
      const base = st.base;
      if (base === undefined) continue;
      // A literal base (most) expands to itself with no variable and no error: nothing to judge.
      if (isLiteral(base.value, escape, true)) continue;
      const r = expandWord(base.value, lookup, escape);
      if (r.error !== undefined) return;
      if (r.matched.size === 0 && r.unmatched.size === 0) continue;
      if (referenceError(r.result) === undefined) continue;
      ctx.report({ range: base.range, params: { base: base.value, result: r.result } });
    }
  },
};
