import { InvalidImageReference as text } from '../../knowledge/rules/builder/InvalidImageReference';
import { builderApplies } from '../buildkit/lib/flags';
import { referenceError } from '../buildkit/lib/reference';
import { stageIndexByName } from '../buildkit/lib/stages';
import type { Rule } from '../types';

/**
 * BuildKit dockerfile2llb/convert.go resolveBaseImage: every FROM base, `COPY --from` and `RUN --mount from=` that is
 * not a stage is parsed with distribution/reference ParseNormalizedNamed (for every stage, built or not). Names with
 * variables depend on build arguments and are left alone.
 */
export const rule: Rule = {
  id: 'InvalidImageReference',
  source: 'builder',
  defaultSeverity: 'error',
  concept: 'image-reference',
  reference: 'moby/buildkit frontend/dockerfile/dockerfile2llb/convert.go resolveBaseImage',
  text,
  scope: 'outline',
  check(ctx) {
    const m = ctx.model;
    if (!builderApplies(m)) return;
    const check = (value: string, range: { start: number; end: number }): void => {
      if (value === '' || /[$'"\\`]/.test(value) || stageIndexByName(m, value) !== undefined) return;
      const err = referenceError(value);
      if (err !== undefined) ctx.report({ range, params: { reference: value, message: err } });
    };
    for (const st of m.stages) if (st.base !== undefined) check(st.base.value, st.base.range);
    for (const ref of m.stageRefs) {
      if (ref.kind === 'from' || ref.instruction.onbuild !== undefined) continue;
      if (ref.kind === 'copy-from' && /^[+-]?\d+$/.test(ref.token.value)) continue;
      check(ref.token.value, ref.token.range);
    }
  },
};
