import type { VariableModifier, VariableRef } from './ast';
import { isNameStart } from './chars';
import type { LogicalLine } from './logicalLine';

export interface RawVariableRef {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly nameStart: number;
  readonly braced: boolean;
  readonly modifier: VariableModifier;
  readonly word: string | undefined;
  readonly wordStart: number;
  readonly wordEnd: number;
}

/** The reference `scanOne` found last (module state, so that a scan makes no object it does not keep). */
let foundEnd = 0;
let foundNameEnd = 0;
let foundBraced = false;
let foundModifier: VariableModifier = '';
let foundWordStart = 0;
let foundWordEnd = 0;
let foundHasWord = false;

/**
 * Finds `$NAME`, `${NAME}` and `${NAME<op>word}` in `[from, to)` of `s`, the way BuildKit's word lexer sees
 * them: the escape token escapes `$`, single quotes stop expansion, double quotes do not.
 */
export function scanVariables(s: string, from: number, to: number, escape: number, out: RawVariableRef[]): void {
  let inSingle = false;
  let inDouble = false;
  let i = from;
  while (i < to) {
    const c = s.charCodeAt(i);
    if (c === escape && !inSingle) {
      i += 2;
      continue;
    }
    if (c === 0x27 && !inDouble) {
      inSingle = !inSingle;
    } else if (c === 0x22 && !inSingle) {
      inDouble = !inDouble;
    } else if (c === 0x24 && !inSingle) {
      if (scanOne(s, i, to, escape)) {
        const end = foundEnd;
        const hasWord = foundHasWord;
        const wordStart = foundWordStart;
        const wordEnd = foundWordEnd;
        out.push({
          name: s.slice(i + (foundBraced ? 2 : 1), foundNameEnd),
          start: i,
          end,
          nameStart: i + (foundBraced ? 2 : 1),
          braced: foundBraced,
          modifier: foundModifier,
          word: hasWord ? s.slice(wordStart, wordEnd) : undefined,
          wordStart,
          wordEnd,
        });
        // Refs nested in the word of `${a:-$b}` are found too.
        if (hasWord) scanVariables(s, wordStart, wordEnd, escape, out);
        i = end;
        continue;
      }
    }
    i++;
  }
}

/**
 * What `scanVariables` finds, made straight into the parse's references with document ranges. Only a quote, the
 * escape token or `$` can change anything, so the scan jumps from one of them to the next with `indexOf`, which
 * runs natively; the regions inside a reference (`${a:-$b}`) are walked character by character.
 */
export function scanVariableRefs(s: string, from: number, to: number, escape: number, line: LogicalLine, out: VariableRef[]): void {
  // `indexOf` may look past `to`: only worth it (and only linear) for a region that reaches about the end of `s`.
  if (to - from < 64 || s.length - to > to - from) {
    walkVariableRefs(s, from, to, escape, line, out);
    return;
  }
  const escapeChar = escape === 0x60 ? '`' : '\\';
  const quotes: QuoteState = { single: false, double: false };
  let i = from;
  // The next position at or after `i` of each character that matters (-1: none left).
  let nextEscape = s.indexOf(escapeChar, i);
  let nextSingle = s.indexOf("'", i);
  let nextDouble = s.indexOf('"', i);
  let nextDollar = s.indexOf('$', i);
  for (;;) {
    if (nextEscape !== -1 && nextEscape < i) nextEscape = s.indexOf(escapeChar, i);
    if (nextSingle !== -1 && nextSingle < i) nextSingle = s.indexOf("'", i);
    if (nextDouble !== -1 && nextDouble < i) nextDouble = s.indexOf('"', i);
    if (nextDollar !== -1 && nextDollar < i) nextDollar = s.indexOf('$', i);
    // Nothing can be found after the last `$`.
    if (nextDollar === -1 || nextDollar >= to) return;
    let p = nextDollar;
    if (nextEscape !== -1 && nextEscape < p) p = nextEscape;
    if (nextSingle !== -1 && nextSingle < p) p = nextSingle;
    if (nextDouble !== -1 && nextDouble < p) p = nextDouble;
    i = stepAt(s, p, to, escape, line, out, quotes);
  }
}

/** `scanVariableRefs` one character at a time, for short regions. */
function walkVariableRefs(s: string, from: number, to: number, escape: number, line: LogicalLine, out: VariableRef[]): void {
  const quotes: QuoteState = { single: false, double: false };
  let i = from;
  while (i < to) {
    const c = s.charCodeAt(i);
    i = c === escape || c === 0x27 || c === 0x22 || c === 0x24 ? stepAt(s, i, to, escape, line, out, quotes) : i + 1;
  }
}

