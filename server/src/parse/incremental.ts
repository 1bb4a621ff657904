/**
 * Parsing a new version of a document from the parse of the one before: what lies before the first changed character
 * is taken as it is (the same Instruction, Comment, Directive and ParseError objects) and the parser goes on from
 * there. The language server parses a large document again after every edit; a 2 MB file takes ~90 ms without TurboFan
 * (`analyze` after a space typed in its middle line: ~105 ms in full, ~55 ms going on from the previous model).
 *
 * Where the parse can go on is fixed by how the parser reads lines (parser.ts):
 * - Each main-loop turn starts at a line and reads whole lines (the instruction's continuation lines, then its heredoc
 *   bodies); what it makes depends on those lines only, and on the state at the turn's start.
 * - Right after an instruction, that state is always the same: no comment lines are waiting to become the next
 *   instruction's `comments` (BuildKit's PrevComment: the comments above an instruction belong to it, so a turn that
 *   starts on a comment line is not a place to go on from), directives are done (the first instruction's line ends
 *   them), and the escape character is the one the directives set.
 * - An instruction ends either at a line that does not continue it (no escape at its end, a heredoc terminator), or
 *   at the end of the text: a continuation or an unterminated heredoc runs to the end. Text added after it can
 *   extend the second kind, so an instruction is kept only when the old text went on after its last line.
 * So the parse goes on at the line after the last instruction whose lines, newline included, lie in the part the two
 * texts share and end before the end of the old text. Everything before that line is made by the same reads of the
 * same characters in a full parse of the new text. A change in the directives (an escape change included) comes
 * before the end of the first instruction: nothing is kept and the text is parsed in full. Errors about the whole
 * file (NoInstructions) are made again at the end of the parse.
 *
 * Memory: an instruction keeps strings sliced from the text it was parsed from (V8 keeps the whole text alive for
 * a slice of it), and its logical line keeps that text too. A result that kept a prefix made from an older result's
 * kept prefix would keep one more old text for each edit further down the file. So a result records from which
 * line on its objects come from which text ("sources"), and holds objects from at most MAX_SOURCES texts: the
 * current one and one older one. When keeping the prefix would make it more, the text is parsed in full (which
 * brings it back to one). Edits within one instruction keep the prefix edit after edit; when the place where the
 * parse goes on moves down (typing a new line after an instruction, or editing further down), the text is parsed in
 * full once and the edits after it keep the prefix again. (Eight edits down the 2 MB file: heap 51-64 MB with the
 * limit; without it 58 MB growing to 77, ~3 MB an edit.)
 *
 * The end of the text after the edit is taken too (`Tail`). Where a turn of the parser's main loop starts on a line
 * of the unchanged end, and the old parse started an instruction with no comments above it on the same line (moved
 * by the edit), both parses are in the same state there (nothing waiting, directives done, the same escape) and read
 * the same characters to the end: the old parse's instructions, comments and errors from there on are the new
 * parse's, each moved by the edit's change in length and lines (copies: the old version's stay as they were). They
 * keep the old strings, so their texts count among the result's sources; where taking them would make more than
 * MAX_SOURCES texts, the parser reads on instead. On the 2 MB file, a character typed in its middle line had the parser
 * read the whole second half again.
 */
import type { Comment, Directive, Instruction, ParseError, ParseResult, Range } from './ast';

/** How many texts the objects of one result may come from (see above). */
export const MAX_SOURCES = 2;

/**
 * Per result: the first line of each run of lines whose objects come from one text (ascending, the first 0), and that
 * text's number (`newTextId`; one text may make several runs: the lines before an edit and those after it).
 */
export interface Sources {
  readonly lines: readonly number[];
  readonly texts: readonly number[];
}

const sourcesOf = new WeakMap<ParseResult, Sources>();
let lastTextId = 0;

/** A number for a text being parsed (only the texts a result's objects come from are compared). */
export function newTextId(): number {
  return ++lastTextId;
}

