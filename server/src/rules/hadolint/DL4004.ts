import { DL4004 as text } from '../../knowledge/rules/hadolint/DL4004';
import { instructionsNamed } from '../named';
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
  check(ctx) {
    // Every ENTRYPOINT but the first of its stage (a stage's entries follow each other in the list).
    const { list, stages, first } = instructionsNamed(ctx, 'entrypoint');
    for (let i = first + 1; i < list.length; i++) if (stages[i] === stages[i - 1]) ctx.report({ range: list[i]!.keywordRange });
  },
};
