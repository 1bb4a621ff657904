import { UndefinedArgInFrom as text } from '../../knowledge/rules/buildkit/UndefinedArgInFrom';
import type { Rule } from '../types';
import { suggest } from './lib/words';
import { globalArgKeys } from './lib/stages';

/**
 * BuildKit UndefinedArgInFrom (dockerfile2llb/validations.go reportUnusedFromArgs): a variable in a FROM base or
 * `--platform` that is neither a global ARG (declared before the first FROM, with or without a default) nor one
 * of the platform arguments BuildKit defines; with BuildKit's "did you mean" suggestion.
 */
export const rule: Rule = {
  id: 'UndefinedArgInFrom',
  source: 'buildkit',
  defaultSeverity: 'warning',
  concept: 'build-args',
  reference: 'moby/buildkit frontend/dockerfile/dockerfile2llb/validations.go reportUnusedFromArgs',
  text,
  scope: 'outline',
  check(ctx) {
    let keys: ReadonlySet<string> | undefined;
    for (const st of ctx.model.stages) {
      if (st.from.variables.length === 0) continue;
      keys ??= globalArgKeys(ctx.model);
      const within = [st.base?.range, st.platform?.valueRange].filter((r) => r !== undefined);
      for (const ref of st.from.variables) {
        if (!within.some((r) => r.start <= ref.range.start && ref.range.end <= r.end)) continue;
        if (keys.has(ref.name)) continue;
        const s = suggest(ref.name, keys, true);
        ctx.report({ range: ref.range, variant: s === undefined ? 'default' : 'suggest', params: { name: ref.name, suggestion: s ?? '' } });
      }
    }
  },
};
