import { DL3022 as text } from '../../knowledge/rules/hadolint/DL3022';
import type { Rule } from '../types';
import { flagValue } from './copyArgs';
import { dropEndQuotes } from '../strings';

/**
 * hadolint DL3022 (src/Hadolint/Rule/DL3022.hs): `COPY --from=x` where x is not the name of this or an earlier
 * stage, not a number below the count of stages so far, and not an image reference (contains `:`). A value with
 * a variable is not judged, nor one with `/` (an image path: stage names cannot contain it). Stage names compare
 * case-insensitively, as BuildKit does.
 */
export const rule: Rule = {
  id: 'DL3022',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'multi-stage-build',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3022.hs',
  text,
  instructions: ['copy'],
  scope: 'outline',
  check(ctx) {
    for (const stage of ctx.model.stages) {
      for (const ins of stage.instructions) {
        if (ins.name !== 'copy') continue;
        const from = flagValue(ins, 'from');
        if (from === undefined) continue;
        const v = dropEndQuotes(from.value);
        if (v.includes(':') || v.includes('/') || v.includes('$')) continue;
        if (ctx.model.findStage(v, stage.index + 1) !== undefined) continue;
        if (/^\d+$/.test(v) && Number(v) < stage.index + 1) continue;
        ctx.report({ range: from.range, params: { from: v } });
      }
    }
  },
};
