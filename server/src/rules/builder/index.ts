import type { Rule } from '../types';
import { rule as ParseError } from './ParseError';

/** What `docker build` rejects while parsing: errors. */
export const BUILDER_RULES: readonly Rule[] = [ParseError];
