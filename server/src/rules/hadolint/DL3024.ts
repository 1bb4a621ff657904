import { DL3024 as text } from '../../knowledge/rules/hadolint/DL3024';
import type { Rule } from '../types';

/**
 * hadolint DL3024 (src/Hadolint/Rule/DL3024.hs): a stage name (FROM … AS name) that an earlier stage already has.
 * hadolint compares exactly; BuildKit's DuplicateStageName compares in lower case and covers the same mistake.
 */
export const rule: Rule = {
  id: 'DL3024',
  source: 'hadolint',
  defaultSeverity: 'warning',
  upstreamSeverity: 'error',
  concept: 'multi-stage-build',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3024.hs',
  text,
  check(ctx) {
    const seen = new Set<string>();
    for (const stage of ctx.model.stages) {
      const name = stage.name;
      if (name === undefined) continue;
      if (seen.has(name.value)) ctx.report({ range: name.range, params: { name: name.value } });
      seen.add(name.value);
    }
  },
};
