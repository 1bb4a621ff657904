import { DL3015 as text } from '../../knowledge/rules/hadolint/DL3015';
import type { Rule } from '../types';
import { allRunsWith, args, hasAnyFlag, insertAfter } from './commandLine';
import { isAptGetInstall, subWord } from './packages';

/**
 * hadolint DL3015 (src/Hadolint/Rule/DL3015.hs): `apt-get install` without `--no-install-recommends` (or the
 * argument `APT::Install-Recommends=false`). RUN and ONBUILD RUN.
 */
export const rule: Rule = {
  id: 'DL3015',
  source: 'hadolint',
  defaultSeverity: 'info',
  concept: 'image-layers',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3015.hs',
  text,
  instructions: ['run'],
  scope: 'instruction',
  check(ctx) {
    for (const { script } of allRunsWith(ctx, ['apt-get'])) {
      for (const cmd of script.commands) {
        if (!isAptGetInstall(cmd) || hasAnyFlag(cmd, ['no-install-recommends']) || args(cmd).includes('APT::Install-Recommends=false')) continue;
        const sub = subWord(cmd, 'install');
        ctx.report({ range: cmd.range, fix: sub === undefined ? undefined : { title: 'addNoInstallRecommends', edits: [insertAfter(sub, '--no-install-recommends')] } });
      }
    }
  },
};
