import { DL3033 as text } from '../../knowledge/rules/hadolint/DL3033';
import type { Rule } from '../types';
import { allRunsWith, argsNoFlags, definedAt, isCommand, rpmVersionPinned, wordText } from './commandLine';

/**
 * hadolint DL3033 (src/Hadolint/Rule/DL3033.hs): a package of `yum install` without a version
 * (`name-version`, an `.rpm` file, or `name-${VAR}` with VAR from ARG/ENV), and a module of
 * `yum module install` without `:stream`; in RUN and ONBUILD RUN. The words `install` and `module` are not packages.
 */
export const rule: Rule = {
  id: 'DL3033',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'packaging-dependencies',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3033.hs',
  text,
  instructions: ['run'],
  scope: 'stage',
  check(ctx) {
    for (const { run, script } of allRunsWith(ctx, ['yum'])) {
      let defined: ReadonlySet<string> | undefined; // the variables in scope, found only when a spec uses one
      for (const cmd of script.commands) {
        if (!isCommand(cmd, ['yum'], ['install'])) continue;
        const isModule = isCommand(cmd, ['yum'], ['module']);
        for (const w of argsNoFlags(cmd)) {
          const spec = wordText(w);
          if (spec === 'install' || spec === 'module') continue;
          const pinned = isModule ? spec.includes(':') : rpmVersionPinned(spec, (defined ??= definedAt(ctx, run)));
          if (!pinned) ctx.report({ range: w.range, params: { package: spec }, variant: isModule ? 'module' : 'default' });
        }
      }
    }
  },
};
