import { DL3007 as text } from '../../knowledge/rules/hadolint/DL3007';
import type { Rule } from '../types';

/** hadolint DL3007 (src/Hadolint/Rule/DL3007.hs): FROM an image tagged `latest` without a digest. */
export const rule: Rule = {
  id: 'DL3007',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'image-immutable',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3007.hs',
  text,
  scope: 'outline',
  check(ctx) {
    for (const stage of ctx.model.stages) {
      const base = stage.base;
      const image = stage.image;
      if (base === undefined || image === undefined || stage.baseStage !== undefined) continue;
      if (image.tag !== 'latest' || image.digest !== undefined) continue;
      const start = base.range.start + (image.tagStart ?? 0);
      ctx.report({ range: image.tagStart === undefined ? base.range : { start, end: start + image.tag.length }, params: { image: base.value } });
    }
  },
};
