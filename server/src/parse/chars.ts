/** Character classes as Go's `unicode` and `regexp` packages define them, which BuildKit's parser uses. */

/** Go's `unicode.IsSpace`. */
export function isGoSpace(c: number): boolean {
  if (c <= 0xff) {
    return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x85 || c === 0xa0;
  }
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** BuildKit's `reWhitespace`: `[\t\v\f\r ]`. */
export function isSplitSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0x0d;
}

/** Go RE2's `\s`: `[\t\n\f\r ]`. */
export function isReSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

/** Go's `strings.TrimSpace`, returning the trimmed bounds within `[from, to)`. */
export function trimBounds(s: string, from: number, to: number): [number, number] {
  let a = from;
  let b = to;
  while (a < b && isGoSpace(s.charCodeAt(a))) a++;
  while (b > a && isGoSpace(s.charCodeAt(b - 1))) b--;
  return [a, b];
}

export function goTrimSpace(s: string): string {
  const [a, b] = trimBounds(s, 0, s.length);
  return s.slice(a, b);
}

export function isNameStart(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

export function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 0x30 && c <= 0x39);
}

// Sticky scanners for the runs the hot loops skip: set `lastIndex` to where a run may start, `test` (always true:
// the runs may be empty), then `lastIndex` is where it ends. Without TurboFan (the language server) every
// `charCodeAt` is a builtin call, while a regex scans a whole run in native code in one call.
// A run may go past the end of the range scanned: callers clamp `lastIndex` to it.
const GO_SPACE_CLASS = '\\t\\n\\v\\f\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

/** Where the run `scanner` finds from `pos` in `s` ends, at most at `to`. */
export function runEnd(scanner: RegExp, s: string, pos: number, to: number): number {
  scanner.lastIndex = pos;
  scanner.test(s);
  const e = scanner.lastIndex;
  return e < to ? e : to;
}

/** A run of characters that are not `isSplitSpace`. */
export const NON_SPLIT_SPACE_RUN = /[^\t\v\f\r ]*/y;
/** A run of characters a word of `parseWords` keeps as they are (not space, quote or the escape), per escape. */
export const PLAIN_WORD_RUN_BACKSLASH = new RegExp(`[^${GO_SPACE_CLASS}'"\\\\]*`, 'y');
export const PLAIN_WORD_RUN_BACKTICK = new RegExp(`[^${GO_SPACE_CLASS}'"\`]*`, 'y');
/** The same, also stopping at `=` (a flag word's first `=` splits it). */
export const PLAIN_FLAG_RUN_BACKSLASH = new RegExp(`[^${GO_SPACE_CLASS}'"=\\\\]*`, 'y');
export const PLAIN_FLAG_RUN_BACKTICK = new RegExp(`[^${GO_SPACE_CLASS}'"=\`]*`, 'y');
