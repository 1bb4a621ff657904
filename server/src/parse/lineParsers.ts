/**
 * BuildKit's per-instruction argument parsers (line_parsers.go, split_command.go), re-implemented over a
 * logical line and reporting logical offsets. `[start, end)` are offsets into the logical line.
 */
import {
  isGoSpace,
  isSplitSpace,
  NON_SPLIT_SPACE_RUN,
  PLAIN_FLAG_RUN_BACKSLASH,
  PLAIN_FLAG_RUN_BACKTICK,
  PLAIN_WORD_RUN_BACKSLASH,
  PLAIN_WORD_RUN_BACKTICK,
  runEnd,
} from './chars';

export interface Piece {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

export interface FlagWord extends Piece {
  /** Offset of the first `=` of the raw word (outside quotes), or -1. */
  readonly eq: number;
}

/**
 * BuildKit's `extractBuilderFlags`: pushes the leading `--flag` words to `flags` and returns where the arguments
 * start. A word's value has its quotes removed and escapes processed; it is built from slices of the runs of
 * characters kept as written, not one character at a time.
 */
export function extractBuilderFlags(line: string, from: number, to: number, escape: number, flags: FlagWord[]): number {
  const IN_SPACES = 0;
  const IN_WORD = 1;
  const IN_QUOTE = 2;
  let phase = IN_SPACES;
  /** The word so far, up to `run`; the characters from `run` to the current position are kept as written. */
  let word = '';
  let run = from;
  let wordStart = from;
  let eq = -1;
  let quote = 0;
  let blankOK = false;
  const plain = escape === 0x5c ? PLAIN_FLAG_RUN_BACKSLASH : escape === 0x60 ? PLAIN_FLAG_RUN_BACKTICK : undefined;
  for (let pos = from; pos <= to; pos++) {
    let ch = pos < to ? line.charCodeAt(pos) : -1;
    if (phase === IN_SPACES) {
      if (pos === to) break;
      // (Only <= 0x20 or >= 0x85 can be space: the usual character costs no call.)
      if ((ch <= 0x20 || ch >= 0x85) && isGoSpace(ch)) continue;
      if (ch !== 0x2d || pos + 1 === to || line.charCodeAt(pos + 1) !== 0x2d) return pos;
      phase = IN_WORD;
      wordStart = pos;
      run = pos;
      word = '';
      eq = -1;
    }
    if (phase === IN_WORD && pos < to && plain !== undefined) {
      // The characters kept as written, up to the next space, quote, escape or `=`: one native scan (see chars.ts).
      const e = runEnd(plain, line, pos, to);
      if (e > pos) {
        pos = e;
        ch = pos < to ? line.charCodeAt(pos) : -1;
      }
    }
    if ((phase === IN_WORD || phase === IN_QUOTE) && pos === to) {
      const value = word + line.slice(run, pos);
      if (value !== '--' && (blankOK || value.length > 0)) flags.push({ value, start: wordStart, end: pos, eq });
      break;
    }
    if (phase === IN_WORD) {
      if ((ch <= 0x20 || ch >= 0x85) && isGoSpace(ch)) {
        phase = IN_SPACES;
        const value = word + line.slice(run, pos);
        if (value === '--') return pos;
        if (blankOK || value.length > 0) flags.push({ value, start: wordStart, end: pos, eq });
        word = '';
        blankOK = false;
        continue;
      }
      if (ch === 0x27 || ch === 0x22) {
        // The quote is dropped.
        word += line.slice(run, pos);
        run = pos + 1;
        quote = ch;
        blankOK = true;
        phase = IN_QUOTE;
        continue;
      }
      if (ch === escape) {
        // The escape is dropped; the character after it (if any) is kept as written.
        word += line.slice(run, pos);
        run = pos + 1;
        if (pos + 1 === to) continue;
        pos++;
        continue;
      }
      if (ch === 0x3d && eq < 0) eq = pos;
      continue;
    }
    // IN_QUOTE
    if (ch === quote) {
      word += line.slice(run, pos);
      run = pos + 1;
      phase = IN_WORD;
      continue;
    }
    if (ch === escape) {
      word += line.slice(run, pos);
      run = pos + 1;
      if (pos + 1 === to) {
        phase = IN_WORD;
        continue;
      }
      pos++;
    }
  }
  return to;
}

/**
 * BuildKit's `parseWords` (ENV, LABEL, ARG): words keep their quotes and escapes, as written. BuildKit drops only
 * an escape that is the very last character, so a word is one slice of the line.
 */
export function parseWords(line: string, from: number, to: number, escape: number): Piece[] {
  const words: Piece[] = [];
  words.length = parseWordsInto(line, from, to, escape, words);
  return words;
}

/**
 * `parseWords` into `words` from index 0 (a list the caller reuses); returns how many words there are (the
 * entries past them are left from earlier calls).
 */
export function parseWordsInto(line: string, from: number, to: number, escape: number, words: Piece[]): number {
  let n = 0;
  const IN_SPACES = 0;
  const IN_WORD = 1;
  const IN_QUOTE = 2;
  let phase = IN_SPACES;
  let quote = 0;
  let blankOK = false;
  /** True when the escape at `to - 1` was dropped. */
  let dropped = false;
  let start = from;
  const plain = escape === 0x5c ? PLAIN_WORD_RUN_BACKSLASH : escape === 0x60 ? PLAIN_WORD_RUN_BACKTICK : undefined;
  for (let pos = from; pos <= to; pos++) {
    let ch = pos < to ? line.charCodeAt(pos) : -1;
    if (phase === IN_SPACES) {
      if (pos === to) break;
      // (Only <= 0x20 or >= 0x85 can be space: the usual character costs no call.)
      if ((ch <= 0x20 || ch >= 0x85) && isGoSpace(ch)) continue;
      phase = IN_WORD;
      start = pos;
    }
    if (phase === IN_WORD && pos < to && plain !== undefined) {
      // The characters kept as they are, up to the next space, quote or escape: one native scan (see chars.ts).
      const e = runEnd(plain, line, pos, to);
      if (e > pos) {
        pos = e;
        ch = pos < to ? line.charCodeAt(pos) : -1;
      }
    }
    if ((phase === IN_WORD || phase === IN_QUOTE) && pos === to) {
      const value = line.slice(start, dropped ? pos - 1 : pos);
      if (blankOK || value.length > 0) words[n++] = { value, start, end: pos };
      break;
    }
    if (phase === IN_WORD) {
      if ((ch <= 0x20 || ch >= 0x85) && isGoSpace(ch)) {
        phase = IN_SPACES;
        // `pos > start`: a word in progress always holds at least its first character.
        words[n++] = { value: line.slice(start, pos), start, end: pos };
        blankOK = false;
        continue;
      }
      if (ch === 0x27 || ch === 0x22) {
        quote = ch;
        blankOK = true;
        phase = IN_QUOTE;
      }
      if (ch === escape) {
        if (pos + 1 === to) {
          dropped = true;
          continue;
        }
        pos++;
      }
      continue;
    }
    // IN_QUOTE
    if (ch === quote) phase = IN_WORD;
    if (ch === escape && quote !== 0x27) {
      if (pos + 1 === to) {
        dropped = true;
        phase = IN_WORD;
        continue;
      }
      pos++;
    }
  }
  return n;
}

/** `reWhitespace.Split(s, -1)` over `[from, to)`. */
export function splitWhitespace(line: string, from: number, to: number, limit = -1): Piece[] {
  const out: Piece[] = [];
  let start = from;
  let i = from;
  while (i < to) {
    if (limit >= 0 && out.length >= limit - 1) break;
    // Up to the next space: one native scan (see chars.ts).
    NON_SPLIT_SPACE_RUN.lastIndex = i;
    NON_SPLIT_SPACE_RUN.test(line);
    i = NON_SPLIT_SPACE_RUN.lastIndex;
    if (i >= to) break;
    out.push({ value: line.slice(start, i), start, end: i });
    let j = i;
    while (j < to && isSplitSpace(line.charCodeAt(j))) j++;
    start = j;
    i = j;
  }
  out.push({ value: line.slice(start, to), start, end: to });
  return out;
}

export type JsonParse =
  | { readonly kind: 'ok'; readonly items: Piece[] }
  | { readonly kind: 'not-json' }
  | { readonly kind: 'not-strings' };

const NOT_JSON: JsonParse = Object.freeze({ kind: 'not-json' });
const NOT_STRINGS: JsonParse = Object.freeze({ kind: 'not-strings' });

/** A run of characters a JSON string holds as they are (no quote, backslash or control character). */
// eslint-disable-next-line no-control-regex -- control characters are what JSON forbids raw in a string
const JSON_PLAIN_RUN = /[^"\\\x00-\x1f]*/y;

function isJsonSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/**
 * The usual exec form, `["a", "b"]` with no backslash or control character in the strings, read without
 * JSON.parse: each value is the text between its quotes. Anything else (undefined) goes through JSON.parse, so
 * the result is always the one JSON.parse gives.
 */
function simpleStringArray(line: string, a: number, to: number): Piece[] | undefined {
  const items: Piece[] = [];
  let i = a + 1;
  while (i < to && isJsonSpace(line.charCodeAt(i))) i++;
  if (line.charCodeAt(i) !== 0x5d) {
    for (;;) {
      if (i >= to || line.charCodeAt(i) !== 0x22) return undefined;
      const start = i;
      i++;
      // To the closing quote: one native scan (see chars.ts); a backslash or control character first: not simple.
      JSON_PLAIN_RUN.lastIndex = i;
      JSON_PLAIN_RUN.test(line);
      i = JSON_PLAIN_RUN.lastIndex;
      if (i >= to || line.charCodeAt(i) !== 0x22) return undefined;
      i++;
      items.push({ value: line.slice(start + 1, i - 1), start, end: i });
      while (i < to && isJsonSpace(line.charCodeAt(i))) i++;
      if (i >= to) return undefined;
      const c = line.charCodeAt(i);
      if (c === 0x5d) break;
      if (c !== 0x2c) return undefined;
      i++;
      while (i < to && isJsonSpace(line.charCodeAt(i))) i++;
    }
  }
  i++;
  while (i < to && isJsonSpace(line.charCodeAt(i))) i++;
  return i === to ? items : undefined;
}

/** BuildKit's `parseJSON`: an array of strings, with where each string literal sits. */
export function parseJsonArray(line: string, from: number, to: number): JsonParse {
  let a = from;
  while (a < to && isGoSpace(line.charCodeAt(a))) a++;
  if (line.charCodeAt(a) !== 0x5b) return NOT_JSON;
  // Valid JSON ends with `]` here; checking first avoids a thrown (slow) SyntaxError on shell lines like `[ -f x ] && …`.
  let b = to;
  while (b > a && isGoSpace(line.charCodeAt(b - 1))) b--;
  if (line.charCodeAt(b - 1) !== 0x5d) return NOT_JSON;
  const simple = simpleStringArray(line, a, to);
  if (simple !== undefined) return { kind: 'ok', items: simple };
  let parsed: unknown;
  try {
    parsed = JSON.parse(line.slice(a, to));
  } catch {
    return NOT_JSON;
  }
  if (!Array.isArray(parsed)) return NOT_JSON;
  const values: unknown[] = parsed;
  for (const v of values) if (typeof v !== 'string') return NOT_STRINGS;
  // The text is valid JSON: find each string literal's bounds.
  const items: Piece[] = [];
  let i = a + 1;
  for (const v of values as string[]) {
    while (i < to && line.charCodeAt(i) !== 0x22) i++;
    const start = i;
    i++;
    while (i < to && line.charCodeAt(i) !== 0x22) {
      if (line.charCodeAt(i) === 0x5c) i++;
      i++;
    }
    i++;
    items.push({ value: v, start, end: i });
  }
  return { kind: 'ok', items };
}
