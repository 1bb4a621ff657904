import { InvalidCheckDirective as text } from '../../knowledge/rules/builder/InvalidCheckDirective';
import { builderApplies } from '../buildkit/lib/flags';
import { parseGoBool } from '../buildkit/lib/words';
import type { Rule } from '../types';

/** BuildKit linter/linter.go ParseLintOptions, as dockerfile2llb/convert.go newRuleLinter runs it on the `# check=` directive. */
export function checkOptionsError(value: string): string | undefined {
  const s = value.trim();
  if (s === '') return undefined;
  const parts: string[] = [];
  let rest = s;
  while (parts.length < 2 && rest.includes(';')) {
    const i = rest.indexOf(';');
    parts.push(rest.slice(0, i));
    rest = rest.slice(i + 1);
  }
  parts.push(rest);
  for (const p of parts) {
    const eq = p.indexOf('=');
    if (eq < 0) return `invalid check option "${p}"`;
    const k = p.slice(0, eq).trim();
    const v = p.slice(eq + 1).trim();
    if (k === 'skip' || k === 'experimental') continue;
    if (k === 'error') {
      if (parseGoBool(v) === undefined) return `failed to parse check option "${p}": invalid syntax`;
      continue;
    }
    return `invalid check option "${k}"`;
  }
  return undefined;
}

/** The file's `# check=` directive must parse, or the build fails (`failed to parse check options`). */
export const rule: Rule = {
  id: 'InvalidCheckDirective',
  source: 'builder',
  defaultSeverity: 'error',
  concept: 'parser-directives',
  reference: 'moby/buildkit frontend/dockerfile/linter/linter.go ParseLintOptions; dockerfile2llb/convert.go newRuleLinter',
  text,
  check(ctx) {
    if (!builderApplies(ctx.model)) return;
    const d = ctx.model.parse.directives.find((x) => x.name === 'check');
    if (d === undefined) return;
    const err = checkOptionsError(d.value);
    if (err !== undefined) ctx.report({ range: d.valueRange, params: { message: err } });
  },
};
