import type { Range } from './ast';

/**
 * A logical line: the pieces of several physical lines that BuildKit joins into one instruction.
 * Each piece is a contiguous slice of the document, so every logical offset maps to one document offset.
 */
export class LogicalLine {
  private readonly logicalStarts: number[] = [];
  private readonly sourceStarts: number[] = [];
  private readonly parts: string[] = [];
  private length = 0;
  private joined: string | undefined;

  constructor(private readonly source: string) {}

  append(sourceStart: number, sourceEnd: number): void {
    if (sourceEnd < sourceStart) return;
    this.logicalStarts.push(this.length);
    this.sourceStarts.push(sourceStart);
    this.parts.push(this.source.slice(sourceStart, sourceEnd));
    this.length += sourceEnd - sourceStart;
    this.joined = undefined;
  }

  get text(): string {
    if (this.joined === undefined) this.joined = this.parts.join('');
    return this.joined;
  }

  /** Document offset of a logical offset (the end of the line maps just past the last character). */
  toSource(logical: number): number {
    const starts = this.logicalStarts;
    if (starts.length === 0) return 0;
    if (logical >= this.length) {
      const last = starts.length - 1;
      return (this.sourceStarts[last] ?? 0) + this.length - (starts[last] ?? 0);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= logical) lo = mid;
      else hi = mid - 1;
    }
    return (this.sourceStarts[lo] ?? 0) + logical - (starts[lo] ?? 0);
  }

  /** Document range of a logical range; a range never spans the removed continuation characters at its end. */
  range(start: number, end: number): Range {
    const s = this.toSource(start);
    if (end <= start) return { start: s, end: s };
    return { start: s, end: this.toSource(end - 1) + 1 };
  }
}
