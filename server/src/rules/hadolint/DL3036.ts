import { DL3036 as text } from '../../knowledge/rules/hadolint/DL3036';
import type { Rule, ShellCommand } from '../types';
import { allRunsWith, appendCleanup, cacheMountCovers, isCommand, removesUnder, uncleanedInstall } from './commandLine';

/**
 * hadolint DL3036 (src/Hadolint/Rule/DL3036.hs): `zypper install|in` without a later `zypper clean|cc`, unless
 * a cache or tmpfs mount covers `/var/cache/zypp`; in RUN and ONBUILD RUN. Ours also accepts an `rm` of
 * `/var/cache/zypp` and requires the clean after the last install.
 */
export const rule: Rule = {
  id: 'DL3036',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'image-layers',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3036.hs',
  text,
  instructions: ['run'],
  scope: 'instruction',
  check(ctx) {
    const install = (c: ShellCommand): boolean => isCommand(c, ['zypper'], ['install', 'in']);
    const clean = (c: ShellCommand): boolean => isCommand(c, ['zypper'], ['clean', 'cc']) || removesUnder(c, ['/var/cache/zypp']);
    for (const { run, script } of allRunsWith(ctx, ['zypper'])) {
      if (cacheMountCovers(run, ['/var/cache/zypp'])) continue;
      const cmd = uncleanedInstall(script, install, clean);
      if (cmd === undefined) continue;
      const edit = appendCleanup(script, install, 'zypper clean --all');
      ctx.report({ range: cmd.range, fix: edit === undefined ? undefined : { title: 'addClean', edits: [edit] } });
    }
  },
};
