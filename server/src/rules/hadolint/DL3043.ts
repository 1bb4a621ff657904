import { DL3043 as text } from '../../knowledge/rules/hadolint/DL3043';
import type { Rule } from '../types';

/**
 * hadolint DL3043 (src/Hadolint/Rule/DL3043.hs): `ONBUILD ONBUILD`, `ONBUILD FROM` or `ONBUILD MAINTAINER`.
 * BuildKit rejects the same triggers (frontend/dockerfile/instructions/parse.go, parseOnBuild), so it is an error.
 */
export const rule: Rule = {
  id: 'DL3043',
  aliases: ['OnbuildTrigger'],
  source: 'hadolint',
  defaultSeverity: 'error',
  concept: 'base-image',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3043.hs; moby/buildkit frontend/dockerfile/instructions/parse.go (parseOnBuild)',
  text,
  instructions: ['onbuild'],
  scope: 'instruction',
  check(ctx) {
    for (const ins of ctx.model.parse.instructions) {
      const inner = ins.onbuild;
      if (inner === undefined || !['onbuild', 'from', 'maintainer'].includes(inner.name)) continue;
      ctx.report({ range: inner.keywordRange, params: { instruction: inner.keyword.toUpperCase() } });
    }
  },
};
