/**
 * BuildKit's word expansion (frontend/dockerfile/shell/lex.go, ProcessWordWithMatches): quotes, escapes and
 * `$VAR`, `${VAR}`, `${VAR<modifier>word}`, with the variables it found set (`matched`) and unset
 * (`unmatched`), and the error BuildKit stops with. Only what the builder itself expands goes through here
 * (FROM, ARG, ENV, COPY, WORKDIR, …), never RUN scripts.
 */

export interface ExpandResult {
  readonly result: string;
  readonly matched: ReadonlySet<string>;
  readonly unmatched: ReadonlySet<string>;
  /** BuildKit's error message (without the `failed to process` prefix), when expansion fails. */
  readonly error: string | undefined;
}

export type Lookup = (name: string) => string | undefined;

class ExpandError extends Error {}

const SPECIAL = new Set(['@', '*', '#', '?', '-', '$', '!', '0']);

class Scanner {
  private pos = 0;
  readonly matched = new Set<string>();
  readonly unmatched = new Set<string>();

  constructor(
    private readonly s: string,
    private readonly lookup: Lookup,
    private readonly escape: string,
    private readonly processQuotes: boolean,
  ) {}

  private peek(): string | undefined {
    return this.pos < this.s.length ? this.s[this.pos] : undefined;
  }

  private next(): string | undefined {
    const c = this.peek();
    if (c !== undefined) this.pos++;
    return c;
  }

  private env(name: string): string | undefined {
    const v = this.lookup(name);
    if (v === undefined) this.unmatched.add(name);
    else this.matched.add(name);
    return v;
  }

  /** processStopOn: reads until `stop` (undefined = end of input). */
  stopOn(stop: string | undefined, rawEscapes: boolean): string {
    let out = '';
    for (let c = this.peek(); c !== undefined; c = this.peek()) {
      if (stop !== undefined && c === stop) {
        this.next();
        return out;
      }
      if (c === '$') out += this.dollar();
      else if (this.processQuotes && c === "'") out += this.singleQuote();
      else if (this.processQuotes && c === '"') out += this.doubleQuote();
      else {
        this.next();
        if (c === this.escape) {
          if (rawEscapes) out += c;
          const n = this.next();
          if (n === undefined) break;
          out += n;
        } else out += c;
      }
    }
    if (stop !== undefined) throw new ExpandError(`unexpected end of statement while looking for matching ${stop}`);
    return out;
  }

  private singleQuote(): string {
    this.next();
    let out = '';
    for (;;) {
      const c = this.next();
      if (c === undefined) throw new ExpandError('unexpected end of statement while looking for matching single-quote');
      if (c === "'") return out;
      out += c;
    }
  }

  private doubleQuote(): string {
    this.next();
    let out = '';
    for (;;) {
      const p = this.peek();
      if (p === undefined) throw new ExpandError('unexpected end of statement while looking for matching double-quote');
      if (p === '"') {
        this.next();
        return out;
      }
      if (p === '$') {
        out += this.dollar();
        continue;
      }
      let c = this.next()!;
      if (c === this.escape) {
        const n = this.peek();
        if (n === undefined) continue;
        if (n === '"' || n === '$' || n === this.escape) c = this.next()!;
      }
      out += c;
    }
  }

