import type { Pos, Span } from '../../../common/src/protocol';
import type { Range } from './ast';

/** Offsets of the start of every line of `text` (a line ends at `\n`). */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  let i = text.indexOf('\n');
  while (i !== -1) {
    starts.push(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  return starts;
}

/**
 * `computeLineStarts` of a text whose first line starts are known: `starts` ends with the start of a line of `text`
 * (0, or the offset after a newline) and is extended in place with the rest.
 */
export function extendLineStarts(text: string, starts: number[]): number[] {
  let i = text.indexOf('\n', starts[starts.length - 1] ?? 0);
  while (i !== -1) {
    starts.push(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  return starts;
}

/** Converts between offsets and zero-based line/character positions (UTF-16, as LSP). */
export class LineIndex {
  /**
   * The line `lineOf` found last, tried first (with the next one): the server converts a file's findings in order
   * of their start, so most lookups land on the same line or the next.
   */
  declare private hint: number;

  constructor(
    private readonly text: string,
    readonly lineStarts: readonly number[],
  ) {
    this.hint = 0;
  }

  static of(text: string): LineIndex {
    return new LineIndex(text, computeLineStarts(text));
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  lineOf(offset: number): number {
    const starts = this.lineStarts;
    const n = starts.length;
    const h = this.hint;
    // (Line starts only grow, so the line of `offset` is the last one that starts at or before it.)
    if (starts[h]! <= offset) {
      if (h + 1 >= n || offset < starts[h + 1]!) return h;
      if (h + 2 >= n || offset < starts[h + 2]!) return (this.hint = h + 1);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.hint = lo;
    return lo;
  }

  position(offset: number): Pos {
    // Math.max(0, Math.min(offset, length)) without the calls (which cost without TurboFan, as the server runs).
    const length = this.text.length;
    const clamped = offset > length ? length : offset <= 0 ? 0 : offset;
    const line = this.lineOf(clamped);
    return { line, character: clamped - (this.lineStarts[line] ?? 0) };
  }

  span(range: Range): Span {
    // `position` of both ends, in place; the end's line is looked up only when it is not the start's (most spans
    // sit on one line: one lookup and no calls, which cost without TurboFan, as the server runs).
    const length = this.text.length;
    const starts = this.lineStarts;
    const a = range.start > length ? length : range.start <= 0 ? 0 : range.start;
    const b = range.end > length ? length : range.end <= 0 ? 0 : range.end;
    const la = this.lineOf(a);
    const sa = starts[la] ?? 0;
    const next = starts[la + 1];
    const lb = b >= sa && (next === undefined || b < next) && starts[la] !== undefined ? la : this.lineOf(b);
    return { start: { line: la, character: a - sa }, end: { line: lb, character: b - (starts[lb] ?? 0) } };
  }

  /** Offset of a position; characters past the end of a line clamp to the line end. */
  offset(pos: Pos): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[pos.line] ?? 0;
    const end = this.lineEnd(pos.line);
    return Math.min(start + Math.max(0, pos.character), end);
  }

  /** Offset of the end of a line's content (before `\r\n` / `\n`). */
  lineEnd(line: number): number {
    const next = this.lineStarts[line + 1];
    let end = next === undefined ? this.text.length : next - 1;
    const start = this.lineStarts[line] ?? 0;
    while (end > start && this.text.charCodeAt(end - 1) === 0x0d) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStarts[line] ?? 0, this.lineEnd(line));
  }
}
