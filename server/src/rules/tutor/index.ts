import type { Rule } from '../types';

/** Dockerfile Tutor's own teaching rules. */
export const TUTOR_RULES: readonly Rule[] = [];
