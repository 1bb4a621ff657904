import { DL3029 as text } from '../../knowledge/rules/hadolint/DL3029';
import type { Rule } from '../types';

/**
 * hadolint DL3029 (src/Hadolint/Rule/DL3029.hs): `FROM --platform=…` whose value mentions neither BUILDPLATFORM
 * nor TARGETPLATFORM. (BuildKit's FromPlatformFlagConstDisallowed is narrower: only a value without any variable.)
 */
export const rule: Rule = {
  id: 'DL3029',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'base-image',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3029.hs',
  text,
  scope: 'instruction',
  check(ctx) {
    for (const stage of ctx.model.stages) {
      const p = stage.platform;
      if (p === undefined || p.value === undefined) continue;
      if (p.value.includes('BUILDPLATFORM') || p.value.includes('TARGETPLATFORM')) continue;
      ctx.report({ range: p.range, params: { platform: p.value } });
    }
  },
};
