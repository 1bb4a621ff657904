/**
 * The document model on top of the parse: build stages, phases, runtime visibility, BuildKit's variable
 * scoping and references between stages. Hovers, rules, the panel and the CLI read this; nothing re-parses.
 */
import type { Phase } from '../../../common/src/protocol';
import type { Flag, Instruction, KeyValue, ParseResult, Range, Token, VariableRef } from '../parse/ast';
import { LineIndex } from '../parse/lineIndex';
import { parse, variablesPending } from '../parse/parser';
import { parseImageReference, type ImageReference } from './imageRef';
import { INSTRUCTION_PHASE, RUNTIME_VISIBLE, isInstructionName } from './phases';

/** ARGs BuildKit defines without a declaration. */
export const PLATFORM_ARGS = [
  'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT',
  'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT',
] as const;
export const PROXY_ARGS = [
  'HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy',
  'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy',
] as const;
export const OTHER_PREDEFINED_ARGS = ['TARGETSTAGE', 'SOURCE_DATE_EPOCH', 'BUILDKIT_SYNTAX', 'BUILDKIT_INLINE_CACHE', 'BUILDKIT_MULTI_PLATFORM', 'BUILDKIT_SANDBOX_HOSTNAME', 'BUILDKIT_CONTEXT_KEEP_GIT_DIR', 'BUILDKIT_CACHE_MOUNT_NS'] as const;

export type VarKind = 'global-arg' | 'arg' | 'env' | 'predefined';

export interface VarDef {
  readonly name: string;
  readonly kind: VarKind;
  /** Value after expansion where it can be known statically. */
  readonly value: string | undefined;
  /** The declaration (undefined for predefined ARGs). */
  readonly instruction: Instruction | undefined;
  readonly keyValue: KeyValue | undefined;
  /** Stage index, -1 for the global scope. */
  readonly stage: number;
}

export type UnresolvedReason = 'undefined' | 'global-not-redeclared' | 'declared-later' | 'platform-not-declared';

export interface VarResolution {
  readonly ref: VariableRef;
  readonly instruction: Instruction;
  readonly def: VarDef | undefined;
  readonly value: string | undefined;
  readonly reason: UnresolvedReason | undefined;
  /** For `global-not-redeclared`: the global ARG that is not visible here. */
  readonly shadowed: VarDef | undefined;
}

export type StageRefKind = 'from' | 'copy-from' | 'mount-from';

export interface StageRef {
  readonly kind: StageRefKind;
  /** The written name or index, with its range. */
  readonly token: Token;
  readonly instruction: Instruction;
  /** Referring stage (-1: none, e.g. never). */
  readonly fromStage: number;
  /** Resolved stage, when the name or index names an earlier stage. */
  readonly stage: number | undefined;
}

export interface Stage {
  readonly index: number;
  readonly from: Instruction;
  /** The base as written (first argument of FROM). */
  readonly base: Token | undefined;
  /** `AS name`: the name token (as written). */
  readonly name: Token | undefined;
  /** `AS` keyword token. */
  readonly asKeyword: Token | undefined;
  readonly platform: Flag | undefined;
  /** Stage the base names, if any. */
  readonly baseStage: number | undefined;
  /** The image reference, when the base is an image (not a stage, not scratch). */
  readonly image: ImageReference | undefined;
  /** The base after expanding global ARGs, when knowable. */
  readonly resolvedBase: string | undefined;
  /** All instructions of the stage, FROM first. */
  readonly instructions: readonly Instruction[];
  readonly range: Range;
}

export interface DockerfileModel {
  readonly parse: ParseResult;
  readonly lines: LineIndex;
  /** Instructions before the first FROM (ARGs, or errors). */
  readonly preamble: readonly Instruction[];
  readonly globalArgs: readonly VarDef[];
  readonly stages: readonly Stage[];
  /** Index of the stage that is built. */
  readonly target: number;
  /** Stages whose content ends up in the target image (the target and the stages it builds FROM). */
  readonly finalChain: ReadonlySet<number>;
  readonly stageRefs: readonly StageRef[];
  readonly resolutions: readonly VarResolution[];
  /**
   * The resolutions of one instruction's references (those of `resolutions` whose `instruction` it is, in order),
   * without making the others: the references of RUN, CMD, ENTRYPOINT and HEALTHCHECK without flags (which the shell
   * expands, not the builder) are found and resolved only when read.
   */
  resolutionsOf(instruction: Instruction): readonly VarResolution[];
  stageOf(instruction: Instruction): Stage | undefined;
  phaseOf(instruction: Instruction): Phase;
  runtimeVisible(instruction: Instruction): boolean;
  /** The instruction covering an offset (heredoc bodies included). */
  instructionAt(offset: number): Instruction | undefined;
  /** The variables in scope just before the instruction at `offset` (or at the end of the file). */
  scopeAt(offset: number): ReadonlyMap<string, VarDef>;
  resolutionAt(offset: number): VarResolution | undefined;
  /** Stage with this name (case-insensitive, as BuildKit matches) defined before `beforeStage`. */
  findStage(name: string, beforeStage?: number): Stage | undefined;
}

