/**
 * Where each published diagnostic is and which rule made it: what a hover needs to add the rules' lessons at its
 * position. Kept as two typed arrays and a list of distinct codes rather than 10,000 small objects: the lint worker
 * sends this for a large document, and typed arrays cross threads by transfer, not by copy.
 */
import type { Diagnostic } from 'vscode-languageserver-types';

export interface LessonSpans {
  /** Four numbers per diagnostic: start line, start character, end line, end character. */
  readonly at: Int32Array;
  /** Per diagnostic, its code's index in `codes`. */
  readonly codeOf: Uint32Array;
  /** The distinct codes, in order of first appearance. */
  readonly codes: readonly string[];
}

export const NO_LESSON_SPANS: LessonSpans = { at: new Int32Array(0), codeOf: new Uint32Array(0), codes: [] };

export function lessonSpans(diagnostics: readonly Diagnostic[]): LessonSpans {
  const n = diagnostics.length;
  if (n === 0) return NO_LESSON_SPANS;
  const at = new Int32Array(4 * n);
  const codeOf = new Uint32Array(n);
  const codes = new CodeTable();
  for (let i = 0; i < n; i++) {
    const d = diagnostics[i]!;
    const { start, end } = d.range;
    at[4 * i] = start.line;
    at[4 * i + 1] = start.character;
    at[4 * i + 2] = end.line;
    at[4 * i + 3] = end.character;
    codeOf[i] = codes.indexOf(String(d.code));
  }
  return { at, codeOf, codes: codes.list };
}

/** Codes numbered in the order they are first asked for (`LessonSpans.codes` and `codeOf`). */
export class CodeTable {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();

  indexOf(code: string): number {
    let k = this.index.get(code);
    if (k === undefined) {
      k = this.list.length;
      this.list.push(code);
      this.index.set(code, k);
    }
    return k;
  }
}

/** The codes of the diagnostics whose range holds the position (ends included), in published order. */
export function codesAt(spans: LessonSpans, line: number, character: number): string[] {
  const out: string[] = [];
  const { at, codeOf, codes } = spans;
  for (let i = 0; i < codeOf.length; i++) {
    const sl = at[4 * i]!;
    const el = at[4 * i + 2]!;
    if (line < sl || line > el) continue;
    if (line === sl && character < at[4 * i + 1]!) continue;
    if (line === el && character > at[4 * i + 3]!) continue;
    out.push(codes[codeOf[i]!]!);
  }
  return out;
}
