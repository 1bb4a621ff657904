import { InvalidPort as text } from '../../knowledge/rules/builder/InvalidPort';
import { exposePorts } from '../buildkit/lib/expose';
import { builderApplies } from '../buildkit/lib/flags';
import { reachableStages } from '../buildkit/lib/stages';
import type { Rule } from '../types';

/** BuildKit dockerfile2llb/convert_expose.go parsePort, in the stages that are built: port numbers, ranges, protocol, IP. */
export const rule: Rule = {
  id: 'InvalidPort',
  source: 'builder',
  defaultSeverity: 'error',
  concept: 'image-metadata',
  reference: 'moby/buildkit frontend/dockerfile/dockerfile2llb/convert_expose.go parsePort',
  text,
  instructions: ['expose'],
  scope: 'stage',
  check(ctx) {
    if (!builderApplies(ctx.model)) return;
    // The stage facts only for a port with an error (most have none).
    let reachable: ReadonlySet<number> | undefined;
    for (const { word: w, port: p } of exposePorts(ctx)) {
      if (p.error === undefined) continue;
      const st = ctx.model.stageOf(w.instruction);
      if (st === undefined || !(reachable ??= reachableStages(ctx.model)).has(st.index)) continue;
      ctx.report({ range: w.token.range, params: { port: w.value, message: p.error } });
    }
  },
};
