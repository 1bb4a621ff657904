import { DL3058 as text } from '../../knowledge/rules/hadolint/DL3058';
import type { Rule } from '../types';
import { isEmail } from './labelFormats';
import { checkLabelType } from './labelSchema';

/** hadolint DL3058 (src/Hadolint/Rule/DL3058.hs): a label typed `email` in the label schema is not an RFC 5322 email address. */
export const rule: Rule = {
  id: 'DL3058',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'image-metadata',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3058.hs',
  text,
  scope: 'instruction',
  check(ctx) {
    checkLabelType(ctx, 'email', isEmail);
  },
};
