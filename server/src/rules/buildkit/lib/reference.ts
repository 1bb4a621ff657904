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