export interface ModelOptions {
  /** Stage name or index to build (`--target`); the last stage when absent or unknown. */
  readonly target?: string | undefined;
}

/** Expands `$VAR`/`${VAR}`/`${VAR:-x}`/`${VAR:+x}` with known values; undefined when any part is unknown. */
export function expandKnown(s: string, lookup: (name: string) => string | undefined): string | undefined {
  // Without a `$` there is nothing to expand (the usual case).
  let i = s.indexOf('$');
  if (i < 0) return unquote(s);
  // What /\$\{(NAME)(?:(:?[-+?])([^}]*))?\}|\$(NAME)/g matches, left to right, each replaced as below.
  let unknown = false;
  let out = '';
  let last = 0;
  const n = s.length;
  while (i >= 0) {
    let end = -1;
    let nameStart = i + 1;
    let nameEnd = nameStart;
    let op = '';
    let wordStart = 0;
    let wordEnd = 0;
    if (s.charCodeAt(i + 1) === 0x7b) {
      nameStart = i + 2;
      if (nameStart < n && isNameStartChar(s.charCodeAt(nameStart))) {
        let j = nameStart + 1;
        while (j < n && isNameCharCode(s.charCodeAt(j))) j++;
        nameEnd = j;
        const c = s.charCodeAt(j);
        if (c === 0x7d) {
          end = j + 1;
        } else {
          let k = -1;
          if (c === 0x3a && isOpChar(s.charCodeAt(j + 1))) k = j + 2;
          else if (isOpChar(c)) k = j + 1;
          if (k >= 0) {
            const close = s.indexOf('}', k);
            if (close >= 0) {
              op = s.slice(j, k);
              wordStart = k;
              wordEnd = close;
              end = close + 1;
            }
          }
        }
      }
    } else if (i + 1 < n && isNameStartChar(s.charCodeAt(i + 1))) {
      let j = i + 2;
      while (j < n && isNameCharCode(s.charCodeAt(j))) j++;
      nameEnd = j;
      end = j;
    }
    if (end < 0) {
      i = s.indexOf('$', i + 1);
      continue;
    }
    const v = lookup(s.slice(nameStart, nameEnd));
    let rep: string;
    if (op === '') {
      if (v === undefined) unknown = true;
      rep = v ?? '';
    } else {
      const set = op.charCodeAt(0) === 0x3a ? v !== undefined && v !== '' : v !== undefined;
      const kind = op.charCodeAt(op.length - 1);
      if (kind === 0x2d) rep = set ? (v ?? '') : s.slice(wordStart, wordEnd);
      else if (kind === 0x2b) rep = set ? s.slice(wordStart, wordEnd) : '';
      else {
        if (v === undefined) unknown = true;
        rep = v ?? '';
      }
    }
    out += s.slice(last, i) + rep;
    last = end;
    i = s.indexOf('$', end);
  }
  if (unknown) return undefined;
  return unquote(last === 0 ? s : out + s.slice(last));
}

