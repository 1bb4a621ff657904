import { UndefinedVar as text } from '../../knowledge/rules/buildkit/UndefinedVar';
import { baseStages, PLATFORM_ARGS, rootStage, type DockerfileModel, type Stage } from '../../model/model';
import type { Instruction, Range, VariableRef } from '../../parse/ast';
import type { Rule } from '../types';
import { suggest } from './lib/words';

/** Instructions whose arguments the builder expands (dockerfile2llb/convert.go dispatch → Expand). */
const EXPANDED_ARGS = new Set(['env', 'label', 'workdir', 'user', 'volume', 'stopsignal', 'arg', 'add', 'copy']);
/** Flags the builder expands, per instruction. */
const EXPANDED_FLAGS: Readonly<Record<string, readonly string[]>> = { add: ['chown', 'chmod', 'checksum'], copy: ['chown', 'chmod'], run: ['mount'] };

/** Shared, never changed (most instructions: a RUN without flags). */
const NO_RANGES: readonly Range[] = [];

function expandedRanges(ins: Instruction): readonly Range[] {
  let out: Range[] | undefined;
  if (EXPANDED_ARGS.has(ins.name)) out = [ins.args.range];
  // The flags by name only when there are flags: the object read by a name made at run time was a string-table
  // lookup per instruction.
  if (ins.flags.length > 0) {
    const flags = EXPANDED_FLAGS[ins.name] ?? [];
    for (const f of ins.flags) if (flags.includes(f.name) && f.valueRange !== undefined) (out ??= []).push(f.valueRange);
  }
  return out ?? NO_RANGES;
}

/** The stage at the bottom of the FROM chain starts from scratch: no base image can define variables. */
function fromScratch(model: DockerfileModel, stage: Stage): boolean {
  return rootStage(model.stages, stage).resolvedBase?.toLowerCase() === 'scratch';
}

/**
 * ARGs with a value become part of the stage's environment in BuildKit (dispatchArg → AddEnv), and a stage built
 * FROM another stage starts with that environment: the names such ancestor stages define that way.
 */
function inheritedArgs(model: DockerfileModel, stage: Stage): Set<string> {
  const out = new Set<string>();
  const globals = new Set(model.globalArgs.filter((g) => g.value !== undefined || g.keyValue?.value !== undefined).map((g) => g.name));
  for (const s of baseStages(model.stages, stage)) {
    for (const ins of s.instructions) {
      if (ins.name !== 'arg') continue;
      for (const kv of ins.keyValues) {
        if (kv.value !== undefined || globals.has(kv.key.value) || (PLATFORM_ARGS as readonly string[]).includes(kv.key.value)) out.add(kv.key.value);
      }
    }
  }
  return out;
}

/**
 * BuildKit UndefinedVar (dockerfile2llb/convert.go dispatch → reportUnmatchedVariables): a variable the builder
 * expands (ENV, LABEL, WORKDIR, USER, VOLUME, STOPSIGNAL, ARG defaults, COPY/ADD paths and --chown/--chmod/
 * --checksum, RUN --mount) that is not in the stage's environment and not declared by an ARG of the stage;
 * with BuildKit's "did you mean" suggestion. RUN, CMD and ENTRYPOINT commands are expanded by the shell, not the
 * builder, and are not checked. BuildKit also sees the base image's ENV, which needs the registry: a variable
 * that is simply undefined is reported only when the stage starts from scratch or a close name of the same
 * length is defined (a likely typo); a global ARG not declared again in the stage and an undeclared platform ARG are always reported.
 */
export const rule: Rule = {
  id: 'UndefinedVar',
  source: 'buildkit',
  defaultSeverity: 'warning',
  concept: 'build-args',
  reference: 'moby/buildkit frontend/dockerfile/dockerfile2llb/validations.go reportUnmatchedVariables',
  text,
  scope: 'stage',
  check(ctx) {
    const model = ctx.model;
    // Most instructions use no variable: the maps and sets below are made only when one does. The ranges come
    // first: an instruction the builder does not expand (a RUN without flags) then never has its variables
    // found, which the parser leaves until they are read; and only its own resolutions are looked up.
    let byRef: Map<VariableRef, (typeof model.resolutions)[number]> | undefined;
    for (const st of model.stages) {
      let scratch: boolean | undefined;
      let inherited: Set<string> | undefined;
      for (const ins of st.instructions) {
        const ranges = expandedRanges(ins);
        if (ranges.length === 0) continue;
        if (ins.variables.length === 0) continue;
        let options: string[] | undefined;
        for (const ref of ins.variables) {
          if (!ranges.some((r) => r.start <= ref.range.start && ref.range.end <= r.end)) continue;
          byRef ??= new Map();
          if (!byRef.has(ref)) for (const r of model.resolutionsOf(ins)) byRef.set(r.ref, r);
          const res = byRef.get(ref);
          if (res === undefined || res.def !== undefined) continue;
          // BuildKit always sets PATH (dispatchStages), and ancestor stages' ARG values are inherited.
          if (ref.name === 'PATH' || (inherited ??= inheritedArgs(model, st)).has(ref.name)) continue;
          if (res.reason === 'global-not-redeclared' || res.reason === 'platform-not-declared') {
            ctx.report({ range: ref.range, variant: res.reason === 'platform-not-declared' ? 'platform' : 'global', params: { name: ref.name } });
            continue;
          }
          options ??= [...model.scopeAt(ins.range.start).values()].filter((d) => d.kind === 'env' || d.kind === 'arg').map((d) => d.name);
          const s = suggest(ref.name, options, true);
          // Outside scratch stages only a likely typo (a defined name of the same length) is reported.
          if (!(scratch ??= fromScratch(model, st)) && (s === undefined || s.length !== ref.name.length)) continue;
          ctx.report({ range: ref.range, variant: s === undefined ? 'default' : 'suggest', params: { name: ref.name, suggestion: s ?? '' } });
        }
      }
    }
  },
};
