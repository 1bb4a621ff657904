import { DL3056 as text } from '../../knowledge/rules/hadolint/DL3056';
import type { Rule } from '../types';
import { isSemver } from './labelFormats';
import { checkLabelType } from './labelSchema';

/** hadolint DL3056 (src/Hadolint/Rule/DL3056.hs): a label typed `semver` in the label schema does not follow Semantic Versioning 2.0.0. */
export const rule: Rule = {
  id: 'DL3056',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'image-metadata',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3056.hs',
  text,
  scope: 'instruction',
  check(ctx) {
    checkLabelType(ctx, 'semver', isSemver);
  },
};
