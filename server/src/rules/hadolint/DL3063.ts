import { DL3063 as text } from '../../knowledge/rules/hadolint/DL3063';
import type { Rule } from '../types';

/**
 * hadolint DL3063 (src/Hadolint/Rule/DL3063.hs): a stage named `scratch` or `context`. BuildKit's
 * ReservedStageName (frontend/dockerfile/dockerfile2llb/validations.go, validateStageNames) is the same check
 * on the lower-cased name, which we follow.
 */
export const rule: Rule = {
  id: 'DL3063',
  aliases: ['ReservedStageName'],
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'multi-stage-build',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3063.hs; moby/buildkit frontend/dockerfile/dockerfile2llb/validations.go',
  text,
  scope: 'instruction',
  check(ctx) {
    for (const stage of ctx.model.stages) {
      const name = stage.name?.value.toLowerCase();
      if (stage.name !== undefined && (name === 'scratch' || name === 'context')) ctx.report({ range: stage.name.range, params: { name: stage.name.value } });
    }
  },
};
