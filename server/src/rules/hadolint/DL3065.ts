import { DL3065 as text } from '../../knowledge/rules/hadolint/DL3065';
import type { Rule } from '../types';

/**
 * hadolint DL3065 (src/Hadolint/Rule/DL3065.hs): `FROM --platform=$TARGETPLATFORM` or `${TARGETPLATFORM}`.
 * BuildKit's RedundantTargetPlatform (frontend/dockerfile/dockerfile2llb/validations.go) is the same check.
 * The fix removes the flag.
 */
export const rule: Rule = {
  id: 'DL3065',
  aliases: ['RedundantTargetPlatform'],
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'base-image',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3065.hs; moby/buildkit frontend/dockerfile/dockerfile2llb/validations.go',
  text,
  scope: 'instruction',
  check(ctx) {
    const text = ctx.model.parse.text;
    for (const stage of ctx.model.stages) {
      const p = stage.platform;
      if (p === undefined || (p.value !== '$TARGETPLATFORM' && p.value !== '${TARGETPLATFORM}')) continue;
      let end = p.range.end;
      while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
      ctx.report({ range: p.range, params: { platform: p.value }, fix: { title: 'removePlatform', edits: [{ range: { start: p.range.start, end }, newText: '' }] } });
    }
  },
};
