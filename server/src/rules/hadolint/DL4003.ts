import { DL4003 as text } from '../../knowledge/rules/hadolint/DL4003';
import { instructionsNamed } from '../named';
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
  check(ctx) {
    // Every CMD but the first of its stage (a stage's entries follow each other in the list).
    const { list, stages, first } = instructionsNamed(ctx, 'cmd');
    for (let i = first + 1; i < list.length; i++) if (stages[i] === stages[i - 1]) ctx.report({ range: list[i]!.keywordRange });
  },
};
