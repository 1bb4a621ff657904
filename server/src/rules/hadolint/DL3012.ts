import { DL3012 as text } from '../../knowledge/rules/hadolint/DL3012';
import type { Rule } from '../types';

/** hadolint DL3012 (src/Hadolint/Rule/DL3012.hs): a second HEALTHCHECK in the same stage (only the last one counts). */
export const rule: Rule = {
  id: 'DL3012',
  source: 'hadolint',
  defaultSeverity: 'warning',
  upstreamSeverity: 'error',
  concept: 'image-metadata',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3012.hs',
  text,
  instructions: ['healthcheck'],
  scope: 'stage',
  check(ctx) {
    for (const stage of ctx.model.stages) {
      const checks = stage.instructions.filter((i) => i.name === 'healthcheck');
      for (const ins of checks.slice(1)) ctx.report({ range: ins.textRange });
    }
  },
};