/** Records the sources of a result. */
export function recordSources(result: ParseResult, sources: Sources): void {
  sourcesOf.set(result, sources);
}

/** The sources of a result; a result made before any was recorded is treated as one text of its own. */
function sourcesOfResult(result: ParseResult): Sources {
  let s = sourcesOf.get(result);
  if (s === undefined) {
    s = { lines: [0], texts: [newTextId()] };
    sourcesOf.set(result, s);
  }
  return s;
}

/** How many texts the objects of a result come from (for tests). */
export function sourceCount(result: ParseResult): number {
  return new Set(sourcesOfResult(result).texts).size;
}

/**
 * The old parse's unchanged end, for the parser to take from where both parses are in the same state (see above):
 * new offsets from `from` on hold the old text's characters `by` earlier.
 */
export interface Tail {
  readonly previous: ParseResult;
  readonly by: number;
  readonly from: number;
}

/** How many parses took the old parse's end, and how many instructions they took (for tests). */
export const TAIL_TAKEN = { parses: 0, instructions: 0 };

/** What the parser took from the old parse's end: from its line `oldLine` on, at the new line `line`. */
export interface Taken {
  readonly line: number;
  readonly oldLine: number;
}

/** The state the parser goes on from, as a full parse of the new text would have it at `line`. */
export interface Resume {
  /** The first line to parse (right after the last kept instruction). */
  readonly line: number;
  /** The starts of the new text's lines up to `line` (`line + 1` entries); the parser adds the rest. */
  readonly lineStarts: number[];
  readonly instructions: Instruction[];
  readonly comments: Comment[];
  readonly directives: Directive[];
  readonly errors: ParseError[];
  readonly escapeToken: '\\' | '`';
  /** The sources of the kept lines, before `line` (see `sourcesOf`). */
  readonly sources: Sources;
  /** The number of the text being parsed. */
  readonly text: number;
  /** The old parse's unchanged end, when the edit left one after the kept lines. */
  readonly tail: Tail | undefined;
}

/**
 * Length of the common prefix of two strings. A binary search that compares only the half not known to be equal:
 * at most about twice the length compared, in a few dozen native string comparisons (a loop of charCodeAt over 1 MB
 * takes ~33 ms without TurboFan, this ~0.1 ms).
 */
