/**
 * The web page of an image repository on its registry, for the registries whose page address follows
 * from the reference alone:
 * - Docker Hub: `https://hub.docker.com/_/<name>` (official images), `https://hub.docker.com/r/<ns>/<name>`;
 * - GitHub Container Registry: `https://ghcr.io/<owner>/<name>` (opens the package page on GitHub);
 * - Microsoft Artifact Registry: `https://mcr.microsoft.com/artifact/mar/<path>`;
 * - Quay: `https://quay.io/repository/<ns>/<name>`;
 * - Amazon ECR Public: `https://gallery.ecr.aws/<alias>/<name>`.
 * Other registries (private ones, gcr.io, registry.k8s.io, …) get no link.
 */
import type { ImageReference } from '../model/imageRef';

export interface RegistryPage {
  /** Product name of the registry (the same in every language). */
  readonly registry: string;
  readonly url: string;
}

const DOCKER_HUB_HOSTS = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);

/** Repository path segments must look like the reference grammar's path components. */
const PATH = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;

export function registryPage(image: ImageReference): RegistryPage | undefined {
  if (image.hasVariable || !PATH.test(image.path)) return undefined;
  const host = image.registry.toLowerCase();
  const path = image.path;
  if (DOCKER_HUB_HOSTS.has(host)) {
    const repo = path.startsWith('library/') ? path.slice('library/'.length) : path;
    if (!repo.includes('/')) return { registry: 'Docker Hub', url: `https://hub.docker.com/_/${repo}` };
    return { registry: 'Docker Hub', url: `https://hub.docker.com/r/${repo}` };
  }
  if (host === 'ghcr.io' && path.includes('/')) return { registry: 'GitHub Container Registry', url: `https://ghcr.io/${path}` };
  if (host === 'mcr.microsoft.com') return { registry: 'Microsoft Artifact Registry', url: `https://mcr.microsoft.com/artifact/mar/${path}` };
  if (host === 'quay.io' && path.includes('/')) return { registry: 'Quay', url: `https://quay.io/repository/${path}` };
  if (host === 'public.ecr.aws' && path.includes('/')) return { registry: 'Amazon ECR Public Gallery', url: `https://gallery.ecr.aws/${path}` };
  return undefined;
}
