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

/** The argument tokens (ranges included) of an instruction, without ONBUILD children. */
export function argTokens(ins: Instruction): Token[] {
  return ins.argNodes.filter((n): n is Token => !('child' in n));
}

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

function matchCase(val: string, orig: string): string {
  if (orig === orig.toLowerCase()) return val.toLowerCase();
  if (orig === orig.toUpperCase()) return val.toUpperCase();
  return val;
}

/**
 * BuildKit's util/suggest.Search: the option closest to `val` by edit distance (less than 3), or undefined.
 * An exact match means there is nothing to suggest. Options are tried in sorted order (Go's map order is random).
 */
export function suggest(val: string, options: Iterable<string>, caseSensitive: boolean): string | undefined {
  const v = caseSensitive ? val : val.toLowerCase();
  let match: string | undefined;
  let min = 3;
  for (const o of [...options].sort()) {
    const opt = caseSensitive ? o : o.toLowerCase();
    if (opt === v) return undefined;
    const d = levenshtein(v, opt);
    if (d < min) {
      match = caseSensitive ? opt : matchCase(opt, val);
      min = d;
    }
  }
  return match;
}

/** Go's strconv.ParseBool. */
export function parseGoBool(s: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  return undefined;
}
