import { DL3016 as text } from '../../knowledge/rules/hadolint/DL3016';
import type { Rule } from '../types';
import { allRunsWith, wordText } from './commandLine';
import { hasSub, operands } from './packages';

function pinned(p: string): boolean {
  if (['git://', 'git+ssh://', 'git+http://', 'git+https://'].some((s) => p.startsWith(s))) return p.includes('#');
  if (['.tar', '.tar.gz', '.tgz'].some((s) => p.endsWith(s))) return true;
  if (['/', './', '../', '~/'].some((s) => p.startsWith(s))) return true;
  const unscoped = p.startsWith('@') ? p.slice(p.indexOf('/') + 1) : p;
  return unscoped.includes('@');
}

/**
 * hadolint DL3016 (src/Hadolint/Rule/DL3016.hs): `npm install <package>` without `@version`, a git URL with `#ref`,
 * a tarball or a folder; only when `install` is the first operand (`--loglevel`/`--registry` values skipped).
 * `npm install` alone (from package.json) is fine. RUN and ONBUILD RUN.
 */
export const rule: Rule = {
  id: 'DL3016',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'image-immutable',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3016.hs',
  text,
  instructions: ['run'],
  scope: 'instruction',
  check(ctx) {
    for (const { script } of allRunsWith(ctx, ['npm'])) {
      for (const cmd of script.commands) {
        if (!hasSub(cmd, 'npm', ['install'])) continue;
        const ops = operands(cmd, ['loglevel', 'registry']);
        if (ops[0] === undefined || wordText(ops[0]) !== 'install') continue;
        for (const w of ops.slice(1)) {
          const p = wordText(w);
          if (p !== 'install' && !pinned(p)) ctx.report({ range: w.range, params: { package: p } });
        }
      }
    }
  },
};
