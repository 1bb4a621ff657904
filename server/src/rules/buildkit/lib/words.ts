/** Small BuildKit helpers shared by the BuildKit checks and the builder errors. */
import type { Instruction, Token } from '../../../parse/ast';

/** BuildKit's `nodeArgs`: the argument strings an instruction parser receives (ONBUILD: the trigger's keyword first). */
export function nodeArgs(ins: Instruction): string[] {
  const out: string[] = [];
  for (const n of ins.argNodes) {
    if ('child' in n) out.push(n.child.keyword, ...nodeArgs(n.child));
    else out.push(n.value);
  }
  return out;
}

/** `nodeArgs(ins).length`, without making the list. */
export function nodeArgCount(ins: Instruction): number {
  const nodes = ins.argNodes;
  // Only ONBUILD has a child node (its trigger).
  if (ins.name !== 'onbuild') return nodes.length;
  let n = nodes.length;
  for (let i = 0; i < nodes.length; i++) {
    // A property read, not `'child' in`: argument nodes come in several shapes, and `in` is slow on them.
    const child = (nodes[i] as { readonly child?: Instruction }).child;
    if (child !== undefined) n += nodeArgCount(child);
  }
  return n;
}

/** `nodeArgs(ins)[0]`, without making the list. */
export function firstNodeArg(ins: Instruction): string | undefined {
  const a = ins.argNodes[0];
  return a === undefined ? undefined : 'child' in a ? a.child.keyword : a.value;
}

/** `nodeArgs(ins)[i]`, without making the list. */
export function nodeArgAt(ins: Instruction, i: number): string | undefined {
  for (const a of ins.argNodes) {
    if (!('child' in a)) {
      if (i === 0) return a.value;
      i--;
      continue;
    }
    if (i === 0) return a.child.keyword;
    const n = nodeArgCount(a.child);
    if (i <= n) return nodeArgAt(a.child, i - 1);
    i -= 1 + n;
  }
  return undefined;
}

/**
 * The argument tokens (ranges included) of an instruction, without ONBUILD children. Only ONBUILD has a child
 * node (its trigger): any other instruction's nodes are all tokens and come back as they are (shared: read only).
 */
export function argTokens(ins: Instruction): readonly Token[] {
  if (ins.name !== 'onbuild') return ins.argNodes as readonly Token[];
  return ins.argNodes.filter((n): n is Token => !('child' in n));
}

/** BuildKit's levenshtein distance, over code points (as Go's `[]rune`). */
function levenshtein(a: string, b: string): number {
  const ac = [...a];
  const bc = [...b];
  let prev = Array.from({ length: bc.length + 1 }, (_, i) => i);
  for (let i = 1; i <= ac.length; i++) {
    const cur = [i];
    for (let j = 1; j <= bc.length; j++) {
      const cost = ac[i - 1] === bc[j - 1] ? 0 : 1;
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = cur;
  }
  return prev[bc.length] ?? 0;
}

/** Whether a string has a UTF-16 surrogate (a code point beyond U+FFFF: one rune, two code units). */
function hasSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) if ((s.charCodeAt(i) & 0xf800) === 0xd800) return true;
  return false;
}

/** Two rows of the bounded distance, reused by every call (grown when a longer string comes). */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/**
 * `min(levenshtein(a, b), limit + 1)` for strings without surrogates (code units are then code points): only
 * the cells within `limit` of the diagonal are computed, and the walk stops once a whole row exceeds `limit`.
 */
function boundedLevenshtein(a: string, b: string, limit: number): number {
  const la = a.length;
  const lb = b.length;
  const over = limit + 1;
  if (la - lb > limit || lb - la > limit) return over;
  if (rowA.length <= lb) {
    rowA = new Int32Array(lb + 1);
    rowB = new Int32Array(lb + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= lb; j++) prev[j] = j <= limit ? j : over;
  for (let i = 1; i <= la; i++) {
    const from = i - limit > 1 ? i - limit : 1;
    const to = i + limit < lb ? i + limit : lb;
    // Cells left of the band count as over the limit (their true value is larger than `limit`).
    cur[from - 1] = from === 1 ? (i <= limit ? i : over) : over;
    let rowMin = cur[from - 1]!;
    const ca = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      let d = prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const up = prev[j]! + 1;
      if (up < d) d = up;
      const left = cur[j - 1]! + 1;
      if (left < d) d = left;
      if (d > over) d = over;
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // The cell right of the band is read by the next row as its `up` neighbour.
    if (to < lb) cur[to + 1] = over;
    if (rowMin > limit) return over;
    const t = prev;
    prev = cur;
    cur = t;
  }
  const d = prev[lb]!;
  return d > over ? over : d;
}

/** `min(levenshtein(a, b), limit + 1)`. */
function distanceWithin(a: string, b: string, limit: number): number {
  if (hasSurrogate(a) || hasSurrogate(b)) {
    const d = levenshtein(a, b);
    return d > limit ? limit + 1 : d;
  }
  return boundedLevenshtein(a, b, limit);
}

function matchCase(val: string, orig: string): string {
  if (orig === orig.toLowerCase()) return val.toLowerCase();
  if (orig === orig.toUpperCase()) return val.toUpperCase();
  return val;
}

/**
 * BuildKit's util/suggest.Search: the option closest to `val` by edit distance (less than 3), or undefined.
 * An exact match means there is nothing to suggest. Options are tried in sorted order (Go's map order is random):
 * the first closest in that order wins, so without sorting the winner is the closest option, the smallest one
 * (`<`, the order of `sort()`) among equally close ones; an option is measured only as far as it could still win.
 */
export function suggest(val: string, options: Iterable<string>, caseSensitive: boolean): string | undefined {
  const v = caseSensitive ? val : val.toLowerCase();
  let best: string | undefined;
  let bestOpt = '';
  let min = 3;
  for (const o of options) {
    const opt = caseSensitive ? o : o.toLowerCase();
    if (opt === v) return undefined;
    // Equally close wins only when it sorts first.
    const limit = best !== undefined && o < best ? min : min - 1;
    if (limit < 0) continue;
    const d = distanceWithin(v, opt, limit);
    if (d <= limit) {
      best = o;
      bestOpt = opt;
      min = d;
    }
  }
  return best === undefined ? undefined : caseSensitive ? bestOpt : matchCase(bestOpt, val);
}

/** Go's strconv.ParseBool. */
export function parseGoBool(s: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  return undefined;
}
