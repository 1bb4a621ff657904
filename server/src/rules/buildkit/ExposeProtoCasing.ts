import { ExposeProtoCasing as text } from '../../knowledge/rules/buildkit/ExposeProtoCasing';
import type { Rule } from '../types';
import { exposePorts } from './lib/expose';

/** BuildKit ExposeProtoCasing (dockerfile2llb/convert_expose.go parsePort): a valid protocol that is not lower case. */
export const rule: Rule = {
  id: 'ExposeProtoCasing',
  source: 'buildkit',
  defaultSeverity: 'warning',
  concept: 'image-metadata',
  reference: 'moby/buildkit frontend/dockerfile/dockerfile2llb/convert_expose.go parsePort',
  text,
  instructions: ['expose'],
  scope: 'stage',
  check(ctx) {
    for (const { word: w, port: p } of exposePorts(ctx)) {
      if (p.protoError !== undefined || p.proto === p.proto.toLowerCase()) continue;
      const slash = w.token.value.lastIndexOf('/');
      const fixable = w.literal && slash >= 0;
      ctx.report({
        range: w.token.range,
        params: { port: w.value },
        fix: fixable ? { title: 'toLower', edits: [{ range: { start: w.token.range.start + slash + 1, end: w.token.range.end }, newText: p.proto.toLowerCase() }] } : undefined,
      });
    }
  },
};
