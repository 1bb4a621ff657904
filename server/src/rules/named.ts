/**
 * The instructions of a file by lower-case name, made in one walk per lint call and shared by all its rules through
 * the lint memo. A rule that looks at a few kinds of instruction reads their lists instead of walking every
 * instruction itself: without TurboFan (as the server runs) a for…of walk with a name test over the 11,000
 * instructions of a 2 MB file costs 0.3 to 0.6 ms, and some forty rules each made one. A small file pays the making
 * of the index (a few microseconds), so it is kept lean: one map of lists by name, made in one loop; selections of
 * several names, or by ONBUILD trigger, are made when a rule first asks.
 *
 * What a list holds, and how it answers the two walks rules made before:
 * - Top-level instructions (`model.parse.instructions`), each once, in document order.
 * - Those before the first FROM come first: `first` is the position of the first one inside a stage. A walk from
 *   `first` sees what a walk of every stage's instructions (`model.stages[i].instructions`) saw; a walk from 0 what
 *   a walk of `model.parse.instructions` saw.
 * - `stages[i]` is the index in `model.stages` of the stage of `list[i]`, -1 before the first FROM. Entries of
 *   one stage are consecutive: a rule with state per stage starts it again where the index changes.
 * - Names are lower case; several names are given as one array (distinct names, best a module constant). A list of
 *   one name is the same object for every rule of the lint call; one of several names is made for each question.
 * - ONBUILD: `instructionsNamed` lists an ONBUILD instruction by its own name (`onbuild`) only; `triggersNamed`
 *   by its trigger's name only; `instructionsOrTriggersNamed` by `(ins.onbuild ?? ins).name`, the test of rules
 *   that treat `ONBUILD RUN` as a RUN. In every list the entry is the top-level instruction (findings go on the
 *   ONBUILD line); the trigger is its `onbuild`.
 */
import type { Instruction } from '../parse/ast';
import type { DockerfileModel } from '../model/model';
import { memoOf } from './memo';
import type { RuleContext } from './types';

export interface NamedInstructions {
  /** The instructions, in document order. */
  readonly list: readonly Instruction[];
  /** Per entry of `list`, the index of its stage in `model.stages`; -1 before the first FROM. */
  readonly stages: readonly number[];
  /**
   * Per entry of `list`, its position in `model.parse.instructions`: two entries are next to each other in the file
   * when their positions are (a RUN right after a RUN).
   */
  readonly positions: readonly number[];
  /** Position in `list` of the first entry inside a stage (`list.length` when none is). */
  readonly first: number;
}

interface Building {
  readonly list: Instruction[];
  readonly stages: number[];
  readonly positions: number[];
  first: number;
}

interface NameIndex {
  readonly model: DockerfileModel;
  /** Own name → instructions. */
  readonly own: ReadonlyMap<string, NamedInstructions>;
  /** The own names that occur, in order of first occurrence. */
  readonly names: readonly string[];
  /** The instructions with at least one flag. */
  readonly flagged: NamedInstructions;
  /** Whether an instruction holds a trigger (an ONBUILD with its instruction): few files have one. */
  readonly hasTriggers: boolean;
  /**
   * Selections by trigger name and by either name (`mode - 1`) in a file with a trigger, made on first request, by
   * the names (an array by its identity).
   */
  made: [Map<Names, NamedInstructions>, Map<Names, NamedInstructions>] | undefined;
}

/** One name, or several (distinct; best a module constant). */
export type Names = string | readonly string[];

/** How a name selects: by the instruction's own name, its trigger's, or `(ins.onbuild ?? ins).name`. */
const OWN = 0;
const TRIGGER = 1;
const EITHER = 2;
type Mode = typeof OWN | typeof TRIGGER | typeof EITHER;

/** The shared empty answer. Not frozen, like the other shared empty lists of the rules; the type keeps it read-only. */
const NONE: NamedInstructions = { list: [], stages: [], positions: [], first: 0 };

function push(b: Building, ins: Instruction, stage: number, position: number): void {
  b.list.push(ins);
  b.stages.push(stage);
  b.positions.push(position);
  if (stage < 0) b.first++;
}