function isNameStartChar(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

function isNameCharCode(c: number): boolean {
  return isNameStartChar(c) || (c >= 0x30 && c <= 0x39);
}

/** `-`, `+` or `?`. */
function isOpChar(c: number): boolean {
  return c === 0x2d || c === 0x2b || c === 0x3f;
}

function unquote(s: string): string {
  // Both ends the same quote (tested on the character codes: most values have none).
  const n = s.length;
  if (n >= 2) {
    const q = s.charCodeAt(0);
    if ((q === 0x22 || q === 0x27) && s.charCodeAt(n - 1) === q) return s.slice(1, -1);
  }
  return s;
}

const PREDEFINED: ReadonlySet<string> = new Set<string>([...PLATFORM_ARGS, ...PROXY_ARGS, ...OTHER_PREDEFINED_ARGS]);

/**
 * The platform ARGs every global scope starts with. Shared by all models: a VarDef is never changed (readonly) and
 * nothing tells one model's from another's. Not frozen, so they have the same shape as every other VarDef.
 */
const GLOBAL_PLATFORM_DEFS: readonly VarDef[] = PLATFORM_ARGS.map((name): VarDef => ({ name, kind: 'predefined', value: undefined, instruction: undefined, keyValue: undefined, stage: -1 }));
const GLOBAL_PLATFORM_BY_NAME: ReadonlyMap<string, VarDef> = new Map(GLOBAL_PLATFORM_DEFS.map((d) => [d.name, d]));

/** `s.toLowerCase() === 'as'`, without lower-casing every FROM's second word. */
function isAs(s: string): boolean {
  return s.length === 2 && s.toLowerCase() === 'as';
}

export function isPredefinedArg(name: string): boolean {
  return PREDEFINED.has(name);
}

export function buildModel(parsed: ParseResult, options: ModelOptions = {}): DockerfileModel {
  const lines = new LineIndex(parsed.text, parsed.lineStarts);
  const instructions = parsed.instructions;
  const stages: Stage[] = [];
  /** Per instruction (by position), its stage; -1 before the first FROM. */
  const stageIndexOf: number[] = new Array<number>(instructions.length);
  const globalArgs = new Map<string, VarDef>();
  const globalArgList: VarDef[] = [];
  /** The resolutions of every instruction whose variables are found (the others: `deferred`), in order. */
  const resolutions: VarResolution[] = [];
  /** Per instruction (by position), where its resolutions start in `resolutions` (then the end, at `length`). */
  const resStart: number[] = new Array<number>(instructions.length + 1);
  /** Positions of the instructions whose variables are still to be found (resolved when first asked). */
  let deferred: number[] | undefined;
  const stageRefs: StageRef[] = [];
  const stageByName = new Map<string, number>();
  /** Per stage, the ENV definitions it makes (undefined: none). */
  const stageEnvs: (Map<string, VarDef> | undefined)[] = [];
  /** Every definition an ARG/ENV instruction makes, in order (grouped by instruction only when a query asks). */
  const defs: VarDef[] = [];


  /** Position of each stage's FROM: a stage's instructions are those up to the next FROM (sliced at the end). */
  const stageStarts: number[] = [];
  /** The scope of the current stage (undefined before the first FROM) and its lookup for `expandKnown`. */
  let scope: Map<string, VarDef> | undefined;
  let lookup: ((n: string) => string | undefined) | undefined;

  const lookupIn = (scope: ReadonlyMap<string, VarDef>) => (n: string): string | undefined => scope.get(n)?.value;
  // (A platform ARG's value is undefined, so the global ARGs alone answer.)
  const globalLookup = lookupIn(globalArgs);

  for (let pos = 0; pos < instructions.length; pos++) {
    const ins = instructions[pos]!;
    if (ins.name === 'from') {
      const index = stageStarts.length;
      stageIndexOf[pos] = index;
      resStart[pos] = resolutions.length;
      if (variablesPending(ins)) (deferred ??= []).push(pos);
      else if (ins.variables.length !== 0) resolveInto(resolutions, ins, globalArgs, -1, globalArgs);
      scope = new Map<string, VarDef>();
      // ENV persists into stages built FROM this one.
      const baseTok = ins.argNodes[0];
      const baseName = baseTok !== undefined && !('child' in baseTok) ? baseTok.value : undefined;
      // (Only when a stage has a name: most files' FROMs name none before them, and lower-casing the base costs.)
      if (baseName !== undefined && stageByName.size > 0) {
        const bs = stageByName.get(baseName.toLowerCase());
        const env = bs === undefined ? undefined : stageEnvs[bs];
        const into = scope;
        if (env !== undefined) env.forEach((v, k) => into.set(k, v));
      }
      lookup = lookupIn(scope);
      stageStarts.push(pos);
      stageEnvs.push(undefined);
      const asTok = ins.argNodes[1];
      const nameTok = ins.argNodes[2];
      if (asTok !== undefined && !('child' in asTok) && isAs(asTok.value) && nameTok !== undefined && !('child' in nameTok)) {
        const key = nameTok.value.toLowerCase();
        if (!stageByName.has(key)) stageByName.set(key, index);
      }
      continue;
    }
    if (scope === undefined || lookup === undefined) {
      stageIndexOf[pos] = -1;
      resStart[pos] = resolutions.length;
      if (variablesPending(ins)) (deferred ??= []).push(pos);
      else if (ins.variables.length !== 0) resolveInto(resolutions, ins, globalArgs, -1, globalArgs);
      if (ins.name === 'arg') {
        const kvs = ins.keyValues;
        for (let k = 0; k < kvs.length; k++) {
          const kv = kvs[k]!;
          const value = kv.value === undefined ? undefined : expandKnown(kv.value.value, globalLookup);
          const def: VarDef = { name: kv.key.value, kind: 'global-arg', value, instruction: ins, keyValue: kv, stage: -1 };
          globalArgs.set(def.name, def);
          defs.push(def);
          globalArgList.push(def);
        }
      }
      continue;
    }
    const index = stageStarts.length - 1;
    stageIndexOf[pos] = index;
    resStart[pos] = resolutions.length;
    if (variablesPending(ins)) (deferred ??= []).push(pos);
    else if (ins.variables.length !== 0) resolveInto(resolutions, ins, scope, index, globalArgs);
    if (ins.name === 'arg') {
      const kvs = ins.keyValues;
      for (let k = 0; k < kvs.length; k++) {
        const kv = kvs[k]!;
        const value = kv.value !== undefined ? expandKnown(kv.value.value, lookup) : globalArgs.get(kv.key.value)?.value;
        const def: VarDef = { name: kv.key.value, kind: 'arg', value, instruction: ins, keyValue: kv, stage: index };
        scope.set(def.name, def);
        defs.push(def);
      }
    } else if (ins.name === 'env') {
      // Within one ENV, values are expanded with the scope before the instruction: all of them first, then defined.
      const kvs = ins.keyValues;
      const values: (string | undefined)[] = new Array<string | undefined>(kvs.length);
      for (let k = 0; k < kvs.length; k++) {
        const kv = kvs[k]!;
        values[k] = kv.value === undefined ? undefined : expandKnown(kv.value.value, lookup);
      }
      let env = stageEnvs[index];
      if (env === undefined && kvs.length > 0) {
        env = new Map();
        stageEnvs[index] = env;
      }
      for (let k = 0; k < kvs.length; k++) {
        const kv = kvs[k]!;
        const def: VarDef = { name: kv.key.value, kind: 'env', value: values[k], instruction: ins, keyValue: kv, stage: index };
        scope.set(def.name, def);
        defs.push(def);
        env!.set(def.name, def);
      }
    }
  }

  // Stage references and stage objects.
  const stageCount = stageStarts.length;
  for (let index = 0; index < stageCount; index++) {
    const fromPos = stageStarts[index]!;
    const from = instructions[fromPos]!;
    // The stage's instructions, as an exact-size copy: the model lives as long as the document.
    const list = instructions.slice(fromPos, index + 1 < stageCount ? stageStarts[index + 1] : instructions.length);
    // The first three token nodes (FROM has no child nodes; read in place, without a filtered copy).
    let base: Token | undefined;
    let second: Token | undefined;
    let third: Token | undefined;
    let found = 0;
    const argNodes = from.argNodes;
    for (let k = 0; k < argNodes.length && found < 3; k++) {
      const n = argNodes[k]!;
      if ('child' in n) continue;
      if (found === 0) base = n;
      else if (found === 1) second = n;
      else third = n;
      found++;
    }
    const asKeyword = second !== undefined && isAs(second.value) ? second : undefined;
    const name = asKeyword !== undefined ? third : undefined;
    let platform: Flag | undefined;
    const fromFlags = from.flags;
    for (let k = 0; k < fromFlags.length; k++) {
      const f = fromFlags[k]!;
      if (f.name === 'platform') {
        platform = f;
        break;
      }
    }
    const resolvedBase = base === undefined ? undefined : expandKnown(base.value, globalLookup);
    const lowerBase = resolvedBase?.toLowerCase();
    let baseStage: number | undefined;
    const named = stageByName.size > 0;
    if (lowerBase !== undefined && named) {
      const byName = stageByName.get(lowerBase);
      baseStage = byName !== undefined && byName < index ? byName : undefined;
    }
    if (base !== undefined) {
      const st = baseStage;
      if (st !== undefined || (named && stageByName.has(lowerBase ?? base.value.toLowerCase()))) {
        stageRefs.push({ kind: 'from', token: base, instruction: from, fromStage: index, stage: st });
      }
    }
    const image = baseStage === undefined && resolvedBase !== undefined && lowerBase !== 'scratch'
      ? parseImageReference(resolvedBase)
      : baseStage === undefined && resolvedBase === undefined && base !== undefined
        ? parseImageReference(base.value)
        : undefined;
    const last = list[list.length - 1] ?? from;
    stages.push({
      index,
      from,
      base,
      name,
      asKeyword,
      platform,
      baseStage,
      image,
      resolvedBase,
      instructions: list,
      range: { start: from.range.start, end: last.range.end },
    });
    for (let p = 0; p < list.length; p++) {
      const ins = list[p]!;
      const inner = ins.onbuild ?? ins;
      // Only COPY/ADD --from and RUN --mount make references (most instructions have no flag).
      if (inner.flags.length === 0) continue;
      if (inner.name === 'copy' || inner.name === 'add') {
        for (const f of inner.flags) {
          if (f.name === 'from' && f.value !== undefined && f.valueRange !== undefined) {
            stageRefs.push({ kind: 'copy-from', token: { value: f.value, range: f.valueRange }, instruction: ins, fromStage: index, stage: ins.onbuild ? undefined : findStageIndex(stageByName, stageCount, f.value, index) });
          }
        }
      }
      if (inner.name === 'run') {
        for (const f of inner.flags) {
          if (f.name !== 'mount' || f.value === undefined || f.valueRange === undefined) continue;
          const m = /(?:^|,)from=([^,]*)/.exec(f.value);
          if (m === null || m[1] === undefined) continue;
          const offset = (m.index ?? 0) + m[0].indexOf('from=') + 5;
          const start = f.valueRange.start + offset;
          stageRefs.push({ kind: 'mount-from', token: { value: m[1], range: { start, end: start + m[1].length } }, instruction: ins, fromStage: index, stage: findStageIndex(stageByName, stageCount, m[1], index) });
        }
      }
    }
  }

  let target = stages.length - 1;
  if (options.target !== undefined) {
    const t = findStageIndex(stageByName, stages.length, options.target, Number.MAX_SAFE_INTEGER);
    if (t !== undefined) target = t;
  }
  const finalChain = new Set<number>();
  for (let s: number | undefined = target; s !== undefined && s >= 0 && !finalChain.has(s); s = stages[s]?.baseStage) finalChain.add(s);

  // What comes before the first FROM.
  const preamble = instructions.slice(0, stageCount > 0 ? stageStarts[0] : instructions.length);
  resStart[instructions.length] = resolutions.length;
  return new Model(parsed, lines, preamble, globalArgList, stages, target, finalChain, stageRefs, resolutions, resStart, deferred, globalArgs, stageIndexOf, stageByName, stageEnvs, defs);
}

/** The stage index a name or number names among the first `count` stages, before `before`. */
function findStageIndex(stageByName: ReadonlyMap<string, number>, count: number, name: string, before: number): number | undefined {
  const byName = stageByName.get(name.toLowerCase());
  if (byName !== undefined && byName < before) return byName;
  if (/^\d+$/.test(name)) {
    const n = Number(name);
    if (n < Math.min(before, count)) return n;
  }
  return undefined;
}

/**
 * Resolves the references of `ins` in `scope` (of stage `stage`, -1 for the global scope), into `out`. `globalArgs`:
 * every global ARG (a stage's reference to one it does not declare again is told apart).
 */
function resolveInto(out: VarResolution[], ins: Instruction, scope: ReadonlyMap<string, VarDef>, stage: number, globalArgs: ReadonlyMap<string, VarDef>): void {
  // (Index loops here and below: a for…of makes an iterator, which costs without TurboFan, as the language server
  // runs.)
  const refs = ins.variables;
  for (let k = 0; k < refs.length; k++) {
    const ref = refs[k]!;
    // The global scope is the platform ARGs, then the global ARGs (`globalArgs`, which may redefine them).
    const def = scope.get(ref.name) ?? (stage < 0 ? GLOBAL_PLATFORM_BY_NAME.get(ref.name) : undefined);
    if (def !== undefined) {
      out.push({ ref, instruction: ins, def, value: def.value, reason: undefined, shadowed: undefined });
      continue;
    }
    let reason: UnresolvedReason = 'undefined';
    let shadowed: VarDef | undefined;
    if (stage >= 0 && globalArgs.has(ref.name)) {
      reason = 'global-not-redeclared';
      shadowed = globalArgs.get(ref.name);
    } else if ((PLATFORM_ARGS as readonly string[]).includes(ref.name) && stage >= 0) {
      reason = 'platform-not-declared';
    } else if (PREDEFINED.has(ref.name)) {
      out.push({ ref, instruction: ins, def: predefinedDef(ref.name), value: undefined, reason: undefined, shadowed: undefined });
      continue;
    }
    out.push({ ref, instruction: ins, def: undefined, value: undefined, reason, shadowed });
  }
}

const NO_RESOLUTIONS: readonly VarResolution[] = [];

/** Whether an ascending list holds `n` (a binary search: a file may defer thousands of RUNs). */
function sortedIncludes(list: readonly number[], n: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid]!;
    if (v === n) return true;
    if (v < n) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** The last index of an ascending list whose value is at most `n`; -1 when even the first is larger. */
function lastAtOrBefore(list: readonly number[], n: number): number {
  let found = -1;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! <= n) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function predefinedDef(name: string): VarDef {
  return { name, kind: 'predefined', value: undefined, instruction: undefined, keyValue: undefined, stage: -1 };
}

/**
 * The model object: its state in fields and its queries on the prototype (one object per document, no closure
 * per query; the language server keeps the model of every open document).
 */
class Model implements DockerfileModel {
  declare readonly parse: ParseResult;
  declare readonly lines: LineIndex;
  declare readonly preamble: readonly Instruction[];
  declare readonly globalArgs: readonly VarDef[];
  declare readonly stages: readonly Stage[];
  declare readonly target: number;
  declare readonly finalChain: ReadonlySet<number>;
  declare readonly stageRefs: readonly StageRef[];
  /** The resolutions of the instructions whose variables were found when the model was made, in order. */
  declare private readonly eagerResolutions: readonly VarResolution[];
  /** Per instruction (by position), where its resolutions start in `eagerResolutions`; then the end. */
  declare private readonly resStart: readonly number[];
  /** Positions of the instructions whose references are resolved only when read (undefined: none). */
  declare private readonly deferred: readonly number[] | undefined;
  /** Every global ARG (the global scope a stage starts from, for `resolutions`). */
  declare private readonly globalArgMap: ReadonlyMap<string, VarDef>;
  /** `resolutions`, once made, and where each instruction's start in it (with deferred instructions). */
  declare private allResolutions: readonly VarResolution[] | undefined;
  declare private allStart: readonly number[] | undefined;
  /** Per instruction (by position), its stage; -1 before the first FROM. */
  declare private readonly stageIndexOf: readonly number[];
  declare private readonly stageByName: ReadonlyMap<string, number>;
  /** Per stage, the ENV definitions it makes (undefined: none). */
  declare private readonly stageEnvs: readonly (ReadonlyMap<string, VarDef> | undefined)[];
  /** Every definition an ARG/ENV instruction makes, in order. */
  declare private readonly defs: readonly VarDef[];
  /** `defs` grouped by instruction, made on the first query that needs it (`scopeAt`). */
  declare private defsByIns: Map<Instruction, VarDef[]> | undefined;
  /** Instruction starts, made on the first query (many models are only linted, never queried by offset). */
  declare private sortedStarts: number[] | undefined;
  /** Global scope for `scopeAt`, made when it asks for it. */
  declare private globalScope: Map<string, VarDef> | undefined;
  /**
   * For scopeAt: per stage (-1 before the first FROM), the instructions that define variables, so a query walks
   * only the definitions of one stage (linear over a whole document).
   */
  declare private definersByStage: Map<number, Instruction[]> | undefined;
  /** Position of the instruction `stageOf` and friends found last (rules walk the instructions in order). */
  declare private lastPos: number;

  // Fields set in the constructor (not class-field initializers: cheaper without TurboFan, as the server runs).
  constructor(
    parse: ParseResult,
    lines: LineIndex,
    preamble: readonly Instruction[],
    globalArgs: readonly VarDef[],
    stages: readonly Stage[],
    target: number,
    finalChain: ReadonlySet<number>,
    stageRefs: readonly StageRef[],
    eagerResolutions: readonly VarResolution[],
    resStart: readonly number[],
    deferred: readonly number[] | undefined,
    globalArgMap: ReadonlyMap<string, VarDef>,
    stageIndexOf: readonly number[],
    stageByName: ReadonlyMap<string, number>,
    stageEnvs: readonly (ReadonlyMap<string, VarDef> | undefined)[],
    defs: readonly VarDef[],
  ) {
    this.parse = parse;
    this.lines = lines;
    this.preamble = preamble;
    this.globalArgs = globalArgs;
    this.stages = stages;
    this.target = target;
    this.finalChain = finalChain;
    this.stageRefs = stageRefs;
    this.eagerResolutions = eagerResolutions;
    this.resStart = resStart;
    this.deferred = deferred;
    this.globalArgMap = globalArgMap;
    this.allResolutions = deferred === undefined ? eagerResolutions : undefined;
    this.allStart = undefined;
    this.stageIndexOf = stageIndexOf;
    this.stageByName = stageByName;
    this.stageEnvs = stageEnvs;
    this.defs = defs;
    this.defsByIns = undefined;
    this.sortedStarts = undefined;
    this.globalScope = undefined;
    this.definersByStage = undefined;
    this.lastPos = 0;
  }

  get resolutions(): readonly VarResolution[] {
    const all = this.allResolutions;
    return all !== undefined ? all : (this.allResolutions = this.resolveAll());
  }

  resolutionsOf(ins: Instruction): readonly VarResolution[] {
    const pos = this.positionOf(ins);
    if (pos < 0 || this.parse.instructions[pos] !== ins) return NO_RESOLUTIONS;
    let list = this.eagerResolutions;
    let starts = this.resStart;
    const deferred = this.deferred;
    // A deferred instruction's resolutions are in the whole list (made once); the others, in either list.
    if (deferred !== undefined && (this.allResolutions !== undefined || sortedIncludes(deferred, pos))) {
      list = this.resolutions;
      starts = this.allStart!;
    }
    const from = starts[pos]!;
    const to = starts[pos + 1]!;
    return from === to ? NO_RESOLUTIONS : list.slice(from, to);
  }

  /**
   * Every resolution, in order: the ones made with the model, and those of the deferred instructions, resolved in
   * the scope buildModel had before each (made again here from the definitions, which go in in the same order).
   */
  private resolveAll(): readonly VarResolution[] {
    const instructions = this.parse.instructions;
    const eager = this.eagerResolutions;
    const resStart = this.resStart;
    const deferred = this.deferred ?? [];
    const defs = this.defs;
    const globalArgs = this.globalArgMap;
    const stageByName = this.stageByName;
    const out: VarResolution[] = [];
    const allStart = new Array<number>(instructions.length + 1);
    const globalScope = new Map<string, VarDef>();
    let scope: Map<string, VarDef> | undefined;
    let stage = -1;
    let d = 0;
    let q = 0;
    for (let pos = 0; pos < instructions.length; pos++) {
      const ins = instructions[pos]!;
      const isFrom = ins.name === 'from';
      if (isFrom) stage++;
      // A FROM resolves in the global scope (complete by the first FROM), as does what comes before it.
      const resolveIn = isFrom || scope === undefined ? globalScope : scope;
      allStart[pos] = out.length;
      if (q < deferred.length && deferred[q] === pos) {
        q++;
        resolveInto(out, ins, resolveIn, isFrom || scope === undefined ? -1 : stage, globalArgs);
      } else {
        for (let k = resStart[pos]!; k < resStart[pos + 1]!; k++) out.push(eager[k]!);
      }
      if (isFrom) {
        scope = new Map<string, VarDef>();
        // ENV persists into stages built FROM an earlier one (what buildModel's map of names had at this FROM).
        const baseTok = ins.argNodes[0];
        const baseName = baseTok !== undefined && !('child' in baseTok) ? baseTok.value : undefined;
        if (baseName !== undefined && stageByName.size > 0) {
          const bs = stageByName.get(baseName.toLowerCase());
          const env = bs === undefined || bs >= stage ? undefined : this.stageEnvs[bs];
          const into = scope;
          if (env !== undefined) env.forEach((v, k) => into.set(k, v));
        }
        continue;
      }
      const target = scope ?? globalScope;
      while (d < defs.length && defs[d]!.instruction === ins) {
        const def = defs[d++]!;
        target.set(def.name, def);
      }
    }
    allStart[instructions.length] = out.length;
    this.allStart = allStart;
    return out;
  }

  /** The position of an instruction of this parse (or of the ONBUILD holding it), or -1. */
  private positionOf(ins: Instruction): number {
    const instructions = this.parse.instructions;
    const lastPos = this.lastPos;
    if (instructions[lastPos] === ins) return lastPos;
    if (instructions[lastPos + 1] === ins) return (this.lastPos = lastPos + 1);
    const pos = lastAtOrBefore(this.starts(), ins.range.start);
    if (pos < 0) return -1;
    const at = instructions[pos]!;
    if (at !== ins && at.onbuild !== ins) return -1;
    this.lastPos = pos;
    return pos;
  }

  private starts(): number[] {
    if (this.sortedStarts !== undefined) return this.sortedStarts;
    const instructions = this.parse.instructions;
    const starts = new Array<number>(instructions.length);
    for (let k = 0; k < instructions.length; k++) starts[k] = instructions[k]!.range.start;
    this.sortedStarts = starts;
    return starts;
  }

  private fullGlobalScope(): Map<string, VarDef> {
    if (this.globalScope !== undefined) return this.globalScope;
    const scope = new Map<string, VarDef>();
    for (const def of GLOBAL_PLATFORM_DEFS) scope.set(def.name, def);
    for (const def of this.globalArgs) scope.set(def.name, def);
    this.globalScope = scope;
    return scope;
  }

  /** The definitions each ARG/ENV instruction makes, in order. */
  private defsByInstruction(): Map<Instruction, VarDef[]> {
    if (this.defsByIns !== undefined) return this.defsByIns;
    const byIns = new Map<Instruction, VarDef[]>();
    const defs = this.defs;
    for (let k = 0; k < defs.length; k++) {
      const def = defs[k]!;
      const ins = def.instruction!;
      const list = byIns.get(ins);
      if (list === undefined) byIns.set(ins, [def]);
      else list.push(def);
    }
    this.defsByIns = byIns;
    return byIns;
  }

  private definers(): Map<number, Instruction[]> {
    if (this.definersByStage !== undefined) return this.definersByStage;
    const defsByIns = this.defsByInstruction();
    const byStage = new Map<number, Instruction[]>();
    const instructions = this.parse.instructions;
    for (let pos = 0; pos < instructions.length; pos++) {
      const ins = instructions[pos]!;
      if (!defsByIns.has(ins)) continue;
      const s = this.stageIndexOf[pos]!;
      const list = byStage.get(s);
      if (list === undefined) byStage.set(s, [ins]);
      else list.push(ins);
    }
    this.definersByStage = byStage;
    return byStage;
  }

  /**
   * The stage of an instruction of this parse (or of the instruction an ONBUILD holds), by its position: rules walk
   * the instructions in order, so the position after the last one found is tried first.
   */
  private stageIndexOfIns(ins: Instruction): number | undefined {
    const pos = this.positionOf(ins);
    if (pos < 0) return undefined;
    const s = this.stageIndexOf[pos]!;
    return s >= 0 ? s : undefined;
  }

  stageOf(ins: Instruction): Stage | undefined {
    const i = this.stageIndexOfIns(ins);
    return i === undefined ? undefined : this.stages[i];
  }

  phaseOf(ins: Instruction): Phase {
    const s = this.stageIndexOfIns(ins);
    if (s !== undefined && !this.finalChain.has(s)) return 'build-only';
    if (s === undefined && ins.name !== 'arg') return 'build-only';
    return isInstructionName(ins.name) ? INSTRUCTION_PHASE[ins.name] : 'build-only';
  }

  runtimeVisible(ins: Instruction): boolean {
    const s = this.stageIndexOfIns(ins);
    return s !== undefined && this.finalChain.has(s) && isInstructionName(ins.name) && RUNTIME_VISIBLE.has(ins.name);
  }

  instructionAt(offset: number): Instruction | undefined {
    const found = lastAtOrBefore(this.starts(), offset);
    const ins = found >= 0 ? this.parse.instructions[found] : undefined;
    return ins !== undefined && offset <= ins.range.end ? ins : undefined;
  }

  scopeAt(offset: number): ReadonlyMap<string, VarDef> {
    const instructions = this.parse.instructions;
    // The last instruction that starts before the offset (offsets are whole numbers).
    const k = lastAtOrBefore(this.starts(), offset - 1);
    const scope = new Map<string, VarDef>();
    const last = k >= 0 ? instructions[k] : undefined;
    const inStage = k >= 0 ? (this.stageIndexOf[k] ?? -1) : -1;
    if (last === undefined || inStage < 0) {
      for (const name of PLATFORM_ARGS) scope.set(name, predefinedDef(name));
    } else {
      if (last.name === 'from' && offset <= last.range.end) return this.fullGlobalScope();
      const st = this.stages[inStage];
      if (st?.baseStage !== undefined) for (const [key, v] of this.stageEnvs[st.baseStage] ?? []) scope.set(key, v);
    }
    if (last === undefined) return scope;
    for (const ins of this.definers().get(inStage) ?? []) {
      if (ins.range.start >= offset) break;
      for (const d of this.defsByInstruction().get(ins) ?? []) scope.set(d.name, d);
    }
    return scope;
  }

  resolutionAt(offset: number): VarResolution | undefined {
    return this.resolutions.find((r) => r.ref.range.start <= offset && offset <= r.ref.range.end);
  }

  findStage(name: string, beforeStage?: number): Stage | undefined {
    const i = findStageIndex(this.stageByName, this.stages.length, name, beforeStage ?? Number.MAX_SAFE_INTEGER);
    return i === undefined ? undefined : this.stages[i];
  }
}

/**
 * The stages a stage is built FROM (`FROM <stage>`), nearest first. A stage can only build on an earlier one,
 * so the chain always ends, at a stage built on an image or `scratch`.
 */
export function baseStages(stages: readonly Stage[], stage: Stage): Stage[] {
  const out: Stage[] = [];
  for (let b = stage.baseStage; b !== undefined; b = stages[b]?.baseStage) {
    const s = stages[b];
    if (s === undefined) break;
    out.push(s);
  }
  return out;
}

/** The stage at the bottom of a stage's FROM chain (the one built on an image or `scratch`); may be itself. */
export function rootStage(stages: readonly Stage[], stage: Stage): Stage {
  return baseStages(stages, stage).pop() ?? stage;
}

export interface AnalyzeOptions extends ModelOptions {
  /**
   * The model of the previous version of the same document: its parse's objects before the first changed character
   * are reused (parse/incremental.ts); the model is made again over every instruction. The result is the same as
   * without it.
   */
  readonly previous?: DockerfileModel | undefined;
}

/** Parses and models a document in one call. */
export function analyze(text: string, options: AnalyzeOptions = {}): DockerfileModel {
  const previous = options.previous;
  return buildModel(previous === undefined ? parse(text) : parse(text, { previous: previous.parse }), options);
}
