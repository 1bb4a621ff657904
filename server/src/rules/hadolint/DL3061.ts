import { DL3061 as text } from '../../knowledge/rules/hadolint/DL3061';
import type { Rule } from '../types';

/**
 * hadolint DL3061 (src/Hadolint/Rule/DL3061.hs): an instruction other than ARG before the first FROM (comments
 * and parser directives are fine). BuildKit rejects it too ("no build stage in current context",
 * frontend/dockerfile/instructions/commands.go CurrentStage), so it is an error.
 */
export const rule: Rule = {
  id: 'DL3061',
  aliases: ['NoBuildStage'],
  source: 'hadolint',
  defaultSeverity: 'error',
  concept: 'base-image',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3061.hs; moby/buildkit frontend/dockerfile/instructions/commands.go',
  text,
  scope: 'instruction',
  check(ctx) {
    for (const ins of ctx.model.preamble) {
      if (ins.name !== 'arg') ctx.report({ range: ins.keywordRange, params: { instruction: ins.keyword.toUpperCase() } });
    }
  },
};
