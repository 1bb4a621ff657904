/** Parts of an image reference as Docker's reference grammar (distribution/reference) reads them. */
export interface ImageReference {
  /** Registry host as written, or `docker.io` when none is given. */
  readonly registry: string;
  readonly registryGiven: boolean;
  /** Repository path; `library/` added for official Docker Hub images. */
  readonly repository: string;
  /** Repository as written (without registry). */
  readonly path: string;
  readonly tag: string | undefined;
  readonly digest: string | undefined;
  /** Offsets within the written reference string. */
  readonly pathStart: number;
  readonly tagStart: number | undefined;
  readonly digestStart: number | undefined;
  /** The reference contains a `$` variable and cannot be resolved statically. */
  readonly hasVariable: boolean;
}

/** Parses `[registry/]path[:tag][@digest]`. Never throws; returns undefined for an empty string. */
export function parseImageReference(ref: string): ImageReference | undefined {
  if (ref.length === 0) return undefined;
  let rest = ref;
  let digest: string | undefined;
  let digestStart: number | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    digestStart = at + 1;
    rest = rest.slice(0, at);
  }
  let registry = 'docker.io';
  let registryGiven = false;
  let pathStart = 0;
  const slash = rest.indexOf('/');
  if (slash >= 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost' || hasUpperCase(first)) {
      registry = first;
      registryGiven = true;
      pathStart = slash + 1;
    }
  }
  let path = rest.slice(pathStart);
  let tag: string | undefined;
  let tagStart: number | undefined;
  const colon = path.lastIndexOf(':');
  if (colon >= 0 && path.indexOf('/', colon) < 0) {
    tag = path.slice(colon + 1);
    tagStart = pathStart + colon + 1;
    path = path.slice(0, colon);
  }
  const repository = !registryGiven && !path.includes('/') ? `library/${path}` : path;
  return {
    registry,
    registryGiven,
    repository,
    path,
    tag,
    digest,
    pathStart,
    tagStart,
    digestStart,
    hasVariable: ref.includes('$'),
  };
}

/** Whether `s !== s.toLowerCase()`, without making the lower-case copy for ASCII text (the usual case). */
function hasUpperCase(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) return true;
    if (c >= 0x80) return s !== s.toLowerCase();
  }
  return false;
}
