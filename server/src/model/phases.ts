import type { Phase } from '../../../common/src/protocol';

/** The 18 Dockerfile instructions BuildKit knows, lower-case. */
export const INSTRUCTIONS = [
  'from', 'run', 'cmd', 'label', 'maintainer', 'expose', 'env', 'add', 'copy', 'entrypoint',
  'volume', 'user', 'workdir', 'arg', 'onbuild', 'stopsignal', 'healthcheck', 'shell',
] as const;
export type InstructionName = (typeof INSTRUCTIONS)[number];

export function isInstructionName(name: string): name is InstructionName {
  return (INSTRUCTIONS as readonly string[]).includes(name);
}

/**
 * What each instruction produces in the image. The one place this fact is kept.
 * FROM is `layer`: the base image's layers become the bottom of this image.
 */
export const INSTRUCTION_PHASE: Readonly<Record<InstructionName, Phase>> = {
  from: 'layer',
  run: 'layer',
  copy: 'layer',
  add: 'layer',
  env: 'metadata',
  label: 'metadata',
  maintainer: 'metadata',
  expose: 'metadata',
  user: 'metadata',
  workdir: 'metadata',
  cmd: 'metadata',
  entrypoint: 'metadata',
  healthcheck: 'metadata',
  stopsignal: 'metadata',
  volume: 'metadata',
  shell: 'metadata',
  onbuild: 'metadata',
  arg: 'build-only',
};

/** Metadata the running container sees. */
export const RUNTIME_VISIBLE: ReadonlySet<InstructionName> = new Set<InstructionName>([
  'cmd', 'entrypoint', 'env', 'user', 'workdir', 'expose', 'volume', 'healthcheck', 'stopsignal',
]);

/** RUN --mount types whose content never reaches the image. */
export const BUILD_ONLY_MOUNTS: ReadonlySet<string> = new Set(['cache', 'secret', 'ssh', 'tmpfs', 'bind']);
