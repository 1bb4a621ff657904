import { DuplicateStageName as text } from '../../knowledge/rules/buildkit/DuplicateStageName';
import type { Rule } from '../types';

/**
 * BuildKit DuplicateStageName (dockerfile2llb/validations.go validateStageNames): a stage name (compared in lower
 * case) that an earlier stage already has. Candidate to merge with hadolint DL3024 when that rule compares names
 * the same way.
 */
export const rule: Rule = {
  id: 'DuplicateStageName',
  source: 'buildkit',
  defaultSeverity: 'warning',
  concept: 'multi-stage-build',
  reference: 'moby/buildkit frontend/dockerfile/dockerfile2llb/validations.go validateStageNames',
  text,
  check(ctx) {
    const seen = new Set<string>();
    for (const st of ctx.model.stages) {
      const name = st.name;
      if (name === undefined) continue;
      const key = name.value.toLowerCase();
      if (seen.has(key)) ctx.report({ range: name.range, params: { name: key } });
      seen.add(key);
    }
  },
};
