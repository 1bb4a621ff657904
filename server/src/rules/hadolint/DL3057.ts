import { DL3057 as text } from '../../knowledge/rules/hadolint/DL3057';
import type { Rule } from '../types';

/**
 * hadolint DL3057 (src/Hadolint/Rule/DL3057.hs): no HEALTHCHECK. hadolint reports every stage without one (a
 * stage built FROM a stage with one is fine) at level "ignore", i.e. off unless configured; ours is off by default
 * too and judges the image that is built: the target stage and the stages it is built FROM. `HEALTHCHECK NONE`
 * counts as a decision.
 */
export const rule: Rule = {
  id: 'DL3057',
  source: 'hadolint',
  defaultSeverity: 'info',
  offByDefault: true,
  concept: 'container-runtime',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3057.hs',
  text,
  scope: 'stage',
  check(ctx) {
    const target = ctx.model.stages[ctx.model.target];
    if (target === undefined) return;
    for (const index of ctx.model.finalChain) {
      if (ctx.model.stages[index]?.instructions.some((i) => i.name === 'healthcheck')) return;
    }
    ctx.report({ range: target.from.textRange });
  },
};
