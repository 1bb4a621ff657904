import { WorkdirRelativePath as text } from '../../knowledge/rules/buildkit/WorkdirRelativePath';
import type { Rule } from '../types';
import { expandAt } from './lib/scope';

/** Absolute on Linux (`/x`) or Windows (`\x`, `C:\x`, `C:/x`), as BuildKit's system.IsAbs for either OS. */
export function isAbsolutePath(p: string): boolean {
  return p.startsWith('/') || p.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(p);
}

/**
 * BuildKit WorkdirRelativePath (dockerfile2llb/convert.go dispatchWorkdir): only the first WORKDIR of each stage
 * is checked, after the builder expanded its variables; later relative ones are fixed by fixing the first.
 * A path whose variables we cannot know (base image ENV, build arguments) is left alone. hadolint DL3000 checks
 * every WORKDIR and skips any path starting with a variable, so the two are separate rules.
 */
export const rule: Rule = {
  id: 'WorkdirRelativePath',
  source: 'buildkit',
  defaultSeverity: 'warning',
  concept: 'image-metadata',
  reference: 'moby/buildkit frontend/dockerfile/dockerfile2llb/convert.go dispatchWorkdir',
  text,
  instructions: ['workdir'],
  scope: 'stage',
  check(ctx) {
    for (const st of ctx.model.stages) {
      const wd = st.instructions.find((i) => i.name === 'workdir');
      if (wd === undefined || wd.args.value === '') continue;
      const r = expandAt(ctx.model, wd, wd.args.value);
      if (!r.known || isAbsolutePath(r.result)) continue;
      const plain = !wd.args.value.includes('$');
      ctx.report({
        range: wd.args.range,
        params: { path: r.result },
        fix: plain ? { title: 'makeAbsolute', edits: [{ range: { start: wd.args.range.start, end: wd.args.range.start }, newText: '/' }] } : undefined,
      });
    }
  },
};
