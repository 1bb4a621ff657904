import { DL4003 as text } from '../../knowledge/rules/hadolint/DL4003';
import type { Rule } from '../types';

/**
 * hadolint DL4003 (src/Hadolint/Rule/DL4003.hs): more than one CMD in a stage; every CMD after the first is
 * reported (only the last one takes effect). BuildKit's MultipleInstructionsDisallowed reports the earlier ones
 * and also covers HEALTHCHECK, so it stays a separate rule.
 */
export const rule: Rule = {
  id: 'DL4003',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'container-runtime',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL4003.hs',
  text,
  instructions: ['cmd'],
  scope: 'stage',
  check(ctx) {
    for (const stage of ctx.model.stages) {
      let seen = false;
      for (const ins of stage.instructions) {
        if (ins.name !== 'cmd') continue;
        if (seen) ctx.report({ range: ins.keywordRange });
        seen = true;
      }
    }
  },
};
