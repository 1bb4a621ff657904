import type { DockerfileReferenceUrl } from './types';

/** Link to a heading of the Dockerfile reference (English), by its anchor on docs.docker.com. */
export function dockerfileRef(anchor: string): DockerfileReferenceUrl {
  return `https://docs.docker.com/reference/dockerfile/#${anchor}` as const;
}
