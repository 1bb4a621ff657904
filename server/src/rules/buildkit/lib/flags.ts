/**
 * BuildKit's BFlags (instructions/bflag.go) with the flags each instruction parser declares
 * (instructions/parse.go, commands_run*.go). The walk stops at the first error, as `BFlags.Parse` does.
 */
import type { DockerfileModel } from '../../../model/model';
import type { Flag, Instruction } from '../../../parse/ast';
import { nodeArgs, suggest } from './words';

type FlagType = 'bool' | 'string' | 'strings';

const FLAGS: Readonly<Record<string, Readonly<Record<string, FlagType>>>> = {
  add: { chown: 'string', chmod: 'string', link: 'bool', 'keep-git-dir': 'bool', checksum: 'string', unpack: 'bool', exclude: 'strings' },
  copy: { chown: 'string', from: 'string', chmod: 'string', link: 'bool', exclude: 'strings', parents: 'bool' },
  from: { platform: 'string' },
  run: { mount: 'strings', network: 'string', security: 'string', device: 'strings' },
  healthcheck: { interval: 'string', timeout: 'string', 'start-period': 'string', 'start-interval': 'string', retries: 'string' },
  env: {}, maintainer: {}, label: {}, onbuild: {}, workdir: {}, cmd: {}, entrypoint: {}, expose: {}, user: {}, volume: {}, shell: {},
};

/** Whether BuildKit parses this instruction's flags at all (STOPSIGNAL, ARG and HEALTHCHECK NONE ignore them). */
function parsesFlags(ins: Instruction): boolean {
  if (FLAGS[ins.name] === undefined) return false;
  if (ins.name === 'healthcheck') return (nodeArgs(ins)[0] ?? '').toUpperCase() !== 'NONE';
  return true;
}

export type FlagErrorKind = 'unknown' | 'duplicate' | 'missingValue' | 'notBoolean';

export interface FlagError {
  readonly kind: FlagErrorKind;
  readonly flag: Flag;
  readonly suggestion: string | undefined;
}

export function flagError(ins: Instruction): FlagError | undefined {
  if (ins.flags.length === 0 || !parsesFlags(ins)) return undefined;
  const spec = FLAGS[ins.name] ?? {};
  const flags = ins.flags;
  for (let i = 0; i < flags.length; i++) {
    const f = flags[i]!;
    const type = spec[f.name];
    if (type === undefined) return { kind: 'unknown', flag: f, suggestion: suggest(f.name, Object.keys(spec), true) };
    // Every earlier flag passed these tests (a line has a few flags: no set of names).
    if (type !== 'strings' && usedBefore(flags, i)) return { kind: 'duplicate', flag: f, suggestion: undefined };
    if (type === 'bool') {
      if (f.value === '') return { kind: 'missingValue', flag: f, suggestion: undefined };
      if (f.value !== undefined && !['true', 'false'].includes(f.value.toLowerCase())) return { kind: 'notBoolean', flag: f, suggestion: undefined };
    } else if (f.value === undefined) return { kind: 'missingValue', flag: f, suggestion: undefined };
  }
  return undefined;
}

/** Whether a flag before `flags[i]` has its name. */
function usedBefore(flags: readonly Flag[], i: number): boolean {
  const name = flags[i]!.name;
  for (let j = 0; j < i; j++) if (flags[j]!.name === name) return true;
  return false;
}

/** Top-level instructions BuildKit's instruction parser sees (ONBUILD triggers are parsed only when used). */
export function parsedInstructions(model: DockerfileModel): readonly Instruction[] {
  return model.parse.instructions;
}

/**
 * Builder errors only apply to BuildKit's own Dockerfile frontend: a `# syntax=` directive naming another
 * frontend changes the language.
 */
export function builderApplies(model: DockerfileModel): boolean {
  const d = model.parse.directives.find((x) => x.name === 'syntax');
  if (d === undefined) return true;
  return /^(?:docker\.io\/)?docker\/dockerfile(?:-upstream)?(?:[:@]|$)/.test(d.value.trim());
}
