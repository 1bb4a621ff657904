import { DL3040 as text } from '../../knowledge/rules/hadolint/DL3040';
import type { Rule, ShellCommand } from '../types';
import { allRunsWith, appendCleanup, cacheMountCovers, isCommand, removesUnder, uncleanedInstall } from './commandLine';

const INSTALL = ['install', 'in', 'upgrade', 'up', 'upgrade-minimal', 'up-min', 'reinstall', 'rei'];
const CACHE_DIRS = ['/var/cache/libdnf5', '/var/cache/dnf', '/var/cache/yum'];

/**
 * hadolint DL3040 (src/Hadolint/Rule/DL3040.hs): `dnf` or `microdnf` `install|in|upgrade|up|upgrade-minimal|
 * up-min|reinstall|rei` without a later `clean all` of the same program (or an `rm` of `/var/cache/libdnf5*`),
 * unless a cache or tmpfs mount covers `/var/cache/libdnf5` or `.cache/libdnf5`; in RUN and ONBUILD RUN.
 * Ours also honours mounts of dnf4's `/var/cache/dnf` (and `/var/cache/yum`) and `rm` of those folders.
 */
export const rule: Rule = {
  id: 'DL3040',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'image-layers',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3040.hs',
  text,
  instructions: ['run'],
  scope: 'instruction',
  check(ctx) {
    for (const { run, script } of allRunsWith(ctx, ['dnf', 'microdnf'])) {
      if (cacheMountCovers(run, ['/var/cache/libdnf5', '.cache/libdnf5', '/var/cache/dnf'], CACHE_DIRS)) continue;
      for (const name of ['dnf', 'microdnf']) {
        const install = (c: ShellCommand): boolean => isCommand(c, [name], INSTALL);
        const clean = (c: ShellCommand): boolean => isCommand(c, [name], ['clean', 'all']) || removesUnder(c, CACHE_DIRS);
        const cmd = uncleanedInstall(script, install, clean);
        if (cmd === undefined) continue;
        const edit = appendCleanup(script, install, `${name} clean all`);
        ctx.report({ range: cmd.range, params: { command: name }, fix: edit === undefined ? undefined : { title: 'addClean', edits: [edit] } });
      }
    }
  },
};
