import { DL3049 as text } from '../../knowledge/rules/hadolint/DL3049';
import type { Rule } from '../types';
import { labelPairs } from './labelSchema';

/**
 * hadolint DL3049 (src/Hadolint/Rule/DL3049.hs): a label of the label schema is missing. hadolint reports each
 * stage (at its FROM) that neither sets the label nor builds on a stage that does, and skips stages that are only
 * copied from; ours judges the image that is built: the target stage and the stages it is built FROM.
 */
export const rule: Rule = {
  id: 'DL3049',
  source: 'hadolint',
  defaultSeverity: 'info',
  concept: 'image-metadata',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3049.hs',
  text,
  scope: 'stage',
  check(ctx) {
    const target = ctx.model.stages[ctx.model.target];
    if (target === undefined) return;
    const present = new Set<string>();
    for (const p of labelPairs(ctx)) {
      const stage = ctx.stageOf(p.ins);
      if (p.ins.onbuild === undefined && stage !== undefined && ctx.model.finalChain.has(stage.index)) present.add(p.key);
    }
    for (const label of Object.keys(ctx.settings.labelSchema)) {
      if (!present.has(label)) ctx.report({ range: target.from.textRange, params: { label } });
    }
  },
};
