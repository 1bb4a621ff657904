import { DL4005 as text } from '../../knowledge/rules/hadolint/DL4005';
import type { Rule } from '../types';
import { allRunsWith, args } from './commandLine';

/** hadolint DL4005 (src/Hadolint/Rule/DL4005.hs): `ln` with the argument `/bin/sh`, in RUN and ONBUILD RUN. */
export const rule: Rule = {
  id: 'DL4005',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'shell-and-exec-form',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL4005.hs',
  text,
  instructions: ['run'],
  scope: 'instruction',
  check(ctx) {
    for (const { script } of allRunsWith(ctx, ['ln'])) {
      for (const cmd of script.commands) if (cmd.name === 'ln' && args(cmd).includes('/bin/sh')) ctx.report({ range: cmd.range });
    }
  },
};
