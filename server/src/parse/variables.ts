import type { VariableModifier } from './ast';
import { isNameChar, isNameStart } from './chars';

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

const MODIFIERS: readonly VariableModifier[] = [':-', ':+', ':?', '##', '%%', '//', '-', '+', '?', '#', '%', '/'];

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
      const ref = scanOne(s, i, to, escape);
      if (ref !== undefined) {
        out.push(ref);
        // Refs nested in the word of `${a:-$b}` are found too.
        if (ref.word !== undefined) scanVariables(s, ref.wordStart, ref.wordEnd, escape, out);
        i = ref.end;
        continue;
      }
    }
    i++;
  }
}

function scanOne(s: string, at: number, to: number, escape: number): RawVariableRef | undefined {
  const next = s.charCodeAt(at + 1);
  if (at + 1 >= to) return undefined;
  if (next === 0x7b) {
    const nameStart = at + 2;
    let j = nameStart;
    if (j < to && isNameStart(s.charCodeAt(j))) {
      while (j < to && isNameChar(s.charCodeAt(j))) j++;
    } else {
      return undefined;
    }
    const name = s.slice(nameStart, j);
    if (s.charCodeAt(j) === 0x7d) {
      return { name, start: at, end: j + 1, nameStart, braced: true, modifier: '', word: undefined, wordStart: j, wordEnd: j };
    }
    let modifier: VariableModifier | undefined;
    for (const m of MODIFIERS) {
      if (s.startsWith(m, j)) {
        modifier = m;
        break;
      }
    }
    if (modifier === undefined) return undefined;
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
    if (k >= to) return undefined;
    return { name, start: at, end: k + 1, nameStart, braced: true, modifier, word: s.slice(wordStart, k), wordStart, wordEnd: k };
  }
  if (!isNameStart(next)) return undefined;
  let j = at + 1;
  while (j < to && isNameChar(s.charCodeAt(j))) j++;
  return { name: s.slice(at + 1, j), start: at, end: j, nameStart: at + 1, braced: false, modifier: '', word: undefined, wordStart: j, wordEnd: j };
}
