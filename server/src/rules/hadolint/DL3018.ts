import { DL3018 as text } from '../../knowledge/rules/hadolint/DL3018';
import type { Rule } from '../types';
import { allRunsWith, wordText } from './commandLine';
import { hasSub, operands } from './packages';

/**
 * hadolint DL3018 (src/Hadolint/Rule/DL3018.hs): a package of `apk add` without a version constraint (`=`, `~`,
 * `>`, `<`) that is not an `.apk` file; the values of `-t`/`--virtual`, `--repository` and `-X` are not packages.
 * RUN and ONBUILD RUN.
 */
export const rule: Rule = {
  id: 'DL3018',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'image-immutable',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3018.hs',
  text,
  instructions: ['run'],
  scope: 'instruction',
  check(ctx) {
    for (const { script } of allRunsWith(ctx, ['apk'])) {
      for (const cmd of script.commands) {
        if (!hasSub(cmd, 'apk', ['add'])) continue;
        for (const w of operands(cmd, ['t', 'virtual', 'repository', 'X'])) {
          const p = wordText(w);
          if (p === 'add' || ['=', '~', '>', '<'].some((s) => p.includes(s)) || p.endsWith('.apk')) continue;
          ctx.report({ range: w.range, params: { package: p } });
        }
      }
    }
  },
};
