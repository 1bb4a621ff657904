import { DL3006 as text } from '../../knowledge/rules/hadolint/DL3006';
import type { Rule } from '../types';

/**
 * hadolint DL3006 (src/Hadolint/Rule/DL3006.hs): a FROM image without a tag or digest. Not for `scratch`,
 * not for a stage name defined earlier, and not when the image is a variable (`FROM ${BASE}`).
 */
export const rule: Rule = {
  id: 'DL3006',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'image-immutable',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3006.hs',
  text,
  scope: 'outline',
  check(ctx) {
    for (const stage of ctx.model.stages) {
      const base = stage.base;
      if (base === undefined || stage.baseStage !== undefined) continue;
      if (base.value.includes('$')) continue;
      if (base.value.toLowerCase() === 'scratch') continue;
      if (ctx.model.findStage(base.value, stage.index) !== undefined) continue;
      const image = stage.image;
      if (image === undefined || image.tag !== undefined || image.digest !== undefined) continue;
      ctx.report({ range: base.range, params: { image: base.value } });
    }
  },
};
