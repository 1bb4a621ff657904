import type { VariableModifier, VariableRef } from './ast';
import { isNameChar, isNameStart } from './chars';
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

/** What `scanVariables` finds, made straight into the parse's references with document ranges. */
export function scanVariableRefs(s: string, from: number, to: number, escape: number, line: LogicalLine, out: VariableRef[]): void {
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
        const nameStart = i + (foundBraced ? 2 : 1);
        out.push({
          name: s.slice(nameStart, foundNameEnd),
          range: line.range(i, end),
          nameRange: line.range(nameStart, foundNameEnd),
          braced: foundBraced,
          modifier: foundModifier,
          word: hasWord ? s.slice(wordStart, wordEnd) : undefined,
          wordRange: hasWord ? line.range(wordStart, wordEnd) : undefined,
        });
        if (hasWord) scanVariableRefs(s, wordStart, wordEnd, escape, line, out);
        i = end;
        continue;
      }
    }
    i++;
  }
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
      while (j < to && isNameChar(s.charCodeAt(j))) j++;
    } else {
      return false;
    }
    if (s.charCodeAt(j) === 0x7d) {
      foundEnd = j + 1;
      foundNameEnd = j;
      foundBraced = true;
      foundModifier = '';
      foundHasWord = false;
      foundWordStart = j;
      foundWordEnd = j;
      return true;
    }
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
    foundEnd = k + 1;
    foundNameEnd = j;
    foundBraced = true;
    foundModifier = modifier;
    foundHasWord = true;
    foundWordStart = wordStart;
    foundWordEnd = k;
    return true;
  }
  if (!isNameStart(next)) return false;
  let j = at + 1;
  while (j < to && isNameChar(s.charCodeAt(j))) j++;
  foundEnd = j;
  foundNameEnd = j;
  foundBraced = false;
  foundModifier = '';
  foundHasWord = false;
  foundWordStart = j;
  foundWordEnd = j;
  return true;
}
