/**
 * The instructions of a file by lower-case name, made in one walk per lint call and shared by all its rules through
 * the lint memo. A rule that looks at a few kinds of instruction reads their lists instead of walking every
 * instruction itself: without TurboFan (as the server runs) a for…of walk with a name test over the 11,000
 * instructions of a 2 MB file costs about 0.6 ms, and some forty rules each made one.
 *
 * What a list holds, and how it answers the two walks rules made before:
 * - Top-level instructions (`model.parse.instructions`), each once, in document order.
 * - Those before the first FROM come first: `first` is the position of the first one inside a stage. A walk from
 *   `first` sees what a walk of every stage's instructions (`model.stages[i].instructions`) saw; a walk from 0 what
 *   a walk of `model.parse.instructions` saw.
 * - `stages[i]` is the index in `model.stages` of the stage of `list[i]`, -1 before the first FROM. Entries of
 *   one stage are consecutive: a rule with state per stage starts it again where the index changes.
 * - ONBUILD: `instructionsNamed` lists an ONBUILD instruction by its own name (`onbuild`) only; `triggersNamed`
 *   by its trigger's name only; `instructionsOrTriggersNamed` by `(ins.onbuild ?? ins).name`, the test of rules
 *   that treat `ONBUILD RUN` as a RUN. In every list the entry is the top-level instruction (findings go on the
 *   ONBUILD line); the trigger is its `onbuild`.
 */
import type { Instruction } from '../parse/ast';
import type { DockerfileModel } from '../model/model';
import { memoized } from './memo';
import type { RuleContext } from './types';

export interface NamedInstructions {
  /** The instructions, in document order. */
  readonly list: readonly Instruction[];
  /** Per entry of `list`, the index of its stage in `model.stages`; -1 before the first FROM. */
  readonly stages: readonly number[];
  /** Position in `list` of the first entry inside a stage (`list.length` when none is). */
  readonly first: number;
}

interface Building {
  readonly list: Instruction[];
  readonly stages: number[];
  first: number;
}

interface NameIndex {
  /** Own name → instructions. */
  readonly own: ReadonlyMap<string, NamedInstructions>;
  /** Trigger name → the ONBUILD instructions holding such a trigger. */
  readonly triggers: ReadonlyMap<string, NamedInstructions>;
  /** Own names of the instructions that hold a trigger (`onbuild`, unless the parser gives one to another). */
  readonly holders: ReadonlySet<string>;
  /** The instructions with at least one flag. */
  readonly flagged: NamedInstructions;
  /** The own names that occur, in order of first occurrence. */
  readonly names: readonly string[];
  /** Selections of several names, or with triggers, made on first request: key → answer. */
  readonly made: Map<string, NamedInstructions>;
}

/**
 * The shared empty answer. Not frozen: V8 keeps frozen arrays in a slower elements kind, and the type already keeps
 * rules from changing it.
 */
const NONE: NamedInstructions = { list: [], stages: [], first: 0 };

function building(): Building {
  return { list: [], stages: [], first: 0 };
}

function add(map: Map<string, Building>, name: string, ins: Instruction, stage: number): void {
  let b = map.get(name);
  if (b === undefined) {
    b = building();
    map.set(name, b);
  }
  b.list.push(ins);
  b.stages.push(stage);
  if (stage < 0) b.first++;
}

function makeIndex(model: DockerfileModel): NameIndex {
  const own = new Map<string, Building>();
  const triggers = new Map<string, Building>();
  const holders = new Set<string>();
  const flagged = building();
  const names: string[] = [];
  const instructions = model.parse.instructions;
  const stageList = model.stages;
  // The stages cut `parse.instructions` into consecutive runs, each starting at its FROM: the stage changes where
  // the next stage's FROM comes.
  let stage = -1;
  let nextFrom = stageList.length > 0 ? stageList[0]!.from : undefined;
  for (let i = 0; i < instructions.length; i++) {
    const ins = instructions[i]!;
    if (ins === nextFrom) {
      stage++;
      nextFrom = stage + 1 < stageList.length ? stageList[stage + 1]!.from : undefined;
    }
    const name = ins.name;
    if (!own.has(name)) names.push(name);
    add(own, name, ins, stage);
    const trigger = ins.onbuild;
    if (trigger !== undefined) {
      add(triggers, trigger.name, ins, stage);
      holders.add(name);
    }
    if (ins.flags.length > 0) {
      flagged.list.push(ins);
      flagged.stages.push(stage);
      if (stage < 0) flagged.first++;
    }
  }
  return { own, triggers, holders, flagged, names, made: new Map() };
}

function indexOf(ctx: RuleContext): NameIndex {
  return memoized(ctx, 'namedInstructions', () => makeIndex(ctx.model));
}

