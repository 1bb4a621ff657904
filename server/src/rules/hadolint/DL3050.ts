import { DL3050 as text } from '../../knowledge/rules/hadolint/DL3050';
import type { Rule } from '../types';
import { labelPairs } from './labelSchema';

/**
 * hadolint DL3050 (src/Hadolint/Rule/DL3050.hs): with `strict-labels`, a LABEL sets a label that is not in the
 * label schema. hadolint reports the LABEL once; ours reports each superfluous key.
 */
export const rule: Rule = {
  id: 'DL3050',
  source: 'hadolint',
  defaultSeverity: 'info',
  concept: 'image-metadata',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3050.hs',
  text,
  scope: 'instruction',
  check(ctx) {
    if (!ctx.settings.strictLabels) return;
    const schema = ctx.settings.labelSchema;
    for (const p of labelPairs(ctx)) {
      if (!Object.prototype.hasOwnProperty.call(schema, p.key)) ctx.report({ range: p.kv.key.range, params: { label: p.key } });
    }
  },
};
