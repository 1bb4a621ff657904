import { DL3012 as text } from '../../knowledge/rules/hadolint/DL3012';
import { instructionsNamed } from '../named';
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
  check(ctx) {
    // Every HEALTHCHECK but the first of its stage (a stage's entries follow each other in the list).
    const { list, stages, first } = instructionsNamed(ctx, 'healthcheck');
    for (let i = first + 1; i < list.length; i++) if (stages[i] === stages[i - 1]) ctx.report({ range: list[i]!.textRange });
  },
};
