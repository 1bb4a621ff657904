import { DL3014 as text } from '../../knowledge/rules/hadolint/DL3014';
import type { Rule } from '../types';
import { allRunsWith, args, flags, hasAnyFlag, insertAfter } from './commandLine';
import { isAptGetInstall, subWord } from './packages';

/**
 * hadolint DL3014 (src/Hadolint/Rule/DL3014.hs): `apt-get install` without `-y`, `--yes`, `--assume-yes`, `-qq`,
 * two `-q`, two `--quiet` or `-q=2`. RUN and ONBUILD RUN.
 */
export const rule: Rule = {
  id: 'DL3014',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'dockerfile',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3014.hs',
  text,
  instructions: ['run'],
  scope: 'instruction',
  check(ctx) {
    for (const { script } of allRunsWith(ctx, ['apt-get'])) {
      for (const cmd of script.commands) {
        if (!isAptGetInstall(cmd)) continue;
        const fl = flags(cmd);
        const count = (n: string): number => fl.filter((f) => f.name === n).length;
        if (hasAnyFlag(cmd, ['y', 'yes', 'qq', 'assume-yes']) || count('q') === 2 || count('quiet') === 2 || args(cmd).includes('-q=2')) continue;
        const sub = subWord(cmd, 'install');
        ctx.report({ range: cmd.range, fix: sub === undefined ? undefined : { title: 'addYes', edits: [insertAfter(sub, '-y')] } });
      }
    }
  },
};
