import { DL3009 as text } from '../../knowledge/rules/hadolint/DL3009';
import type { Rule, ShellCommand } from '../types';
import { appendCleanup, args, cacheMountCovers, allRunsWith } from './commandLine';
import { hasSub } from './packages';

const APT = ['apt-get', 'apt', 'aptitude'];

function isUpdate(cmd: ShellCommand): boolean {
  return hasSub(cmd, 'apt-get', ['update']) || hasSub(cmd, 'apt', ['update']) || hasSub(cmd, 'aptitude', ['update']);
}

function isAptCommand(cmd: ShellCommand): boolean {
  return cmd.name === 'apt-get' || cmd.name === 'apt' || cmd.name === 'aptitude';
}

/**
 * `rm` of the apt lists, or `apt-get dist-clean` (apt 2.7+, which deletes them). hadolint accepts any `rm -rf`;
 * we ask for the lists folder itself.
 */
function removesLists(cmd: ShellCommand): boolean {
  if (hasSub(cmd, 'apt-get', ['dist-clean']) || hasSub(cmd, 'apt', ['dist-clean'])) return true;
  return cmd.name === 'rm' && args(cmd).some((a) => a.startsWith('/var/lib/apt/lists'));
}

/**
 * hadolint DL3009 (src/Hadolint/Rule/DL3009.hs): a RUN with `apt-get|apt|aptitude update` and no removal of
 * `/var/lib/apt/lists`, unless a cache or tmpfs mount holds the lists (`/var/lib/apt/lists`, or both `/var/lib/apt`
 * and `/var/cache/apt`). Only in stages that end up in the built image (hadolint: the last stage and stages used
 * as a base). RUN and ONBUILD RUN.
 */
export const rule: Rule = {
  id: 'DL3009',
  source: 'hadolint',
  defaultSeverity: 'info',
  concept: 'image-layers',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3009.hs',
  text,
  instructions: ['run'],
  scope: 'stage',
  check(ctx) {
    const finalChain = ctx.model.finalChain;
    // Only RUNs with an apt command can update the lists: the others are skipped without a look.
    for (const { ins, run, script, stage } of allRunsWith(ctx, APT)) {
      if (!finalChain.has(stage)) continue;
      if (!script.commands.some(isUpdate) || script.commands.some(removesLists)) continue;
      if (cacheMountCovers(run, ['/var/lib/apt/lists'])) continue;
      if (cacheMountCovers(run, ['/var/lib/apt']) && cacheMountCovers(run, ['/var/cache/apt'])) continue;
      const edit = appendCleanup(script, isAptCommand, 'rm -rf /var/lib/apt/lists/*');
      ctx.report({ range: ins.textRange, fix: edit === undefined ? undefined : { title: 'removeAptLists', edits: [edit] } });
    }
  },
};
