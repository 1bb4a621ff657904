import { DL3000 as text } from '../../knowledge/rules/hadolint/DL3000';
import type { Rule } from '../types';

function unquote(s: string): string {
  return s.replace(/^["']|["']$/g, '');
}

function absolute(p: string): boolean {
  return p.startsWith('$') || p.startsWith('/') || /^[A-Za-z]:/.test(p);
}

/**
 * hadolint DL3000 (src/Hadolint/Rule/DL3000.hs): a WORKDIR that does not start with `/`, `$` or a Windows drive
 * (`C:`). hadolint says error; BuildKit builds it (relative to the previous WORKDIR), so warning here. The fix
 * joins it to the stage's previous absolute WORKDIR, or to `/` when there is none.
 */
export const rule: Rule = {
  id: 'DL3000',
  source: 'hadolint',
  defaultSeverity: 'warning',
  upstreamSeverity: 'error',
  concept: 'dockerfile',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3000.hs',
  text,
  instructions: ['workdir'],
  scope: 'stage',
  check(ctx) {
    for (const stage of ctx.model.stages) {
      let previous: string | undefined = '/';
      for (const ins of stage.instructions) {
        if (ins.name !== 'workdir' || ins.args.value === '') continue;
        const path = unquote(ins.args.value);
        if (absolute(path)) {
          previous = path.startsWith('/') && !path.includes('$') ? path : undefined;
          continue;
        }
        const joined = previous === undefined || /\s|["'$]/.test(ins.args.value) ? undefined : previous.replace(/\/+$/, '') + '/' + path;
        ctx.report({
          range: ins.args.range,
          params: { path },
          fix: joined === undefined ? undefined : { title: 'makeAbsolute', edits: [{ range: ins.args.range, newText: joined }] },
        });
        previous = joined;
      }
    }
  },
};
