/**
 * BuildKit's per-instruction argument parsers (line_parsers.go, split_command.go), re-implemented over a
 * logical line and reporting logical offsets. `[start, end)` are offsets into the logical line.
 */
import { isGoSpace, isSplitSpace } from './chars';

export interface Piece {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

export interface FlagWord extends Piece {
  /** Offset of the first `=` of the raw word (outside quotes), or -1. */
  readonly eq: number;
}

/** BuildKit's `extractBuilderFlags`: leading `--flag` words, then where the arguments start. */
export function extractBuilderFlags(line: string, from: number, to: number, escape: number): { flags: FlagWord[]; restStart: number } {
  const flags: FlagWord[] = [];
  const IN_SPACES = 0;
  const IN_WORD = 1;
  const IN_QUOTE = 2;
  let phase = IN_SPACES;
  let word = '';
  let wordStart = from;
  let eq = -1;
  let quote = 0;
  let blankOK = false;
  for (let pos = from; pos <= to; pos++) {
    const ch = pos < to ? line.charCodeAt(pos) : -1;
    if (phase === IN_SPACES) {
      if (pos === to) break;
      if (isGoSpace(ch)) continue;
      if (ch !== 0x2d || pos + 1 === to || line.charCodeAt(pos + 1) !== 0x2d) {
        return { flags, restStart: pos };
      }
      phase = IN_WORD;
      wordStart = pos;
      eq = -1;
    }
    if ((phase === IN_WORD || phase === IN_QUOTE) && pos === to) {
      if (word !== '--' && (blankOK || word.length > 0)) flags.push({ value: word, start: wordStart, end: pos, eq });
      break;
    }
    if (phase === IN_WORD) {
      if (isGoSpace(ch)) {
        phase = IN_SPACES;
        if (word === '--') return { flags, restStart: pos };
        if (blankOK || word.length > 0) flags.push({ value: word, start: wordStart, end: pos, eq });
        word = '';
        blankOK = false;
        continue;
      }
      if (ch === 0x27 || ch === 0x22) {
        quote = ch;
        blankOK = true;
        phase = IN_QUOTE;
        continue;
      }
      let c = ch;
      if (c === escape) {
        if (pos + 1 === to) continue;
        pos++;
        c = line.charCodeAt(pos);
      } else if (c === 0x3d && eq < 0) {
        eq = pos;
      }
      word += String.fromCharCode(c);
      continue;
    }
    // IN_QUOTE
    if (ch === quote) {
      phase = IN_WORD;
      continue;
    }
    let c = ch;
    if (c === escape) {
      if (pos + 1 === to) {
        phase = IN_WORD;
        continue;
      }
      pos++;
      c = line.charCodeAt(pos);
    }
    word += String.fromCharCode(c);
  }
  return { flags, restStart: to };
}

/** BuildKit's `parseWords` (ENV, LABEL, ARG): words keep their quotes and escapes, as written. */
export function parseWords(line: string, from: number, to: number, escape: number): Piece[] {
  const words: Piece[] = [];
  const IN_SPACES = 0;
  const IN_WORD = 1;
  const IN_QUOTE = 2;
  let phase = IN_SPACES;
  let quote = 0;
  let blankOK = false;
  let word = '';
  let start = from;
  for (let pos = from; pos <= to; pos++) {
    let ch = pos < to ? line.charCodeAt(pos) : -1;
    if (phase === IN_SPACES) {
      if (pos === to) break;
      if (isGoSpace(ch)) continue;
      phase = IN_WORD;
      start = pos;
    }
    if ((phase === IN_WORD || phase === IN_QUOTE) && pos === to) {
      if (blankOK || word.length > 0) words.push({ value: word, start, end: pos });
      break;
    }
    if (phase === IN_WORD) {
      if (isGoSpace(ch)) {
        phase = IN_SPACES;
        if (blankOK || word.length > 0) words.push({ value: word, start, end: pos });
        word = '';
        blankOK = false;
        continue;
      }
      if (ch === 0x27 || ch === 0x22) {
        quote = ch;
        blankOK = true;
        phase = IN_QUOTE;
      }
      if (ch === escape) {
        if (pos + 1 === to) continue;
        word += String.fromCharCode(ch);
        pos++;
        ch = line.charCodeAt(pos);
      }
      word += String.fromCharCode(ch);
      continue;
    }
    // IN_QUOTE
    if (ch === quote) phase = IN_WORD;
    if (ch === escape && quote !== 0x27) {
      if (pos + 1 === to) {
        phase = IN_WORD;
        continue;
      }
      pos++;
      word += String.fromCharCode(ch);
      ch = line.charCodeAt(pos);
    }
    word += String.fromCharCode(ch);
  }
  return words;
}

/** `reWhitespace.Split(s, -1)` over `[from, to)`. */
export function splitWhitespace(line: string, from: number, to: number, limit = -1): Piece[] {
  const out: Piece[] = [];
  let start = from;
  let i = from;
  while (i < to) {
    if (isSplitSpace(line.charCodeAt(i)) && (limit < 0 || out.length < limit - 1)) {
      out.push({ value: line.slice(start, i), start, end: i });
      let j = i;
      while (j < to && isSplitSpace(line.charCodeAt(j))) j++;
      start = j;
      i = j;
      continue;
    }
    i++;
  }
  out.push({ value: line.slice(start, to), start, end: to });
  return out;
}

export type JsonParse =
  | { readonly kind: 'ok'; readonly items: Piece[] }
  | { readonly kind: 'not-json' }
  | { readonly kind: 'not-strings' };

/** BuildKit's `parseJSON`: an array of strings, with where each string literal sits. */
export function parseJsonArray(line: string, from: number, to: number): JsonParse {
  let a = from;
  while (a < to && isGoSpace(line.charCodeAt(a))) a++;
  if (line.charCodeAt(a) !== 0x5b) return { kind: 'not-json' };
  // Valid JSON ends with `]` here; checking first avoids a thrown (slow) SyntaxError on shell lines like `[ -f x ] && …`.
  let b = to;
  while (b > a && isGoSpace(line.charCodeAt(b - 1))) b--;
  if (line.charCodeAt(b - 1) !== 0x5d) return { kind: 'not-json' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(line.slice(a, to));
  } catch {
    return { kind: 'not-json' };
  }
  if (!Array.isArray(parsed)) return { kind: 'not-json' };
  const values: unknown[] = parsed;
  if (!values.every((v): v is string => typeof v === 'string')) return { kind: 'not-strings' };
  // The text is valid JSON: find each string literal's bounds.
  const items: Piece[] = [];
  let i = a + 1;
  for (const v of values) {
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
