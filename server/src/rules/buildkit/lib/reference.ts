/**
 * Docker's image reference grammar (github.com/distribution/reference, ParseNormalizedNamed), used by BuildKit
 * for FROM and `COPY --from` images. Returns BuildKit's error text, or undefined for a valid reference.
 */
const alnum = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const pathComponent = `${alnum}(?:${separator}${alnum})*`;
const remoteName = `${pathComponent}(?:/${pathComponent})*`;
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domainName = `${domainComponent}(?:\\.${domainComponent})*`;
const host = `(?:${domainName}|\\[(?:[a-fA-F0-9:]+)\\])`;
const domainAndPort = `${host}(?::[0-9]+)?`;
const tag = '[\\w][\\w.-]{0,127}';
const digest = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(`^((?:${domainAndPort}/)?${remoteName})(?::(${tag}))?(?:@(${digest}))?$`);
const IDENTIFIER = /^[a-f0-9]{64}$/;
const DIGEST_LENGTHS: Readonly<Record<string, number>> = { sha256: 64, sha384: 96, sha512: 128 };

export function referenceError(s: string): string | undefined {
  // Most references are plain (`node:20-alpine`, `ghcr.io/org/app:1.2`): decided without the big regex.
  if (plainValid(s)) return undefined;
  if (IDENTIFIER.test(s)) return `invalid repository name (${s}), cannot specify 64-byte hexadecimal strings`;
  let domain = 'docker.io';
  let remainder = s;
  const i = s.indexOf('/');
  if (i >= 0) {
    const first = s.slice(0, i);
    if (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first) {
      domain = first;
      remainder = s.slice(i + 1);
    }
  }
  const colon = remainder.indexOf(':');
  const name = colon >= 0 ? remainder.slice(0, colon) : remainder;
  if (name.toLowerCase() !== name) return `invalid reference format: repository name (${name}) must be lowercase`;
  const full = `${domain}/${remainder}`;
  if (full === '' ) return 'repository name must have at least one component';
  const m = REFERENCE.exec(full);
  if (m === null) return 'invalid reference format';
  if ((m[1] ?? '').length > 255) return 'repository name must not be more than 255 characters';
  const dg = m[3];
  if (dg !== undefined) {
    const [alg = '', hex = ''] = dg.split(':');
    const want = DIGEST_LENGTHS[alg];
    if (want === undefined) return 'unsupported digest algorithm';
    if (hex.length !== want || !/^[a-f0-9]+$/.test(hex)) return 'invalid checksum digest format';
  }
  return undefined;
}

/** `[A-Za-z0-9_]` (the regex's `\w`). */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
}

/** `[a-z0-9]`. */
function isLowerAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/**
 * Whether `s` is certainly valid in the usual form: lower-case path components (`[a-z0-9]` runs joined by `.`, `_`,
 * `__` or dashes), after a domain of `[a-z0-9-]` labels when the first component has a dot or is `localhost` (no
 * port), then an optional tag, no digest, and not 64 characters (an identifier is 64 hex digits). False means
 * "ask the full grammar" (referenceError's regex), not invalid; true implies that grammar accepts `s` too.
 */
function plainValid(s: string): boolean {
  const n = s.length;
  if (n === 0 || n === 64) return false;
  let nameEnd = n;
  const colon = s.lastIndexOf(':');
  if (colon >= 0) {
    const tagLength = n - colon - 1;
    if (tagLength < 1 || tagLength > 128 || !isWordChar(s.charCodeAt(colon + 1))) return false;
    for (let i = colon + 2; i < n; i++) {
      const c = s.charCodeAt(i);
      if (!isWordChar(c) && c !== 46 && c !== 45) return false;
    }
    nameEnd = colon;
  }
  let start = 0;
  // The name the grammar measures includes the domain, `docker.io/` when none is written.
  let nameLength = nameEnd + 10;
  const slash = s.indexOf('/');
  if (slash >= 0 && slash < nameEnd) {
    let dot = false;
    for (let i = 0; i < slash; i++) if (s.charCodeAt(i) === 46) dot = true;
    if (dot || (slash === 9 && s.startsWith('localhost'))) {
      if (!domainValid(s, 0, slash)) return false;
      start = slash + 1;
      nameLength = nameEnd;
    }
  }
  if (nameLength > 255) return false;
  let from = start;
  for (let i = start; i <= nameEnd; i++) {
    if (i < nameEnd && s.charCodeAt(i) !== 47) continue;
    if (!componentValid(s, from, i)) return false;
    from = i + 1;
  }
  return true;
}

/** `s[a, b)` is labels of `[a-z0-9-]` joined by dots, each starting and ending with `[a-z0-9]`. */
function domainValid(s: string, a: number, b: number): boolean {
  let from = a;
  for (let i = a; i <= b; i++) {
    if (i < b && s.charCodeAt(i) !== 46) continue;
    if (i === from || !isLowerAlnum(s.charCodeAt(from)) || !isLowerAlnum(s.charCodeAt(i - 1))) return false;
    for (let k = from + 1; k < i - 1; k++) {
      const c = s.charCodeAt(k);
      if (!isLowerAlnum(c) && c !== 45) return false;
    }
    from = i + 1;
  }
  return true;
}

/** `s[a, b)` matches `[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*`. */
function componentValid(s: string, a: number, b: number): boolean {
  if (a >= b || !isLowerAlnum(s.charCodeAt(a)) || !isLowerAlnum(s.charCodeAt(b - 1))) return false;
  for (let i = a + 1; i < b; ) {
    const c = s.charCodeAt(i);
    if (isLowerAlnum(c)) {
      i++;
      continue;
    }
    // A run of separators: `.`, `_`, `__` or dashes only.
    let k = i;
    while (k < b && !isLowerAlnum(s.charCodeAt(k))) k++;
    const run = k - i;
    if (c === 45) {
      for (let j = i; j < k; j++) if (s.charCodeAt(j) !== 45) return false;
    } else if (c === 46) {
      if (run !== 1) return false;
    } else if (c === 95) {
      if (run > 2 || (run === 2 && s.charCodeAt(i + 1) !== 95)) return false;
    } else return false;
    i = k;
  }
  return true;
}
