import type { Rule } from '../types';
import { rule as DL3006 } from './DL3006';
import { rule as DL3025 } from './DL3025';

/** hadolint's DL rules, in id order. */
export const HADOLINT_RULES: readonly Rule[] = [DL3006, DL3025];