function makeIndex(model: DockerfileModel): NameIndex {
  const own = new Map<string, Building>();
  const names: string[] = [];
  let flagged: Building | undefined;
  let hasTriggers = false;
  const instructions = model.parse.instructions;
  const stageList = model.stages;
  // The stages cut `parse.instructions` into consecutive runs, each starting at its FROM: the stage changes where
  // the next stage's FROM comes.
  let stage = -1;
  let nextFrom = stageList.length > 0 ? stageList[0]!.from : undefined;
  // Instructions of one name often follow each other (RUN after RUN): the last list is tried before the map.
  let lastName = '';
  let last: Building | undefined;
  // The pushes are written out, not a call: this loop is most of the index's cost on a small file.
  for (let i = 0; i < instructions.length; i++) {
    const ins = instructions[i]!;
    if (ins === nextFrom) {
      stage++;
      nextFrom = stage + 1 < stageList.length ? stageList[stage + 1]!.from : undefined;
    }
    const name = ins.name;
    let b = name === lastName ? last : own.get(name);
    if (b === undefined) {
      b = { list: [], stages: [], positions: [], first: 0 };
      own.set(name, b);
      names.push(name);
    }
    lastName = name;
    last = b;
    b.list.push(ins);
    b.stages.push(stage);
    b.positions.push(i);
    if (stage < 0) b.first++;
    if (ins.onbuild !== undefined) hasTriggers = true;
    if (ins.flags.length > 0) push((flagged ??= { list: [], stages: [], positions: [], first: 0 }), ins, stage, i);
  }
  return { model, own, names, flagged: flagged ?? NONE, hasTriggers, made: undefined };
}

const KEY = 'namedInstructions';

/**
 * The index of a context made outside a lint call (tests), kept with the context: its model does not change, and
 * `runsOf` asks once per stage.
 */
const withoutMemo = new WeakMap<RuleContext, NameIndex>();

/** The index of the lint call `ctx` belongs to, made on the first question. */
function indexOf(ctx: RuleContext): NameIndex {
  // The memo by hand, not `memoized`: no closure per question (rules ask once or twice each, on every file).
  const memo = memoOf(ctx);
  if (memo === undefined) {
    let own = withoutMemo.get(ctx);
    if (own === undefined) {
      own = makeIndex(ctx.model);
      withoutMemo.set(ctx, own);
    }
    return own;
  }
  let index = memo.get(KEY) as NameIndex | undefined;
  if (index === undefined) {
    index = makeIndex(ctx.model);
    memo.set(KEY, index);
  }
  return index;
}

/** The top-level instructions that pass `test`, by one walk (stages counted as in `makeIndex`). */
function walk(model: DockerfileModel, test: (ins: Instruction) => boolean): NamedInstructions {
  const instructions = model.parse.instructions;
  const stageList = model.stages;
  let stage = -1;
  let nextFrom = stageList.length > 0 ? stageList[0]!.from : undefined;
  let out: Building | undefined;
  for (let i = 0; i < instructions.length; i++) {
    const ins = instructions[i]!;
    if (ins === nextFrom) {
      stage++;
      nextFrom = stage + 1 < stageList.length ? stageList[stage + 1]!.from : undefined;
    }
    if (test(ins)) push((out ??= { list: [], stages: [], positions: [], first: 0 }), ins, stage, i);
  }
  return out ?? NONE;
}

/**
 * Two lists merged in document order (no instruction is in both). The arrays are made at their size and filled by
 * index: a push is a call in the server's baseline code.
 */
function merge2(a: NamedInstructions, b: NamedInstructions): NamedInstructions {
  const al = a.list.length;
  const bl = b.list.length;
  const n = al + bl;
  const list = new Array<Instruction>(n);
  const stages = new Array<number>(n);
  const positions = new Array<number>(n);
  let i = 0;
  let j = 0;
  let k = 0;
  for (; i < al && j < bl; k++) {
    if (a.positions[i]! < b.positions[j]!) {
      list[k] = a.list[i]!;
      stages[k] = a.stages[i]!;
      positions[k] = a.positions[i++]!;
    } else {
      list[k] = b.list[j]!;
      stages[k] = b.stages[j]!;
      positions[k] = b.positions[j++]!;
    }
  }
  for (; i < al; i++, k++) {
    list[k] = a.list[i]!;
    stages[k] = a.stages[i]!;
    positions[k] = a.positions[i]!;
  }
  for (; j < bl; j++, k++) {
    list[k] = b.list[j]!;
    stages[k] = b.stages[j]!;
    positions[k] = b.positions[j]!;
  }
  // The entries before the first FROM come first in each list, and so in both.
  return { list, stages, positions, first: a.first + b.first };
}

