/**
 * Value formats of hadolint's label schema types (facts from the standards hadolint checks against:
 * RFC 3986 absolute URIs, RFC 3339 timestamps, SPDX license ids, git hashes, Semantic Versioning 2.0.0,
 * RFC 5322 addresses). Our own implementations.
 */
import { SPDX_LICENSE_IDS } from './spdxIds';

/** An absolute URI (`scheme:rest`) made only of characters a URI may contain (RFC 3986). */
export function isUrl(v: string): boolean {
  const m = /^[A-Za-z][A-Za-z0-9+.-]*:(.*)$/.exec(v);
  if (m === null || m[1] === undefined) return false;
  const rest = m[1];
  if ((rest.match(/#/g) ?? []).length > 1) return false;
  return /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/.test(rest);
}

/** An RFC 3339 date-time: `2024-05-01T12:30:00Z`, with optional fraction and a `Z` or `±hh:mm` offset. */
export function isRfc3339(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/.exec(v);
  if (m === null) return false;
  const n = (i: number): number => Number(m[i] ?? '0');
  const [y, mo, d] = [n(1), n(2), n(3)];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ?? 0;
  return d <= days && n(4) < 24 && n(5) < 60 && n(6) <= 60 && n(7) < 24 && n(8) < 60;
}

/** One SPDX license identifier (not an expression), matched case-insensitively as SPDX specifies. */
const SPDX_LOWER = new Set([...SPDX_LICENSE_IDS].map((x) => x.toLowerCase()));
export function isSpdxId(v: string): boolean {
  return SPDX_LOWER.has(v.toLowerCase());
}

/** A short (7) or full (40) lower-case hex git commit hash. */
export function isGitHash(v: string): boolean {
  return /^[0-9a-f]+$/.test(v) && (v.length === 7 || v.length === 40);
}

/** Semantic Versioning 2.0.0 (no leading `v`). */
export function isSemver(v: string): boolean {
  return /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/.test(v);
}

/** An RFC 5322 addr-spec: dot-atom or quoted local part, `@`, dot-atom or `[literal]` domain. */
export function isEmail(v: string): boolean {
  const atom = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
  const dotAtom = `${atom}(?:\\.${atom})*`;
  const quoted = '"(?:[^"\\\\\\r\\n]|\\\\.)*"';
  const literal = '\\[[^\\[\\]\\\\\\s]*\\]';
  return new RegExp(`^(?:${dotAtom}|${quoted})@(?:${dotAtom}|${literal})$`).test(v);
}
