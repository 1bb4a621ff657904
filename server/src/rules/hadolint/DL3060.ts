import { DL3060 as text } from '../../knowledge/rules/hadolint/DL3060';
import type { Rule } from '../types';
import { appendCleanup, cacheMountCovers, findIndex, isCommand, allRunsWith } from './commandLine';
import type { ShellCommand } from '../types';

const install = (c: ShellCommand): boolean => isCommand(c, ['yarn'], ['install']);
const clean = (c: ShellCommand): boolean => isCommand(c, ['yarn'], ['cache']) && isCommand(c, ['yarn'], ['clean']);

/**
 * hadolint DL3060 (src/Hadolint/Rule/DL3060.hs): `yarn install` with no `yarn cache clean` in the same RUN
 * (unless a cache or tmpfs mount covers `.cache/yarn`), or with the clean before the install; in RUN and
 * ONBUILD RUN. hadolint keeps only findings in the last stage or in stages used as a base; ours judges the
 * stages that end up in the built image (the target and the stages it is built FROM).
 */
export const rule: Rule = {
  id: 'DL3060',
  source: 'hadolint',
  defaultSeverity: 'info',
  concept: 'image-layers',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3060.hs',
  text,
  instructions: ['run'],
  scope: 'stage',
  check(ctx) {
    const finalChain = ctx.model.finalChain;
    // Only RUNs with a yarn command can install: the others are skipped without a look.
    for (const { run, script, stage } of allRunsWith(ctx, ['yarn'])) {
      if (!finalChain.has(stage)) continue;
      const i = findIndex(script, install);
      if (i < 0) continue;
      const c = findIndex(script, clean);
      if (c < 0 && cacheMountCovers(run, ['.cache/yarn'])) continue;
      if (c > i) continue;
      const cmd = script.commands[i];
      if (cmd === undefined) continue;
      const edit = c < 0 ? appendCleanup(script, install, 'yarn cache clean') : undefined;
      ctx.report({ range: cmd.range, fix: edit === undefined ? undefined : { title: 'addClean', edits: [edit] } });
    }
  },
};