/** Whether a scan is inside single or double quotes (each scan has its own: `${a:-$b}` words are scanned inside one). */
interface QuoteState {
  single: boolean;
  double: boolean;
}

/**
 * One step of a scan at `i`, where the escape token, a quote or `$` is: updates the quote state, adds the
 * reference that starts there, and returns where the scan goes on.
 */
function stepAt(s: string, i: number, to: number, escape: number, line: LogicalLine, out: VariableRef[], quotes: QuoteState): number {
  const c = s.charCodeAt(i);
  if (c === escape && !quotes.single) return i + 2;
  if (c === 0x27 && !quotes.double) quotes.single = !quotes.single;
  else if (c === 0x22 && !quotes.single) quotes.double = !quotes.double;
  else if (c === 0x24 && !quotes.single && scanOne(s, i, to, escape)) return pushRef(s, i, escape, line, out);
  return i + 1;
}

/** Adds the reference `scanOne` just found at `at` (then the ones inside its word); returns where it ends. */
function pushRef(s: string, at: number, escape: number, line: LogicalLine, out: VariableRef[]): number {
  const end = foundEnd;
  const hasWord = foundHasWord;
  const wordStart = foundWordStart;
  const wordEnd = foundWordEnd;
  const nameStart = at + (foundBraced ? 2 : 1);
  out.push({
    name: s.slice(nameStart, foundNameEnd),
    range: line.range(at, end),
    nameRange: line.range(nameStart, foundNameEnd),
    braced: foundBraced,
    modifier: foundModifier,
    word: hasWord ? s.slice(wordStart, wordEnd) : undefined,
    wordRange: hasWord ? line.range(wordStart, wordEnd) : undefined,
  });
  // Refs nested in the word of `${a:-$b}` are found too.
  if (hasWord) walkVariableRefs(s, wordStart, wordEnd, escape, line, out);
  return end;
}

/** The modifier of `${NAME<op>word}` starting at `j`, longest first, or undefined. */
function modifierAt(s: string, j: number): VariableModifier | undefined {
  const c = s.charCodeAt(j);
  const d = s.charCodeAt(j + 1);
  switch (c) {
    case 0x3a: // :
      return d === 0x2d ? ':-' : d === 0x2b ? ':+' : d === 0x3f ? ':?' : undefined;
    case 0x23: // #
      return d === 0x23 ? '##' : '#';
    case 0x25: // %
      return d === 0x25 ? '%%' : '%';
    case 0x2f: // /
      return d === 0x2f ? '//' : '/';
    case 0x2d:
      return '-';
    case 0x2b:
      return '+';
    case 0x3f:
      return '?';
    default:
      return undefined;
  }
}

/** Looks for a reference at the `$` at `at`; on success sets the `found…` state and returns true. */
function scanOne(s: string, at: number, to: number, escape: number): boolean {
  const next = s.charCodeAt(at + 1);
  if (at + 1 >= to) return false;
  if (next === 0x7b) {
    const nameStart = at + 2;
    let j = nameStart;
    if (j < to && isNameStart(s.charCodeAt(j))) {
      j = nameEnd(s, j + 1, to);
    } else {
      return false;
    }
    if (s.charCodeAt(j) === 0x7d) return found(j + 1, j, true, '', false, j, j);
    const modifier = modifierAt(s, j);
    if (modifier === undefined) return false;
    const wordStart = j + modifier.length;
    let depth = 1;
    let k = wordStart;
    while (k < to) {
      const c = s.charCodeAt(k);
      if (c === escape) {
        k += 2;
        continue;
      }
      if (c === 0x24 && s.charCodeAt(k + 1) === 0x7b) {
        depth++;
        k += 2;
        continue;
      }
      if (c === 0x7d) {
        depth--;
        if (depth === 0) break;
      }
      k++;
    }
    if (k >= to) return false;
    return found(k + 1, j, true, modifier, true, wordStart, k);
  }
  if (!isNameStart(next)) return false;
  const j = nameEnd(s, at + 2, to);
  return found(j, j, false, '', false, j, j);
}

/** The end of the name characters from `j` (before `to`), tested in place (no call per character). */
function nameEnd(s: string, j: number, to: number): number {
  while (j < to) {
    const c = s.charCodeAt(j);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || (c >= 0x30 && c <= 0x39)) j++;
    else break;
  }
  return j;
}

/** Sets the `found…` state of a reference `scanOne` found; returns true for it to return. */
function found(end: number, nameEnd: number, braced: boolean, modifier: VariableModifier, hasWord: boolean, wordStart: number, wordEnd: number): true {
  foundEnd = end;
  foundNameEnd = nameEnd;
  foundBraced = braced;
  foundModifier = modifier;
  foundHasWord = hasWord;
  foundWordStart = wordStart;
  foundWordEnd = wordEnd;
  return true;
}
