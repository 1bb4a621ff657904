import { DL3035 as text } from '../../knowledge/rules/hadolint/DL3035';
import type { Rule } from '../types';
import { allRunsWith, isCommand } from './commandLine';

/** hadolint DL3035 (src/Hadolint/Rule/DL3035.hs): `zypper dist-upgrade` or `zypper dup`, in RUN and ONBUILD RUN. */
export const rule: Rule = {
  id: 'DL3035',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'base-image',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3035.hs',
  text,
  instructions: ['run'],
  scope: 'instruction',
  check(ctx) {
    for (const { script } of allRunsWith(ctx, ['zypper'])) {
      for (const cmd of script.commands) if (isCommand(cmd, ['zypper'], ['dist-upgrade', 'dup'])) ctx.report({ range: cmd.range });
    }
  },
};
