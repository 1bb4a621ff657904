import { StageNameCasing as text } from '../../knowledge/rules/buildkit/StageNameCasing';
import type { Rule } from '../types';
import { argTokens } from './lib/words';

/** BuildKit StageNameCasing (instructions/parse.go isLowerCaseStageName): with exactly three FROM arguments, the name must be lower case. */
export const rule: Rule = {
  id: 'StageNameCasing',
  source: 'buildkit',
  defaultSeverity: 'warning',
  concept: 'multi-stage-build',
  reference: 'moby/buildkit frontend/dockerfile/instructions/parse.go isLowerCaseStageName',
  text,
  scope: 'instruction',
  check(ctx) {
    for (const st of ctx.model.stages) {
      const args = argTokens(st.from);
      const name = args[2];
      if (args.length !== 3 || name === undefined || name.value === name.value.toLowerCase()) continue;
      ctx.report({ range: name.range, params: { name: name.value }, fix: { title: 'toLower', edits: [{ range: name.range, newText: name.value.toLowerCase() }] } });
    }
  },
};