export function commonPrefixLength(a: string, b: string): number {
  let lo = 0;
  let hi = a.length < b.length ? a.length : b.length;
  // The prefix length lies in [lo, hi]: [0, lo) is known to be equal.
  while (lo < hi) {
    const mid = lo + ((hi - lo + 1) >> 1);
    if (a.slice(lo, mid) === b.slice(lo, mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A range `by` characters further on (an object kept from an earlier version of the text moves with its characters). */
export function movedRange(r: Range, by: number): Range {
  return { start: r.start + by, end: r.end + by };
}

/** The first index in 0…length for which `test` (false, then true, as the index grows) holds; `length` when none. */
export function firstWhere(length: number, test: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Length of the common suffix of two strings, at most `max`: the same binary search on native string comparisons as
 * `commonPrefixLength`.
 */
export function commonSuffixLength(a: string, b: string, max: number): number {
  let lo = 0;
  let hi = Math.min(max, a.length, b.length);
  const al = a.length;
  const bl = b.length;
  // The suffix length lies in [lo, hi]: the last lo characters are known to be equal.
  while (lo < hi) {
    const mid = lo + ((hi - lo + 1) >> 1);
    if (a.slice(al - mid, al - lo) === b.slice(bl - mid, bl - lo)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Where and how to go on parsing `text` from `previous`, the parse of an earlier version; undefined: parse in full. */
export function planResume(previous: ParseResult, text: string): Resume | undefined {
  const old = previous.text;
  const instructions = previous.instructions;
  const starts = previous.lineStarts;
  if (instructions.length === 0) return undefined;
  const same = commonPrefixLength(old, text);
  // The line after a kept instruction must start in the shared part (then all its lines, newlines included, are
  // unchanged) and before the end of the old text (then the instruction did not stop at the end of the text).
  const limit = same < old.length ? same : old.length - 1;
  // The last instruction that can be kept (the lines after instructions only grow).
  const keep = firstWhere(instructions.length, (m) => {
    const next = starts[instructions[m]!.endLine + 1];
    return next === undefined || next > limit;
  }) - 1;
  if (keep < 0) return undefined;
  const line = instructions[keep]!.endLine + 1;
  const boundary = starts[line]!;

  const before = sourcesOfResult(previous);
  const lines: number[] = [];
  const texts: number[] = [];
  for (let k = 0; k < before.lines.length && before.lines[k]! < line; k++) {
    lines.push(before.lines[k]!);
    texts.push(before.texts[k]!);
  }
  if (new Set(texts).size + 1 > MAX_SOURCES) return undefined;
  const suffix = commonSuffixLength(old, text, Math.min(old.length, text.length) - same);
  // Comments are made in line order: those before `line` are the first ones.
  const comments = previous.comments;
  const c = firstWhere(comments.length, (m) => comments[m]!.line >= line);
  // Errors are made as their lines are read, each inside the lines it is about (the whole-file NoInstructions comes
  // last, and there is none when an instruction is kept): those of the kept lines are the first ones, up to the
  // first that starts at or after the boundary.
  const errors = previous.errors;
  let e = 0;
  while (e < errors.length && errors[e]!.range.start < boundary && errors[e]!.code !== 'NoInstructions') e++;

  return {
    line,
    lineStarts: starts.slice(0, line + 1),
    instructions: instructions.slice(0, keep + 1),
    comments: comments.slice(0, c),
    // Directives are all above the first instruction, which is kept.
    directives: previous.directives.slice(),
    errors: errors.slice(0, e),
    escapeToken: previous.escapeToken,
    sources: { lines, texts },
    text: newTextId(),
    tail: suffix === 0 ? undefined : { previous, by: text.length - old.length, from: text.length - suffix },
  };
}

/**
 * The sources of a result made from `resume`: the kept lines', the new text's from `resume.line` on, and, when the
 * parser took the old parse's end (`taken`), the old result's from there on, moved to their new lines.
 */
export function resultSources(resume: Resume, taken: Taken | undefined): Sources {
  const lines = [...resume.sources.lines, resume.line];
  const texts = [...resume.sources.texts, resume.text];
  if (taken !== undefined && resume.tail !== undefined) {
    const old = sourcesOfResult(resume.tail.previous);
    const shift = taken.line - taken.oldLine;
    for (let k = 0; k < old.lines.length; k++) {
      const next = old.lines[k + 1];
      if (next !== undefined && next <= taken.oldLine) continue;
      lines.push(Math.max(old.lines[k]!, taken.oldLine) + shift);
      texts.push(old.texts[k]!);
    }
  }
  // Runs of the same text next to each other are one.
  const outLines: number[] = [];
  const outTexts: number[] = [];
  for (let k = 0; k < lines.length; k++) {
    if (outTexts.length > 0 && outTexts[outTexts.length - 1] === texts[k]) continue;
    outLines.push(lines[k]!);
    outTexts.push(texts[k]!);
  }
  return { lines: outLines, texts: outTexts };
}

/**
 * The first line of the old parse from which its objects may be taken (`Tail`) with the result still within
 * MAX_SOURCES texts (those of the kept lines, the new text, and those of the old objects from that line on);
 * Infinity when none.
 */
export function tailLimit(resume: Resume): number {
  const tail = resume.tail;
  if (tail === undefined) return Number.POSITIVE_INFINITY;
  const texts = new Set(resume.sources.texts);
  texts.add(resume.text);
  const old = sourcesOfResult(tail.previous);
  for (let k = old.lines.length - 1; k >= 0; k--) {
    texts.add(old.texts[k]!);
    if (texts.size > MAX_SOURCES) return k + 1 < old.lines.length ? old.lines[k + 1]! : Number.POSITIVE_INFINITY;
  }
  return 0;
}
