import { ParseError as text } from '../../knowledge/rules/builder/ParseError';
import type { Rule } from '../types';

/** BuildKit parser errors (frontend/dockerfile/parser): each stops `docker build` before it starts. */
export const rule: Rule = {
  id: 'ParseError',
  source: 'builder',
  defaultSeverity: 'error',
  concept: 'dockerfile',
  reference: 'moby/buildkit frontend/dockerfile/parser/parser.go',
  text,
  check(ctx) {
    for (const e of ctx.model.parse.errors) {
      ctx.report({ range: e.range, variant: e.code, params: { message: e.message, ...e.params } });
    }
  },
};
