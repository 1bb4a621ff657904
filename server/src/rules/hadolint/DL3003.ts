import { DL3003 as text } from '../../knowledge/rules/hadolint/DL3003';
import type { Rule } from '../types';
import { allRunsWith } from './commandLine';

/** hadolint DL3003 (src/Hadolint/Rule/DL3003.hs): `cd` in a RUN (not ONBUILD RUN): WORKDIR says where the next instructions run. */
export const rule: Rule = {
  id: 'DL3003',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'dockerfile',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3003.hs',
  text,
  instructions: ['run'],
  scope: 'instruction',
  check(ctx) {
    for (const { script } of allRunsWith(ctx, ['cd'], false)) {
      for (const cmd of script.commands) if (cmd.name === 'cd') ctx.report({ range: cmd.range });
    }
  },
};
