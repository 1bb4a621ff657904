import { NoEmptyContinuation as text } from '../../knowledge/rules/buildkit/NoEmptyContinuation';
import type { Edit, Rule } from '../types';

/**
 * BuildKit NoEmptyContinuation (parser/parser.go sets a warning when an empty line sits inside a continued
 * instruction; dockerfile2llb/convert.go reports it). We point at the continuation character before each empty
 * line; the fix deletes the empty lines.
 */
export const rule: Rule = {
  id: 'NoEmptyContinuation',
  source: 'buildkit',
  defaultSeverity: 'warning',
  concept: 'dockerfile',
  reference: 'moby/buildkit frontend/dockerfile/parser/parser.go; dockerfile2llb/convert.go',
  text,
  scope: 'instruction',
  check(ctx) {
    const { lines, parse } = ctx.model;
    // The comment lines are needed only for an instruction with an empty continuation line (few files have one).
    let comments: Set<number> | undefined;
    for (const ins of parse.instructions) {
      if (!ins.emptyContinuationLine) continue;
      comments ??= new Set(parse.comments.map((c) => c.line));
      const last = lines.position(ins.textRange.end).line;
      const edits: Edit[] = [];
      let anchor: { start: number; end: number } | undefined;
      let prevContent = ins.startLine;
      for (let l = ins.startLine + 1; l <= last; l++) {
        const t = lines.lineText(l);
        if (t.trim() !== '') {
          if (!comments.has(l)) prevContent = l;
          continue;
        }
        const start = lines.lineStarts[l] ?? 0;
        const next = lines.lineStarts[l + 1] ?? parse.text.length;
        edits.push({ range: { start, end: next }, newText: '' });
        if (anchor === undefined) {
          const pt = lines.lineText(prevContent).replace(/[ \t]+$/, '');
          const at = (lines.lineStarts[prevContent] ?? 0) + Math.max(0, pt.length - 1);
          anchor = { start: at, end: at + 1 };
        }
      }
      if (anchor === undefined) continue;
      ctx.report({ range: anchor, fix: { title: 'removeEmptyLines', edits } });
    }
  },
};
