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
 */
import type { Comment, Directive, Instruction, ParseError, ParseResult } from './ast';

/** How many texts the objects of one result may come from (see above). */
export const MAX_SOURCES = 2;

/**
 * Per result made by going on from an earlier one: the first line of each text its objects come from (ascending,
 * the first 0). A result not in the map came from one parse of its own text: `[0]`.
 */
const sourcesOf = new WeakMap<ParseResult, readonly number[]>();
const ONE_SOURCE: readonly number[] = [0];

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
  /** The new result's sources (see `sourcesOf`). */
  readonly sources: readonly number[];
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
  // The last instruction that can be kept (the lines after instructions only grow): a binary search.
  let lo = 0;
  let hi = instructions.length - 1;
  let keep = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const next = starts[instructions[mid]!.endLine + 1];
    if (next !== undefined && next <= limit) {
      keep = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (keep < 0) return undefined;
  const line = instructions[keep]!.endLine + 1;
  const boundary = starts[line]!;

  const before = sourcesOf.get(previous) ?? ONE_SOURCE;
  const sources: number[] = [];
  for (let k = 0; k < before.length && before[k]! < line; k++) sources.push(before[k]!);
  sources.push(line);
  if (sources.length > MAX_SOURCES) return undefined;

  // Comments are made in line order: those before `line` are the first ones.
  const comments = previous.comments;
  let c = 0;
  let cHi = comments.length;
  while (c < cHi) {
    const mid = (c + cHi) >> 1;
    if (comments[mid]!.line < line) c = mid + 1;
    else cHi = mid;
  }
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
    sources,
  };
}

/** Records the sources of a result made from `resume`. */
export function recordSources(result: ParseResult, resume: Resume): void {
  sourcesOf.set(result, resume.sources);
}

/** How many texts the objects of a result come from (for tests). */
export function sourceCount(result: ParseResult): number {
  return (sourcesOf.get(result) ?? ONE_SOURCE).length;
}
