import { InvalidStageName as text } from '../../knowledge/rules/builder/InvalidStageName';
import { builderApplies } from '../buildkit/lib/flags';
import { argTokens } from '../buildkit/lib/words';
import type { Rule } from '../types';

const VALID = /^[a-z][a-z0-9-_.]*$/;

/** BuildKit instructions/parse.go parseBuildStageName: the lower-cased name must match `^[a-z][a-z0-9-_.]*$`. */
export const rule: Rule = {
  id: 'InvalidStageName',
  source: 'builder',
  defaultSeverity: 'error',
  concept: 'multi-stage-build',
  reference: 'moby/buildkit frontend/dockerfile/instructions/parse.go parseBuildStageName',
  text,
  scope: 'instruction',
  check(ctx) {
    if (!builderApplies(ctx.model)) return;
    for (const ins of ctx.model.parse.instructions) {
      if (ins.name !== 'from') continue;
      const args = argTokens(ins);
      const name = args[2];
      if (args.length !== 3 || (args[1]?.value ?? '').toLowerCase() !== 'as' || name === undefined) continue;
      if (VALID.test(name.value.toLowerCase())) continue;
      ctx.report({ range: name.range, params: { name: name.value } });
    }
  },
};
