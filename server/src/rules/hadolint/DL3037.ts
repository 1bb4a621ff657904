import { DL3037 as text } from '../../knowledge/rules/hadolint/DL3037';
import type { Rule } from '../types';
import { allRunsWith, argsNoFlags, isCommand, wordText } from './commandLine';

/**
 * hadolint DL3037 (src/Hadolint/Rule/DL3037.hs): a package of `zypper install|in` without a version
 * constraint (`=`, `<`, `>`, `<=`, `>=`) that is not an `.rpm` file; in RUN and ONBUILD RUN.
 */
export const rule: Rule = {
  id: 'DL3037',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'packaging-dependencies',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3037.hs',
  text,
  instructions: ['run'],
  scope: 'instruction',
  check(ctx) {
    for (const { script } of allRunsWith(ctx, ['zypper'])) {
      for (const cmd of script.commands) {
        if (!isCommand(cmd, ['zypper'], ['install', 'in'])) continue;
        for (const w of argsNoFlags(cmd)) {
          const spec = wordText(w);
          if (spec === 'install' || spec === 'in') continue;
          if (/[=<>]/.test(spec) || spec.endsWith('.rpm')) continue;
          ctx.report({ range: w.range, params: { package: spec } });
        }
      }
    }
  },
};
