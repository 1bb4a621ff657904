import type { Rule } from '../types';

/** BuildKit's build checks that hadolint does not have (shared ones are reported under hadolint's id). */
export const BUILDKIT_RULES: readonly Rule[] = [];
