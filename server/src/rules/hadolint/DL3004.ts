import { DL3004 as text } from '../../knowledge/rules/hadolint/DL3004';
import type { Rule } from '../types';
import { allRunsWith } from './commandLine';

/** hadolint DL3004 (src/Hadolint/Rule/DL3004.hs): `sudo` in RUN or ONBUILD RUN. hadolint says error; it builds, so warning here. */
export const rule: Rule = {
  id: 'DL3004',
  source: 'hadolint',
  defaultSeverity: 'warning',
  upstreamSeverity: 'error',
  concept: 'root-user',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3004.hs',
  text,
  instructions: ['run'],
  scope: 'instruction',
  check(ctx) {
    for (const { script } of allRunsWith(ctx, ['sudo'])) {
      for (const cmd of script.commands) if (cmd.name === 'sudo') ctx.report({ range: cmd.range });
    }
  },
};
