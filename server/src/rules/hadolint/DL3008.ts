import { DL3008 as text } from '../../knowledge/rules/hadolint/DL3008';
import type { Rule } from '../types';
import { allRunsWith, wordText } from './commandLine';
import { isAptGetInstall, operands } from './packages';

/**
 * hadolint DL3008 (src/Hadolint/Rule/DL3008.hs): a package of `apt-get install` without `=version`, that is not a
 * path (`/`) or a `.deb` file; the value of `-t`/`--target-release` is not a package. RUN and ONBUILD RUN.
 */
export const rule: Rule = {
  id: 'DL3008',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'image-immutable',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3008.hs',
  text,
  instructions: ['run'],
  scope: 'instruction',
  check(ctx) {
    for (const { script } of allRunsWith(ctx, ['apt-get'])) {
      for (const cmd of script.commands) {
        if (!isAptGetInstall(cmd)) continue;
        for (const w of operands(cmd, ['t', 'target-release'])) {
          const p = wordText(w);
          if (p === 'install' || p.includes('=') || p.includes('/') || p.endsWith('.deb')) continue;
          ctx.report({ range: w.range, params: { package: p } });
        }
      }
    }
  },
};