/** The lists merged into one, in document order (each instruction is in at most one of them). */
function merge(parts: readonly NamedInstructions[]): NamedInstructions {
  let nonEmpty: NamedInstructions[] | undefined;
  for (let k = 0; k < parts.length; k++) if (parts[k]!.list.length > 0) (nonEmpty ??= []).push(parts[k]!);
  if (nonEmpty === undefined) return NONE;
  if (nonEmpty.length === 1) return nonEmpty[0]!;
  // A k-way merge by start offset (instructions do not overlap): linear, no comparator calls of a sort.
  const out = building();
  const at = new Array<number>(nonEmpty.length).fill(0);
  for (;;) {
    let best = -1;
    let bestStart = 0;
    for (let k = 0; k < nonEmpty.length; k++) {
      const p = nonEmpty[k]!;
      const i = at[k]!;
      if (i >= p.list.length) continue;
      const start = p.list[i]!.range.start;
      if (best < 0 || start < bestStart) {
        best = k;
        bestStart = start;
      }
    }
    if (best < 0) break;
    const p = nonEmpty[best]!;
    const i = at[best]!;
    at[best] = i + 1;
    const stage = p.stages[i]!;
    out.list.push(p.list[i]!);
    out.stages.push(stage);
    if (stage < 0) out.first++;
  }
  return out;
}

/** The entries of `named` that hold no trigger. */
function withoutHolders(named: NamedInstructions): NamedInstructions {
  const out = building();
  for (let i = 0; i < named.list.length; i++) {
    const ins = named.list[i]!;
    if (ins.onbuild !== undefined) continue;
    const stage = named.stages[i]!;
    out.list.push(ins);
    out.stages.push(stage);
    if (stage < 0) out.first++;
  }
  return out;
}

/** The selection of `index` for one name (see the exported functions). */
function selectOne(index: NameIndex, mode: 'own' | 'trigger' | 'either', name: string): NamedInstructions {
  if (mode === 'own') return index.own.get(name) ?? NONE;
  if (mode === 'trigger') return index.triggers.get(name) ?? NONE;
  const own = index.own.get(name) ?? NONE;
  const triggered = index.triggers.get(name);
  // Most files have no ONBUILD: the own list is then the answer.
  if (triggered === undefined && !index.holders.has(name)) return own;
  return merge([index.holders.has(name) ? withoutHolders(own) : own, triggered ?? NONE]);
}

function select(ctx: RuleContext, mode: 'own' | 'trigger' | 'either', names: readonly string[]): NamedInstructions {
  const index = indexOf(ctx);
  if (mode === 'own' && names.length === 1) return index.own.get(names[0]!) ?? NONE;
  const key = mode + ':' + names.join(',');
  let hit = index.made.get(key);
  if (hit === undefined) {
    if (names.length === 1) hit = selectOne(index, mode, names[0]!);
    else {
      const parts: NamedInstructions[] = [];
      for (let k = 0; k < names.length; k++) parts.push(selectOne(index, mode, names[k]!));
      hit = merge(parts);
    }
    index.made.set(key, hit);
  }
  return hit;
}

/**
 * The top-level instructions named one of `names` (lower case, distinct), in document order: what a walk of the
 * instructions testing `ins.name` finds. An ONBUILD instruction counts by its own name, `onbuild`.
 */
export function instructionsNamed(ctx: RuleContext, ...names: string[]): NamedInstructions {
  return select(ctx, 'own', names);
}

/** The ONBUILD instructions whose trigger is named one of `names` (lower case, distinct), in document order. */
export function triggersNamed(ctx: RuleContext, ...names: string[]): NamedInstructions {
  return select(ctx, 'trigger', names);
}

/**
 * The top-level instructions whose `(ins.onbuild ?? ins).name` is one of `names` (lower case, distinct), in
 * document order: `RUN` and `ONBUILD RUN` for `run`. The entry of `ONBUILD RUN` is the ONBUILD instruction.
 */
export function instructionsOrTriggersNamed(ctx: RuleContext, ...names: string[]): NamedInstructions {
  return select(ctx, 'either', names);
}

/** The top-level instructions with at least one flag (`--name`), in document order; ONBUILD triggers' flags do not count. */
export function instructionsWithFlags(ctx: RuleContext): NamedInstructions {
  return indexOf(ctx).flagged;
}

/** The names of the file's top-level instructions, each once, in order of first occurrence. */
export function instructionNames(ctx: RuleContext): readonly string[] {
  return indexOf(ctx).names;
}

/**
 * The position in `named.list` of its first entry in stage `stage` or a later one (`named.list.length` when there is
 * none): the stage numbers ascend along the list.
 */
export function firstInStage(named: NamedInstructions, stage: number): number {
  const stages = named.stages;
  let lo = named.first;
  let hi = stages.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (stages[mid]! < stage) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
