import { DL3024 as text } from '../../knowledge/rules/hadolint/DL3024';
import type { Rule } from '../types';

/**
 * hadolint DL3024 (src/Hadolint/Rule/DL3024.hs) and BuildKit DuplicateStageName (dockerfile2llb/validations.go
 * validateStageNames): a stage name (FROM … AS name) that an earlier stage already has. hadolint compares exactly,
 * BuildKit in lower case; the builder's view wins (stage names are case-insensitive), so `build` and `Build` clash.
 */
export const rule: Rule = {
  id: 'DL3024',
  aliases: ['DuplicateStageName'],
  source: 'hadolint',
  defaultSeverity: 'warning',
  upstreamSeverity: 'error',
  concept: 'multi-stage-build',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3024.hs',
  text,
  scope: 'outline',
  check(ctx) {
    const seen = new Set<string>();
    for (const stage of ctx.model.stages) {
      const name = stage.name;
      if (name === undefined) continue;
      const key = name.value.toLowerCase();
      if (seen.has(key)) ctx.report({ range: name.range, params: { name: name.value } });
      seen.add(key);
    }
  },
};
