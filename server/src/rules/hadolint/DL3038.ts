import { DL3038 as text } from '../../knowledge/rules/hadolint/DL3038';
import type { Rule } from '../types';
import { allRunsWith, argWord, hasAnyFlag, insertAfter, isCommand } from './commandLine';

const INSTALL = ['install', 'groupinstall', 'localinstall'];

/**
 * hadolint DL3038 (src/Hadolint/Rule/DL3038.hs): `dnf` or `microdnf` `install|groupinstall|localinstall`
 * without `-y` or `--assumeyes`, in RUN and ONBUILD RUN.
 */
export const rule: Rule = {
  id: 'DL3038',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'dockerfile',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3038.hs',
  text,
  instructions: ['run'],
  scope: 'instruction',
  check(ctx) {
    for (const { script } of allRunsWith(ctx, ['dnf', 'microdnf'])) {
      for (const cmd of script.commands) {
        if (!isCommand(cmd, ['dnf', 'microdnf'], INSTALL) || hasAnyFlag(cmd, ['y', 'assumeyes'])) continue;
        const sub = argWord(cmd, INSTALL);
        ctx.report({ range: cmd.range, params: { command: cmd.name }, fix: sub === undefined ? undefined : { title: 'addYes', edits: [insertAfter(sub, '-y')] } });
      }
    }
  },
};
