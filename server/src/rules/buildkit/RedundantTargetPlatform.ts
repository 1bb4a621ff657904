import { RedundantTargetPlatform as text } from '../../knowledge/rules/buildkit/RedundantTargetPlatform';
import type { Rule } from '../types';
import { expandWord } from './lib/expand';
import { globalArgValues } from './lib/stages';

/**
 * BuildKit RedundantTargetPlatform (dockerfile2llb/validations.go reportRedundantTargetPlatform): `FROM --platform`
 * whose expansion used only TARGETPLATFORM, nothing unset, and gives TARGETPLATFORM's value. The fix removes the flag.
 */
export const rule: Rule = {
  id: 'RedundantTargetPlatform',
  source: 'buildkit',
  defaultSeverity: 'warning',
  concept: 'base-image',
  reference: 'moby/buildkit frontend/dockerfile/dockerfile2llb/validations.go reportRedundantTargetPlatform',
  text,
  check(ctx) {
    const env = globalArgValues(ctx.model);
    const text = ctx.model.parse.text;
    for (const st of ctx.model.stages) {
      const f = st.platform;
      if (f?.value === undefined || f.value === '' || f.valueRange === undefined) continue;
      const r = expandWord(f.value, (n) => env.get(n), ctx.model.parse.escapeToken);
      if (r.matched.size !== 1 || !r.matched.has('TARGETPLATFORM') || r.unmatched.size !== 0) continue;
      if (r.result !== env.get('TARGETPLATFORM')) continue;
      let end = f.range.end;
      while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
      ctx.report({ range: f.range, params: { platform: f.value }, fix: { title: 'removeFlag', edits: [{ range: { start: f.range.start, end }, newText: '' }] } });
    }
  },
};
