import { DL3052 as text } from '../../knowledge/rules/hadolint/DL3052';
import type { Rule } from '../types';
import { isUrl } from './labelFormats';
import { checkLabelType } from './labelSchema';

/** hadolint DL3052 (src/Hadolint/Rule/DL3052.hs): a label typed `url` in the label schema is not an absolute URI (RFC 3986). */
export const rule: Rule = {
  id: 'DL3052',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'image-metadata',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3052.hs',
  text,
  scope: 'instruction',
  check(ctx) {
    checkLabelType(ctx, 'url', isUrl);
  },
};
