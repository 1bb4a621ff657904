import { DL3030 as text } from '../../knowledge/rules/hadolint/DL3030';
import type { Rule } from '../types';
import { allRunsWith, argWord, hasAnyFlag, insertAfter, isCommand } from './commandLine';

const INSTALL = ['install', 'groupinstall', 'localinstall'];

/**
 * hadolint DL3030 (src/Hadolint/Rule/DL3030.hs): `yum install|groupinstall|localinstall` without `-y` or
 * `--assumeyes`, in RUN and ONBUILD RUN.
 */
export const rule: Rule = {
  id: 'DL3030',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'dockerfile',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3030.hs',
  text,
  instructions: ['run'],
  scope: 'instruction',
  check(ctx) {
    for (const { script } of allRunsWith(ctx, ['yum'])) {
      for (const cmd of script.commands) {
        if (!isCommand(cmd, ['yum'], INSTALL) || hasAnyFlag(cmd, ['y', 'assumeyes'])) continue;
        const sub = argWord(cmd, INSTALL);
        ctx.report({ range: cmd.range, fix: sub === undefined ? undefined : { title: 'addYes', edits: [insertAfter(sub, '-y')] } });
      }
    }
  },
};
