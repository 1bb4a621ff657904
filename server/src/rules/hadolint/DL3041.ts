import { DL3041 as text } from '../../knowledge/rules/hadolint/DL3041';
import type { Rule } from '../types';
import { allRunsWith, argsNoFlags, definedAt, isCommand, rpmVersionPinned, wordText } from './commandLine';

const DNF = ['dnf', 'microdnf'];

/**
 * hadolint DL3041 (src/Hadolint/Rule/DL3041.hs): a package of `dnf|microdnf install` without a version
 * (`name-version`, an `.rpm` file, or `name-${VAR}` with VAR from ARG/ENV), and a module of
 * `dnf module install` without `:stream`; `dnf group install` is not checked; in RUN and ONBUILD RUN.
 */
export const rule: Rule = {
  id: 'DL3041',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'packaging-dependencies',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3041.hs',
  text,
  instructions: ['run'],
  scope: 'stage',
  check(ctx) {
    for (const { run, script } of allRunsWith(ctx, DNF)) {
      let defined: ReadonlySet<string> | undefined; // the variables in scope, found only when a spec uses one
      for (const cmd of script.commands) {
        if (!isCommand(cmd, DNF, ['install'])) continue;
        const isModule = isCommand(cmd, DNF, ['module']);
        if (!isModule && isCommand(cmd, DNF, ['group'])) continue;
        for (const w of argsNoFlags(cmd)) {
          const spec = wordText(w);
          if (spec === 'install' || spec === 'module') continue;
          const pinned = isModule ? spec.includes(':') : rpmVersionPinned(spec, (defined ??= definedAt(ctx, run)));
          if (!pinned) ctx.report({ range: w.range, params: { package: spec, command: cmd.name }, variant: isModule ? 'module' : 'default' });
        }
      }
    }
  },
};
