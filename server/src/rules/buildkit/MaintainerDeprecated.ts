import { MaintainerDeprecated as text } from '../../knowledge/rules/buildkit/MaintainerDeprecated';
import type { Rule } from '../types';

/**
 * BuildKit MaintainerDeprecated (instructions/parse.go, on every MAINTAINER). Candidate to merge with hadolint
 * DL4000, which has the same condition.
 */
export const rule: Rule = {
  id: 'MaintainerDeprecated',
  source: 'buildkit',
  defaultSeverity: 'warning',
  concept: 'image-metadata',
  reference: 'moby/buildkit frontend/dockerfile/instructions/parse.go ParseInstructionWithLinter',
  text,
  check(ctx) {
    const esc = ctx.model.parse.escapeToken;
    for (const ins of ctx.model.parse.instructions) {
      if (ins.name !== 'maintainer') continue;
      const v = ins.args.value;
      const safe = v !== '' && !/["$`\\]/.test(v) && !v.includes(esc);
      ctx.report({
        range: ins.textRange,
        fix: safe ? { title: 'toLabel', edits: [{ range: ins.textRange, newText: `LABEL org.opencontainers.image.authors="${v}"` }] } : undefined,
      });
    }
  },
};
