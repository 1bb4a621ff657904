import { DL3021 as text } from '../../knowledge/rules/hadolint/DL3021';
import type { Rule } from '../types';
import { pathWords } from './copyArgs';
import { dropEndQuotes } from '../strings';

/**
 * hadolint DL3021 (src/Hadolint/Rule/DL3021.hs): COPY with more than one source whose destination does not end
 * with `/`. The legacy builder rejected it; BuildKit copies into a folder of that name, so warning here (hadolint:
 * error). A Windows destination ending with `\\` is a folder too. The fix appends the `/`, which says what happens.
 */
export const rule: Rule = {
  id: 'DL3021',
  source: 'hadolint',
  defaultSeverity: 'warning',
  upstreamSeverity: 'error',
  concept: 'build-context',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3021.hs',
  text,
  instructions: ['copy'],
  scope: 'instruction',
  check(ctx) {
    for (const ins of ctx.model.parse.instructions) {
      if (ins.name !== 'copy') continue;
      const words = pathWords(ins);
      const dest = words[words.length - 1];
      if (dest === undefined || words.length < 3 || /[/\\]$/.test(dropEndQuotes(dest.value))) continue;
      // A `/` after a heredoc marker would rename the heredoc instead of marking a folder; after a bare `<<` it would
      // make one (BuildKit reads `<</` as a heredoc named `/`, whose body is then the rest of the file).
      const isHeredocMarker = /^\d*<</.test(dest.value) || ins.heredocs.some((h) => h.markerRange.end === dest.range.end);
      const fix = ins.json || isHeredocMarker ? undefined : { title: 'addSlash', edits: [{ range: { start: dest.range.end, end: dest.range.end }, newText: '/' }] };
      ctx.report({ range: dest.range, params: { destination: dest.value }, fix });
    }
  },
};
