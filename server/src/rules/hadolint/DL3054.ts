import { DL3054 as text } from '../../knowledge/rules/hadolint/DL3054';
import type { Rule } from '../types';
import { isSpdxId } from './labelFormats';
import { checkLabelType } from './labelSchema';

/** hadolint DL3054 (src/Hadolint/Rule/DL3054.hs): a label typed `spdx` in the label schema is not an SPDX license identifier. */
export const rule: Rule = {
  id: 'DL3054',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'image-metadata',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3054.hs',
  text,
  scope: 'instruction',
  check(ctx) {
    checkLabelType(ctx, 'spdx', isSpdxId);
  },
};
