/** Small string helpers for the rules' hot paths: the same answers as the regular-expression forms they replace. */

/**
 * `s.toLowerCase()`, without the call when `s` has no character it changes (no ASCII capital, nothing beyond ASCII):
 * the usual case, and the call (with the new string's hash on a map lookup) costs more than the scan.
 */
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return s.toLowerCase();
  }
  return s;
}

/** 34: `"`, 39: `'`. */
function isQuote(c: number): boolean {
  return c === 34 || c === 39;
}

/** `s.replace(/^["']|["']$/g, '')`: one quote off each end (`"` alone gives ``), without a regular expression. */
export function dropEndQuotes(s: string): string {
  const n = s.length;
  const a = n > 0 && isQuote(s.charCodeAt(0)) ? 1 : 0;
  const b = n > a && isQuote(s.charCodeAt(n - 1)) ? n - 1 : n;
  return a === 0 && b === n ? s : s.slice(a, b);
}
