import { DL3053 as text } from '../../knowledge/rules/hadolint/DL3053';
import type { Rule } from '../types';
import { isRfc3339 } from './labelFormats';
import { checkLabelType } from './labelSchema';

/** hadolint DL3053 (src/Hadolint/Rule/DL3053.hs): a label typed `rfc3339` in the label schema is not an RFC 3339 date-time. */
export const rule: Rule = {
  id: 'DL3053',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'image-metadata',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3053.hs',
  text,
  scope: 'instruction',
  check(ctx) {
    checkLabelType(ctx, 'rfc3339', isRfc3339);
  },
};
