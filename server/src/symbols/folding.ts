/** Folding ranges: stages, multi-line instructions, heredoc bodies and blocks of comment lines. */
import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver-types';
import type { DockerfileModel } from '../model/model';

export function foldingRanges(model: DockerfileModel): FoldingRange[] {
  const out: FoldingRange[] = [];
  const line = (offset: number): number => model.lines.lineOf(offset);
  const starts = new Set<number>();
  const add = (start: number, end: number, kind?: string): void => {
    if (end <= start || starts.has(start)) return;
    starts.add(start);
    out.push(FoldingRange.create(start, end, undefined, undefined, kind));
  };
  for (const stage of model.stages) {
    const last = stage.instructions[stage.instructions.length - 1] ?? stage.from;
    add(stage.from.startLine, last.endLine, FoldingRangeKind.Region);
  }
  // Instructions after stages, so a one-instruction stage keeps its stage fold.
  for (const ins of model.parse.instructions) {
    const textEnd = line(ins.textRange.end);
    if (ins.heredocs.length === 0) add(ins.startLine, textEnd);
    else {
      add(ins.startLine, ins.endLine);
      for (const hd of ins.heredocs) {
        const bodyStart = line(hd.bodyRange.start);
        const end = hd.terminatorRange === undefined ? line(Math.max(hd.bodyRange.start, hd.bodyRange.end - 1)) : line(hd.terminatorRange.start);
        add(bodyStart - 1, end);
      }
    }
  }
  // Runs of two or more comment lines outside instructions (parser directives form their own block).
  let runStart = -1;
  let runEnd = -1;
  let runDirective = false;
  const flush = (): void => {
    if (runStart >= 0 && runEnd > runStart) add(runStart, runEnd, FoldingRangeKind.Comment);
    runStart = -1;
  };
  for (const c of model.parse.comments) {
    if (c.insideInstruction) {
      flush();
      continue;
    }
    if (runStart >= 0 && c.line === runEnd + 1 && c.isDirective === runDirective) {
      runEnd = c.line;
      continue;
    }
    flush();
    runStart = c.line;
    runEnd = c.line;
    runDirective = c.isDirective;
  }
  flush();
  return out.sort((a, b) => a.startLine - b.startLine);
}
