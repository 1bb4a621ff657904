import { ReservedStageName as text } from '../../knowledge/rules/buildkit/ReservedStageName';
import type { Rule } from '../types';

const RESERVED = new Set(['context', 'scratch']);

/** BuildKit ReservedStageName (dockerfile2llb/validations.go validateStageNames): a stage named `context` or `scratch` (any case). */
export const rule: Rule = {
  id: 'ReservedStageName',
  source: 'buildkit',
  defaultSeverity: 'warning',
  concept: 'multi-stage-build',
  reference: 'moby/buildkit frontend/dockerfile/dockerfile2llb/validations.go validateStageNames',
  text,
  check(ctx) {
    for (const st of ctx.model.stages) {
      const name = st.name;
      if (name === undefined || !RESERVED.has(name.value.toLowerCase())) continue;
      ctx.report({ range: name.range, params: { name: name.value.toLowerCase() } });
    }
  },
};
