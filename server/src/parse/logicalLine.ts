import type { Range } from './ast';

/**
 * A logical line: the pieces of several physical lines that BuildKit joins into one instruction.
 * Each piece is a contiguous slice of the document, so every logical offset maps to one document offset.
 * Every instruction keeps its logical line for the life of the model, so it is kept small: the text is made on
 * first read (one slice for the usual one-piece line; the pieces joined at once, with no concatenation per piece
 * to flatten later, for the others) and the offsets sit in one exact-size array once read.
 */
export class LogicalLine {
  // Fields are set in the constructor, not by class-field initializers (a separate initializer that defines each
  // field first: slower without TurboFan, as the language server runs).
  declare private readonly source: string;
  /** Document start of the first piece (-1: no piece yet); a one-piece line (the usual case) needs no more. */
  declare private first: number;
  /** With two pieces or more: per piece, its logical start, then its document start. */
  declare private segments: number[] | undefined;
  /** Whether `segments` may have spare room (grown by push since the last read). */
  declare private grown: boolean;
  declare private length: number;
  /** The text, once read (undefined: not made since the last piece was added). */
  declare private joined: string | undefined;

  constructor(source: string) {
    this.source = source;
    this.first = -1;
    this.segments = undefined;
    this.grown = false;
    this.length = 0;
    this.joined = undefined;
  }

  append(sourceStart: number, sourceEnd: number): void {
    if (sourceEnd < sourceStart) return;
    if (this.first < 0) {
      this.first = sourceStart;
    } else if (this.segments === undefined) {
      this.segments = [0, this.first, this.length, sourceStart];
    } else {
      this.segments.push(this.length, sourceStart);
      this.grown = true;
    }
    this.length += sourceEnd - sourceStart;
    this.joined = undefined;
  }

  get text(): string {
    if (this.grown) {
      // Arrays grown by push keep spare room; a copy has the exact size.
      this.segments = this.segments?.slice();
      this.grown = false;
    }
    return (this.joined ??= this.join());
  }

  /** The pieces' text, joined. */
  private join(): string {
    const seg = this.segments;
    if (seg === undefined) return this.first < 0 ? '' : this.source.slice(this.first, this.first + this.length);
    const n = seg.length >> 1;
    const parts = new Array<string>(n);
    for (let k = 0; k < n; k++) {
      const start = seg[2 * k + 1]!;
      const logicalEnd = k + 1 < n ? seg[2 * k + 2]! : this.length;
      parts[k] = this.source.slice(start, start + logicalEnd - seg[2 * k]!);
    }
    return parts.join('');
  }

  /**
   * The same line in `source`, where its pieces lie `by` characters further on (the same characters): for an
   * instruction of an earlier parse kept for an edited text (parse/incremental.ts).
   */
  moved(source: string, by: number): LogicalLine {
    const line = new LogicalLine(source);
    line.first = this.first < 0 ? -1 : this.first + by;
    const seg = this.segments;
    if (seg !== undefined) {
      const copy = seg.slice();
      for (let k = 1; k < copy.length; k += 2) copy[k] = copy[k]! + by;
      line.segments = copy;
    }
    line.length = this.length;
    line.joined = this.joined;
    return line;
  }

  /** Document offset of a logical offset (the end of the line maps just past the last character). */
  toSource(logical: number): number {
    const seg = this.segments;
    // One piece (the usual case): a plain shift (past the end: the end).
    if (seg === undefined) return this.first < 0 ? 0 : this.first + (logical >= this.length ? this.length : logical);
    const n = seg.length >> 1;
    if (logical >= this.length) {
      const last = 2 * (n - 1);
      return seg[last + 1]! + this.length - seg[last]!;
    }
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (seg[2 * mid]! <= logical) lo = mid;
      else hi = mid - 1;
    }
    return seg[2 * lo + 1]! + logical - seg[2 * lo]!;
  }

  /** Document range of a logical range; a range never spans the removed continuation characters at its end. */
  range(start: number, end: number): Range {
    const first = this.first;
    if (this.segments === undefined && first >= 0) {
      // One piece (the usual case): `toSource` in place.
      const length = this.length;
      const s = first + (start >= length ? length : start);
      if (end <= start) return { start: s, end: s };
      const last = end - 1;
      return { start: s, end: first + (last >= length ? length : last) + 1 };
    }
    const s = this.toSource(start);
    if (end <= start) return { start: s, end: s };
    return { start: s, end: this.toSource(end - 1) + 1 };
  }

  /**
   * `toSource` for offsets counted from `from`, as an instruction keeps it. Made here, not in the parser, so the
   * function holds only this line and not the parser's state.
   */
  mapperFrom(from: number): (logicalOffset: number) => number {
    return from === 0 ? (o) => this.toSource(o) : (o) => this.toSource(o + from);
  }

  /** For a line of one piece (the usual case), the document start of that piece; -1 otherwise. */
  get onePieceStart(): number {
    return this.segments === undefined ? this.first : -1;
  }

  /** Length of the logical line so far. */
  get logicalLength(): number {
    return this.length;
  }

  /**
   * `mapperFrom` for a line that gets no more pieces: for a one-piece line the function keeps two numbers, not the
   * line (which the parse then need not keep).
   */
  finalMapperFrom(from: number): (logicalOffset: number) => number {
    if (this.segments !== undefined || this.first < 0) return this.mapperFrom(from);
    const first = this.first;
    const length = this.length;
    if (from === 0) return (o) => first + (o >= length ? length : o);
    return (o) => first + (o + from >= length ? length : o + from);
  }
}
