import { DL3062 as text } from '../../knowledge/rules/hadolint/DL3062';
import type { Rule, ShellScript, ShellWord } from '../types';
import { argsNoFlags, allRunsWith, isCommand, wordText } from './commandLine';

/** The packages hadolint checks: those of `go run` when there are any, else those of `go install|get`. */
function goPackages(script: ShellScript): ShellWord[] {
  const run: ShellWord[] = [];
  const get: ShellWord[] = [];
  for (const cmd of script.commands) {
    if (isCommand(cmd, ['go'], ['run'])) {
      // Only the package: what follows it are the program's own arguments.
      argsNoFlags(cmd).forEach((w, i) => {
        if (i <= 1 && wordText(w) !== 'run') run.push(w);
      });
    } else if (isCommand(cmd, ['go'], ['install', 'get'])) {
      for (const w of argsNoFlags(cmd)) if (!['install', 'get', 'tool'].includes(wordText(w))) get.push(w);
    }
  }
  return run.length > 0 ? run : get;
}

function pinned(pkg: string): boolean {
  if (pkg === '.' || pkg.startsWith('/') || pkg.startsWith('.') || pkg.endsWith('.go')) return true;
  return pkg.includes('@') && !pkg.endsWith('@latest') && !pkg.endsWith('@none');
}

/**
 * hadolint DL3062 (src/Hadolint/Rule/DL3062.hs): a package of `go install`, `go get` or `go run` without
 * `@version` (or with `@latest`/`@none`); local paths (`.`, `./…`, `/…`) are fine, and ours also accepts
 * `.go` files (`go run main.go`). When a RUN has `go run`, only its package is checked, as in hadolint.
 */
export const rule: Rule = {
  id: 'DL3062',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'packaging-dependencies',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3062.hs',
  text,
  instructions: ['run'],
  scope: 'instruction',
  check(ctx) {
    for (const { script } of allRunsWith(ctx, ['go'])) {
      for (const w of goPackages(script)) {
        const pkg = wordText(w);
        if (!pinned(pkg)) ctx.report({ range: w.range, params: { package: pkg } });
      }
    }
  },
};
