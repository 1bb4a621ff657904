import { DL3023 as text } from '../../knowledge/rules/hadolint/DL3023';
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
  scope: 'outline',
  check(ctx) {
    for (const stage of ctx.model.stages) {
      const name = stage.name?.value.toLowerCase();
      if (name === undefined) continue;
      for (const ins of stage.instructions) {
        const from = ins.name === 'copy' ? flagValue(ins, 'from') : undefined;
        if (from !== undefined && dropEndQuotes(from.value).toLowerCase() === name) ctx.report({ range: from.range, params: { from: from.value } });
      }
    }
  },
};
