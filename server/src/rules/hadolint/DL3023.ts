import { DL3023 as text } from '../../knowledge/rules/hadolint/DL3023';
import { instructionsNamed } from '../named';
import type { Rule } from '../types';
import { flagValue } from './copyArgs';
import { dropEndQuotes } from '../strings';

/** hadolint DL3023 (src/Hadolint/Rule/DL3023.hs): `COPY --from=` the name of the stage the COPY is in. */
export const rule: Rule = {
  id: 'DL3023',
  source: 'hadolint',
  defaultSeverity: 'warning',
  upstreamSeverity: 'error',
  concept: 'multi-stage-build',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3023.hs',
  text,
  instructions: ['copy'],
  check(ctx) {
    const { list, stages, first } = instructionsNamed(ctx, 'copy');
    // The lower-case name of the stage of the entry before (read once per stage).
    let stage = -1;
    let name: string | undefined;
    for (let i = first; i < list.length; i++) {
      if (stages[i] !== stage) {
        stage = stages[i]!;
        name = ctx.model.stages[stage]!.name?.value.toLowerCase();
      }
      if (name === undefined) continue;
      const from = flagValue(list[i]!, 'from');
      if (from !== undefined && dropEndQuotes(from.value).toLowerCase() === name) ctx.report({ range: from.range, params: { from: from.value } });
    }
  },
};
