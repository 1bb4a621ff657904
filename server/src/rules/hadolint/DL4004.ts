import { DL4004 as text } from '../../knowledge/rules/hadolint/DL4004';
import type { Rule } from '../types';

/**
 * hadolint DL4004 (src/Hadolint/Rule/DL4004.hs): more than one ENTRYPOINT in a stage; every ENTRYPOINT after the first is
 * reported (only the last one takes effect). BuildKit's MultipleInstructionsDisallowed reports the earlier ones
 * and also covers HEALTHCHECK, so it stays a separate rule.
 */
export const rule: Rule = {
  id: 'DL4004',
  source: 'hadolint',
  defaultSeverity: 'warning',
  upstreamSeverity: 'error',
  concept: 'container-runtime',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL4004.hs',
  text,
  instructions: ['entrypoint'],
  scope: 'stage',
  check(ctx) {
    for (const stage of ctx.model.stages) {
      let seen = false;
      for (const ins of stage.instructions) {
        if (ins.name !== 'entrypoint') continue;
        if (seen) ctx.report({ range: ins.keywordRange });
        seen = true;
      }
    }
  },
};
