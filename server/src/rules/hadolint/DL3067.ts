import { DL3067 as text } from '../../knowledge/rules/hadolint/DL3067';
import type { Token } from '../../parse/ast';
import type { Rule } from '../types';

/**
 * hadolint DL3067 (src/Hadolint/Rule/DL3067.hs): `COPY --from=… / /`: a source `/` and the destination `/`
 * (quotes ignored), copying another stage's or image's whole filesystem.
 */
export const rule: Rule = {
  id: 'DL3067',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'multi-stage-build',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3067.hs',
  text,
  check(ctx) {
    for (const ins of ctx.model.parse.instructions) {
      if (ins.name !== 'copy' || !ins.flags.some((f) => f.name === 'from')) continue;
      const tokens = ins.argNodes.filter((n): n is Token => !('child' in n)).map((t) => t.value.replace(/^["']+|["']+$/g, ''));
      if (tokens.length < 2) continue;
      if (tokens[tokens.length - 1] === '/' && tokens.slice(0, -1).includes('/')) ctx.report({ range: ins.textRange });
    }
  },
};
