import { CopyIgnoredFile as text } from '../../knowledge/rules/buildkit/CopyIgnoredFile';
import type { Rule } from '../types';
import { IgnoreMatcher, cleanPath, readIgnoreLines } from './lib/ignore';
import { expandAt } from './lib/scope';
import { argTokens } from './lib/words';

const ROOT_PATTERNS = new Set(['*', '**', '**/*']);

function isRemote(src: string): boolean {
  return /^https?:\/\//.test(src) || /^git@/.test(src) || /^(?:git|ssh):\/\//.test(src) || /\.git(?:[#?].*)?$/.test(src);
}

/**
 * BuildKit CopyIgnoredFile (dockerfile2llb/validations.go validateCopySourcePath, from dispatchCopy): a COPY or ADD
 * source from the build context that `.dockerignore` excludes, matched with moby/patternmatcher
 * MatchesOrParentMatches on the cleaned source path. Like BuildKit, nothing is checked when `.dockerignore` has an
 * exception (`!pattern`), since a folder may be excluded while a file inside it is let back in; `.` and `/` only
 * count when a pattern excludes everything (`*`, `**`, `**∕*`). `COPY --from` and remote ADD sources are not
 * from the context.
 */
export const rule: Rule = {
  id: 'CopyIgnoredFile',
  source: 'buildkit',
  defaultSeverity: 'warning',
  concept: 'build-context',
  reference: 'moby/buildkit frontend/dockerfile/dockerfile2llb/validations.go validateCopySourcePath',
  text,
  scope: 'stage',
  check(ctx) {
    const lines = ctx.settings.dockerignore?.();
    if (lines === undefined) return;
    const matcher = new IgnoreMatcher(readIgnoreLines(lines));
    if (matcher.patterns.length === 0 || matcher.exclusions) return;
    const rootIgnored = matcher.patterns.some((p) => !p.exclusion && ROOT_PATTERNS.has(p.cleaned));
    for (const st of ctx.model.stages) {
      for (const ins of st.instructions) {
        if (ins.name !== 'copy' && ins.name !== 'add') continue;
        if (ins.flags.some((f) => f.name === 'from')) continue;
        const args = argTokens(ins);
        for (const tok of args.slice(0, -1)) {
          if (tok.value.startsWith('<<')) continue;
          const r = expandAt(ctx.model, ins, tok.value);
          if (!r.known) continue;
          if (ins.name === 'add' && isRemote(r.result)) continue;
          const src = cleanPath(r.result.replace(/\\/g, '/'));
          if ((src === '.' || src === '/') && !rootIgnored) continue;
          if (!matcher.matchesOrParentMatches(src)) continue;
          ctx.report({ range: tok.range, variant: ins.name === 'add' ? 'add' : 'default', params: { file: src } });
        }
      }
    }
  },
};
