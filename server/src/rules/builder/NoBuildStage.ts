import { NoBuildStage as text } from '../../knowledge/rules/builder/NoBuildStage';
import { isInstructionName } from '../../model/phases';
import { builderApplies } from '../buildkit/lib/flags';
import type { Rule } from '../types';

/**
 * BuildKit instructions/parse.go Parse (`no build stage in current context`: an instruction other than ARG before
 * the first FROM) and dockerfile2llb/convert.go (`dockerfile contains no stages to build`: no FROM at all).
 */
export const rule: Rule = {
  id: 'NoBuildStage',
  source: 'builder',
  defaultSeverity: 'error',
  concept: 'dockerfile',
  reference: 'moby/buildkit frontend/dockerfile/instructions/parse.go Parse; dockerfile2llb/convert.go toDispatchState',
  text,
  check(ctx) {
    const m = ctx.model;
    if (!builderApplies(m)) return;
    let before = false;
    for (const ins of m.preamble) {
      if (ins.name === 'arg' || !isInstructionName(ins.name)) continue;
      before = true;
      ctx.report({ range: ins.keywordRange, params: { instruction: ins.keyword.toUpperCase() } });
    }
    const first = m.parse.instructions[0];
    if (!before && m.stages.length === 0 && first !== undefined && m.preamble.every((i) => i.name === 'arg')) {
      ctx.report({ range: first.keywordRange, variant: 'noStages' });
    }
  },
};