/**
 * Several own names. Lists are merged two at a time while that copies fewer entries than the file has
 * instructions; otherwise one walk over the instructions picks them (a file where most instructions are of the
 * names asked).
 */
function ownOf(index: NameIndex, names: readonly string[]): NamedInstructions {
  let merged: NamedInstructions | undefined;
  let copied = 0;
  for (let k = 0; k < names.length; k++) {
    const b = index.own.get(names[k]!);
    if (b === undefined) continue;
    if (merged === undefined) {
      merged = b;
      continue;
    }
    copied += merged.list.length + b.list.length;
    if (copied > index.model.parse.instructions.length) return pick(index, names);
    merged = merge2(merged, b);
  }
  return merged ?? NONE;
}

/** The instructions named one of `names`, by one walk over the instructions. */
function pick(index: NameIndex, names: readonly string[]): NamedInstructions {
  const wanted = new Set(names);
  const instructions = index.model.parse.instructions;
  const stageList = index.model.stages;
  let stage = -1;
  let nextFrom = stageList.length > 0 ? stageList[0]!.from : undefined;
  const out: Building = { list: [], stages: [], positions: [], first: 0 };
  for (let i = 0; i < instructions.length; i++) {
    const ins = instructions[i]!;
    if (ins === nextFrom) {
      stage++;
      nextFrom = stage + 1 < stageList.length ? stageList[stage + 1]!.from : undefined;
    }
    if (wanted.has(ins.name)) push(out, ins, stage, i);
  }
  return out;
}

function select(index: NameIndex, mode: Mode, names: Names): NamedInstructions {
  // Without any trigger, selecting by trigger finds nothing, and by either name is by the own name.
  if (!index.hasTriggers || mode === OWN) {
    if (mode === TRIGGER) return NONE;
    // Each rule asks with its own array, once per lint: several own names are not kept.
    return typeof names === 'string' ? (index.own.get(names) ?? NONE) : ownOf(index, names);
  }
  const made = (index.made ??= [new Map<Names, NamedInstructions>(), new Map<Names, NamedInstructions>()])[mode - 1]!;
  let hit = made.get(names);
  if (hit === undefined) {
    // With triggers (few files): a walk with the plain test.
    const list: readonly string[] = typeof names === 'string' ? [names] : names;
    hit = mode === TRIGGER
      ? walk(index.model, (ins) => ins.onbuild !== undefined && list.includes(ins.onbuild.name))
      : walk(index.model, (ins) => list.includes((ins.onbuild ?? ins).name));
    made.set(names, hit);
  }
  return hit;
}

/**
 * The top-level instructions named `names` (one of them), in document order: what a walk of the instructions
 * testing `ins.name` finds. An ONBUILD instruction counts by its own name, `onbuild`.
 */
export function instructionsNamed(ctx: RuleContext, names: Names): NamedInstructions {
  const index = indexOf(ctx);
  if (typeof names === 'string') return index.own.get(names) ?? NONE;
  return select(index, OWN, names);
}

/** The ONBUILD instructions whose trigger is named `names` (one of them), in document order. */
export function triggersNamed(ctx: RuleContext, names: Names): NamedInstructions {
  return select(indexOf(ctx), TRIGGER, names);
}

/**
 * The top-level instructions whose `(ins.onbuild ?? ins).name` is `names` (one of them), in document order: `RUN`
 * and `ONBUILD RUN` for `run`. The entry of `ONBUILD RUN` is the ONBUILD instruction.
 */
export function instructionsOrTriggersNamed(ctx: RuleContext, names: Names): NamedInstructions {
  return select(indexOf(ctx), EITHER, names);
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
 * The position in `named.list` of its first entry in stage `stage` (an index in `model.stages`) or a later one
 * (`named.list.length` when there is none), by bisection: the stage numbers ascend along the list.
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
