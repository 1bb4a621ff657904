import { DL4000 as text } from '../../knowledge/rules/hadolint/DL4000';
import type { Rule } from '../types';

/** A double-quoted LABEL value: `\`, `"` and `$` escaped, as the Dockerfile word parser reads them. */
function quote(value: string): string {
  return '"' + value.replace(/[\\"$]/g, (c) => '\\' + c) + '"';
}

/**
 * hadolint DL4000 (src/Hadolint/Rule/DL4000.hs): MAINTAINER is deprecated. BuildKit's MaintainerDeprecated
 * (frontend/dockerfile/instructions/parse.go) is the same check. The fix writes the OCI authors label.
 */
export const rule: Rule = {
  id: 'DL4000',
  aliases: ['MaintainerDeprecated'],
  source: 'hadolint',
  defaultSeverity: 'warning',
  upstreamSeverity: 'error',
  concept: 'image-metadata',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL4000.hs; moby/buildkit frontend/dockerfile/instructions/parse.go',
  text,
  instructions: ['maintainer'],
  scope: 'instruction',
  check(ctx) {
    for (const ins of ctx.model.parse.instructions) {
      if (ins.name !== 'maintainer') continue;
      const value = ins.args.value;
      ctx.report({
        range: ins.textRange,
        fix: value === '' ? undefined : { title: 'toLabel', edits: [{ range: ins.textRange, newText: `LABEL org.opencontainers.image.authors=${quote(value)}` }] },
      });
    }
  },
};
