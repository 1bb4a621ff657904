import { DL3020 as text } from '../../knowledge/rules/hadolint/DL3020';
import type { Rule } from '../types';
import { isArchive, pathWords } from './copyArgs';
import { dropEndQuotes } from '../strings';

function isRemote(p: string): boolean {
  const s = dropEndQuotes(p);
  return s.startsWith('https://') || s.startsWith('http://') || s.startsWith('git@');
}

/**
 * hadolint DL3020 (src/Hadolint/Rule/DL3020.hs): ADD whose sources are not all local archives (which ADD
 * extracts) or URLs. We also leave `git@…` sources alone (ADD clones them, COPY cannot). hadolint says error;
 * it builds, so warning here. The fix renames ADD to COPY (`--chown`/`--chmod`/`--link` mean the same there).
 */
export const rule: Rule = {
  id: 'DL3020',
  source: 'hadolint',
  defaultSeverity: 'warning',
  upstreamSeverity: 'error',
  concept: 'build-context',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3020.hs',
  text,
  instructions: ['add'],
  scope: 'instruction',
  check(ctx) {
    for (const ins of ctx.model.parse.instructions) {
      if (ins.name !== 'add') continue;
      const words = pathWords(ins);
      const sources = words.slice(0, -1);
      if (sources.length === 0 || sources.every((s) => isArchive(s.value) || isRemote(s.value))) continue;
      const copyFlagsOnly = ins.flags.every((f) => ['chown', 'chmod', 'link', 'exclude'].includes(f.name));
      ctx.report({
        range: ins.textRange,
        fix: copyFlagsOnly ? { title: 'useCopy', edits: [{ range: ins.keywordRange, newText: ins.keyword === ins.keyword.toLowerCase() ? 'copy' : 'COPY' }] } : undefined,
      });
    }
  },
};
