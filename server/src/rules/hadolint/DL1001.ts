import { DL1001 as text } from '../../knowledge/rules/hadolint/DL1001';
import type { Rule } from '../types';

/** hadolint DL1001 (src/Hadolint/Rule/DL1001.hs): an inline `# hadolint ignore=…` pragma. Off by default, as in hadolint. */
export const rule: Rule = {
  id: 'DL1001',
  source: 'hadolint',
  defaultSeverity: 'info',
  offByDefault: true,
  concept: 'dockerfile',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL1001.hs',
  text,
  check(ctx) {
    for (const c of ctx.model.parse.comments) {
      if (/^hadolint\s+ignore\s*=/.test(c.text)) ctx.report({ range: c.range });
    }
  },
};
