import { DL3032 as text } from '../../knowledge/rules/hadolint/DL3032';
import type { Rule, ShellCommand } from '../types';
import { allRunsWith, appendCleanup, cacheMountCovers, isCommand, removesUnder, uncleanedInstall } from './commandLine';

/**
 * hadolint DL3032 (src/Hadolint/Rule/DL3032.hs): `yum install` without a later `yum clean all` (or an `rm` of
 * `/var/cache/yum`), in RUN and ONBUILD RUN. Ours also stays silent when `RUN --mount=type=cache|tmpfs`
 * covers `/var/cache/yum` (the cache never reaches the layer), and requires the clean after the last install.
 */
export const rule: Rule = {
  id: 'DL3032',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'image-layers',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3032.hs',
  text,
  instructions: ['run'],
  scope: 'instruction',
  check(ctx) {
    const install = (c: ShellCommand): boolean => isCommand(c, ['yum'], ['install']);
    const clean = (c: ShellCommand): boolean => isCommand(c, ['yum'], ['clean']) || removesUnder(c, ['/var/cache/yum']);
    for (const { run, script } of allRunsWith(ctx, ['yum'])) {
      if (cacheMountCovers(run, [], ['/var/cache/yum'])) continue;
      const cmd = uncleanedInstall(script, install, clean);
      if (cmd === undefined) continue;
      const edit = appendCleanup(script, install, 'yum clean all');
      ctx.report({ range: cmd.range, fix: edit === undefined ? undefined : { title: 'addClean', edits: [edit] } });
    }
  },
};
