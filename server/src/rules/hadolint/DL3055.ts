import { DL3055 as text } from '../../knowledge/rules/hadolint/DL3055';
import type { Rule } from '../types';
import { isGitHash } from './labelFormats';
import { checkLabelType } from './labelSchema';

/** hadolint DL3055 (src/Hadolint/Rule/DL3055.hs): a label typed `hash` in the label schema is not a 7- or 40-character lower-case hex git hash. */
export const rule: Rule = {
  id: 'DL3055',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'image-metadata',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3055.hs',
  text,
  scope: 'instruction',
  check(ctx) {
    checkLabelType(ctx, 'hash', isGitHash);
  },
};