  private name(): string {
    const s = this.s;
    const start = this.pos;
    if (start >= s.length) return '';
    const first = s.charCodeAt(start);
    let i = start;
    if (first >= 48 && first <= 57) {
      while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
      this.pos = i;
      return s.slice(start, i);
    }
    if (SPECIAL.has(s[start]!)) return this.next()!;
    // Letters, digits and `_`: ASCII by code, other characters (one UTF-16 unit at a time) by Unicode class.
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95) i++;
      else if (c >= 128 && /[\p{L}\p{N}_]/u.test(s[i]!)) i++;
      else break;
    }
    this.pos = i;
    return s.slice(start, i);
  }

  private dollar(): string {
    this.next();
    if (this.peek() !== '{') {
      const name = this.name();
      if (name === '') return '$';
      return this.env(name) ?? '';
    }
    this.next();
    const p = this.peek();
    if (p === undefined) throw new ExpandError("syntax error: missing '}'");
    if (p === '{' || p === '}' || p === ':') throw new ExpandError('syntax error: bad substitution');
    const name = this.name();
    let ch = this.next();
    let chs = ch ?? '';
    if (ch === '}') return this.env(name) ?? '';
    let nullIsUnset = false;
    if (ch === ':') {
      nullIsUnset = true;
      ch = this.next();
      chs += ch ?? '';
    }
    if (ch === '+' || ch === '-' || ch === '?' || ch === '#' || ch === '%') {
      const raw = ch === '#' || ch === '%';
      if (nullIsUnset && raw) throw new ExpandError(`unsupported modifier (${chs}) in substitution`);
      let word: string;
      try {
        word = this.stopOn('}', raw);
      } catch (e) {
        if (this.peek() === undefined) throw new ExpandError("syntax error: missing '}'");
        throw e;
      }
      const value = this.env(name);
      const set = value !== undefined;
      const empty = nullIsUnset && value === '';
      if (ch === '-') return !set || empty ? word : value;
      if (ch === '+') return !set || empty ? '' : word;
      if (ch === '?') {
        if (!set) throw new ExpandError(`${name}: ${word !== '' ? word : 'is not allowed to be unset'}`);
        if (empty) throw new ExpandError(`${name}: ${word !== '' ? word : 'is not allowed to be empty'}`);
        return value;
      }
      // `#`/`%` pattern trimming: the result only matters for known values; approximate with literal patterns.
      const v = value ?? '';
      const greedy = word.startsWith(ch);
      const pat = greedy ? word.slice(1) : word;
      if (/[*?[]/.test(pat)) return v;
      if (ch === '#') return v.startsWith(pat) ? v.slice(pat.length) : v;
      return v.endsWith(pat) ? v.slice(0, v.length - pat.length) : v;
    }
    if (ch === '/') {
      if (this.peek() === '/') this.next();
      try {
        this.stopOn('/', true);
      } catch (e) {
        if (this.peek() === undefined) throw new ExpandError("syntax error: missing '/' in ${}");
        throw e;
      }
      try {
        this.stopOn('}', true);
      } catch (e) {
        if (this.peek() === undefined) throw new ExpandError("syntax error: missing '}'");
        throw e;
      }
      return this.env(name) ?? '';
    }
    throw new ExpandError(`unsupported modifier (${chs}) in substitution`);
  }
}

/** The sets of a word without expansions: shared, never changed (the result's sets are read-only). */
const NONE: ReadonlySet<string> = new Set<string>();

/** A word with no `$`, no escape character and (when quotes count) no quote: its expansion is itself. */
export function isLiteral(word: string, escape: string, processQuotes: boolean): boolean {
  const e = escape.length === 1 ? escape.charCodeAt(0) : -1;
  if (e < 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 36 || c === e || (processQuotes && (c === 39 || c === 34))) return false;
  }
  return true;
}

/** Expands one word as BuildKit's builder does. Never throws. */
export function expandWord(word: string, lookup: Lookup, escape = '\\', processQuotes = true): ExpandResult {
  if (isLiteral(word, escape, processQuotes)) return { result: word, matched: NONE, unmatched: NONE, error: undefined };
  const sc = new Scanner(word, lookup, escape, processQuotes);
  try {
    const result = sc.stopOn(undefined, false);
    return { result, matched: sc.matched, unmatched: sc.unmatched, error: undefined };
  } catch (e) {
    const error = e instanceof ExpandError ? e.message : 'expansion failed';
    return { result: '', matched: sc.matched, unmatched: sc.unmatched, error };
  }
}

/** The default global build arguments BuildKit defines (dockerfile2llb/platform.go defaultArgs) on linux/amd64. */
export const DEFAULT_GLOBAL_ARGS: ReadonlyMap<string, string> = new Map([
  ['BUILDPLATFORM', 'linux/amd64'],
  ['BUILDOS', 'linux'],
  ['BUILDOSVERSION', ''],
  ['BUILDARCH', 'amd64'],
  ['BUILDVARIANT', ''],
  ['TARGETPLATFORM', 'linux/amd64'],
  ['TARGETOS', 'linux'],
  ['TARGETOSVERSION', ''],
  ['TARGETARCH', 'amd64'],
  ['TARGETVARIANT', ''],
  ['TARGETSTAGE', 'default'],
]);
