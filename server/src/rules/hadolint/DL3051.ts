import { DL3051 as text } from '../../knowledge/rules/hadolint/DL3051';
import type { Rule } from '../types';
import { labelPairs } from './labelSchema';

/** hadolint DL3051 (src/Hadolint/Rule/DL3051.hs): a label of the label schema (any type) is set to an empty value. */
export const rule: Rule = {
  id: 'DL3051',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'image-metadata',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3051.hs',
  text,
  scope: 'instruction',
  check(ctx) {
    const schema = ctx.settings.labelSchema;
    for (const p of labelPairs(ctx)) {
      if (Object.prototype.hasOwnProperty.call(schema, p.key) && p.value === '') ctx.report({ range: p.kv.range, params: { label: p.key } });
    }
  },
};
