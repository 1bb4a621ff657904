import { FromPlatformFlagConstDisallowed as text } from '../../knowledge/rules/buildkit/FromPlatformFlagConstDisallowed';
import type { Rule } from '../types';
import { expandWord } from './lib/expand';
import { parsePlatform } from './lib/platform';
import { globalArgValues } from './lib/stages';

/**
 * BuildKit FromPlatformFlagConstDisallowed (dockerfile2llb/validations.go reportConstPlatformDisallowed): a
 * `FROM --platform` value with no variable that parses as a platform, unless the (lower-case) stage name contains
 * its OS or architecture. hadolint DL3029 fires on any --platform that is not a variable, so it stays separate.
 */
export const rule: Rule = {
  id: 'FromPlatformFlagConstDisallowed',
  source: 'buildkit',
  defaultSeverity: 'warning',
  concept: 'base-image',
  reference: 'moby/buildkit frontend/dockerfile/dockerfile2llb/validations.go reportConstPlatformDisallowed',
  text,
  scope: 'outline',
  check(ctx) {
    const env = globalArgValues(ctx.model);
    for (const st of ctx.model.stages) {
      const f = st.platform;
      if (f?.value === undefined || f.value === '' || f.valueRange === undefined) continue;
      const r = expandWord(f.value, (n) => env.get(n), ctx.model.parse.escapeToken);
      if (r.error !== undefined || r.matched.size > 0 || r.unmatched.size > 0) continue;
      const p = parsePlatform(r.result);
      if (p === undefined) continue;
      const name = st.name?.value.toLowerCase() ?? '';
      if (name.includes(p.os) || name.includes(p.architecture)) continue;
      ctx.report({ range: f.valueRange, params: { platform: r.result } });
    }
  },
};
