/**
 * `.dockerignore` as BuildKit reads and matches it: moby/patternmatcher `ignorefile.ReadAll` (comments, `!`
 * exceptions, cleaned paths, leading `/` dropped) and `PatternMatcher.MatchesOrParentMatches` (`*`, `?`, `[…]`,
 * `**`, escapes, a path matches when it or one of its parent folders matches; later patterns win).
 */

/** Go's path.Clean (forward slashes). */
export function cleanPath(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const s = (rooted ? '/' : '') + out.join('/');
  return s === '' ? (rooted ? '/' : '.') : s;
}

/** ignorefile.ReadAll over the file's lines. */
export function readIgnoreLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  lines.forEach((raw, i) => {
    let line = i === 0 ? raw.replace(/^\uFEFF/, '') : raw;
    line = line.replace(/\r$/, '');
    if (line.startsWith('#')) return;
    let p = line.trim();
    if (p === '') return;
    const invert = p.startsWith('!');
    if (invert) p = p.slice(1).trim();
    if (p.length > 0) {
      p = cleanPath(p);
      if (p.length > 1 && p.startsWith('/')) p = p.slice(1);
    }
    out.push(invert ? `!${p}` : p);
  });
  return out;
}

type MatchType = 'exact' | 'prefix' | 'suffix' | 'regexp' | 'bad';

export class IgnorePattern {
  readonly exclusion: boolean;
  readonly cleaned: string;
  readonly dirs: readonly string[];
  private type: MatchType | undefined;
  private re: RegExp | undefined;

  constructor(pattern: string) {
    let p = cleanPath(pattern.trim());
    this.exclusion = p.startsWith('!');
    if (this.exclusion) p = p.slice(1);
    this.cleaned = p;
    this.dirs = p.split('/');
  }

  private compile(): void {
    let reg = '^';
    let type: MatchType = 'exact';
    const s = [...this.cleaned];
    let i = 0;
    for (let n = 0; i < s.length; n++) {
      const ch = s[i++]!;
      if (ch === '*') {
        if (s[i] === '*') {
          i++;
          if (s[i] === '/') i++;
          if (i >= s.length) {
            if (type === 'exact') type = 'prefix';
            else {
              reg += '.*';
              type = 'regexp';
            }
          } else {
            reg += '(.*/)?';
            type = 'regexp';
          }
          if (n === 0) type = 'suffix';
        } else {
          reg += '[^/]*';
          type = 'regexp';
        }
      } else if (ch === '?') {
        reg += '[^/]';
        type = 'regexp';
      } else if ('.+()|{}$'.includes(ch)) {
        reg += `\\${ch}`;
      } else if (ch === '\\') {
        if (i < s.length) {
          reg += `\\${s[i++]!}`;
          type = 'regexp';
        } else reg += '\\\\';
      } else if (ch === '[' || ch === ']') {
        reg += ch;
        type = 'regexp';
      } else {
        reg += ch;
      }
    }
    if (type === 'regexp') {
      try {
        this.re = new RegExp(`${reg}$`);
      } catch {
        type = 'bad';
      }
    }
    this.type = type;
  }

  match(path: string): boolean {
    if (this.type === undefined) this.compile();
    switch (this.type) {
      case 'exact':
        return path === this.cleaned;
      case 'prefix':
        return path.startsWith(this.cleaned.slice(0, -2));
      case 'suffix': {
        const suffix = this.cleaned.slice(2);
        if (path.endsWith(suffix)) return true;
        return suffix.startsWith('/') && path === suffix.slice(1);
      }
      case 'regexp':
        return this.re?.test(path) ?? false;
      default:
        return false;
    }
  }
}

export class IgnoreMatcher {
  readonly patterns: readonly IgnorePattern[];
  readonly exclusions: boolean;

  constructor(patterns: readonly string[]) {
    this.patterns = patterns.filter((p) => p.trim() !== '' && p.trim() !== '!').map((p) => new IgnorePattern(p));
    this.exclusions = this.patterns.some((p) => p.exclusion);
  }

  /** PatternMatcher.MatchesOrParentMatches. */
  matchesOrParentMatches(file: string): boolean {
    let matched = false;
    const slash = file.lastIndexOf('/');
    const parent = slash < 0 ? '.' : slash === 0 ? '/' : file.slice(0, slash);
    const parentDirs = parent.split('/');
    for (const p of this.patterns) {
      if (p.exclusion !== matched) continue;
      let m = p.match(file);
      if (!m && parent !== '.') {
        for (let i = 0; i < parentDirs.length && !m; i++) m = p.match(parentDirs.slice(0, i + 1).join('/'));
      }
      if (m) matched = !p.exclusion;
    }
    return matched;
  }
}
