/**
 * The instructions of a file by name, made in one walk per lint call (in its memo) and shared by the rules: a
 * rule that looks at one kind of instruction walks that kind only, not every instruction of the file (which on a
 * large file meant one pass over the whole parse per rule, and one iteration per instruction and rule in the
 * server's baseline-only JIT). Lists are in document order and shared: do not change them.
 */
import type { Instruction } from '../parse/ast';
import type { Stage } from '../model/model';
import { memoOf } from './memo';
import type { RuleContext } from './types';

interface InstructionIndex {
  /** Top-level instruction name → the instructions with that name. */
  readonly byName: ReadonlyMap<string, readonly Instruction[]>;
  /** The same by the name of `ins.onbuild ?? ins` (an ONBUILD counts as its trigger); `byName` when no ONBUILD has one. */
  readonly byInner: ReadonlyMap<string, readonly Instruction[]>;
  /** The instructions with at least one flag. */
  readonly withFlags: readonly Instruction[];
}

const NONE: readonly Instruction[] = Object.freeze([]);

function add(map: Map<string, Instruction[]>, name: string, ins: Instruction): void {
  const list = map.get(name);
  if (list === undefined) map.set(name, [ins]);
  else list.push(ins);
}

function makeIndex(instructions: readonly Instruction[]): InstructionIndex {
  const byName = new Map<string, Instruction[]>();
  let byInner: Map<string, Instruction[]> | undefined;
  let withFlags: Instruction[] | undefined;
  for (let i = 0; i < instructions.length; i++) {
    const ins = instructions[i]!;
    add(byName, ins.name, ins);
    if (ins.flags.length > 0) (withFlags ??= []).push(ins);
    if (ins.onbuild !== undefined && byInner === undefined) {
      // The first ONBUILD with a trigger: the instructions before it are their own inner instruction.
      byInner = new Map();
      for (let k = 0; k < i; k++) add(byInner, instructions[k]!.name, instructions[k]!);
    }
    if (byInner !== undefined) add(byInner, (ins.onbuild ?? ins).name, ins);
  }
  return { byName, byInner: byInner ?? byName, withFlags: withFlags ?? NONE };
}

function indexOf(ctx: RuleContext): InstructionIndex {
  const memo = memoOf(ctx);
  if (memo === undefined) return makeIndex(ctx.model.parse.instructions);
  let index = memo.get('instructionIndex') as InstructionIndex | undefined;
  if (index === undefined) {
    index = makeIndex(ctx.model.parse.instructions);
    memo.set('instructionIndex', index);
  }
  return index;
}

/** The top-level instructions named `name` (`ins.name`; an ONBUILD is `onbuild`), in document order. */
export function instructionsNamed(ctx: RuleContext, name: string): readonly Instruction[] {
  return indexOf(ctx).byName.get(name) ?? NONE;
}

/** The top-level instructions whose `ins.onbuild ?? ins` is named `name`, in document order. */
export function instructionsActing(ctx: RuleContext, name: string): readonly Instruction[] {
  return indexOf(ctx).byInner.get(name) ?? NONE;
}

/**
 * The top-level instructions whose `ins.onbuild ?? ins` is named `a` or `b`, in document order (the two lists
 * merged by their start offsets).
 */
export function instructionsActingAny(ctx: RuleContext, a: string, b: string): readonly Instruction[] {
  return merged(indexOf(ctx).byInner, a, b);
}

/** The lists of `a` and `b` in one list in document order. */
function merged(index: ReadonlyMap<string, readonly Instruction[]>, a: string, b: string): readonly Instruction[] {
  const x = index.get(a);
  const y = index.get(b);
  if (x === undefined) return y ?? NONE;
  if (y === undefined) return x;
  const out: Instruction[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) out.push(x[i]!.range.start < y[j]!.range.start ? x[i++]! : y[j++]!);
  while (i < x.length) out.push(x[i++]!);
  while (j < y.length) out.push(y[j++]!);
  return out;
}

/** The top-level instructions with at least one flag, in document order. */
export function instructionsWithFlags(ctx: RuleContext): readonly Instruction[] {
  return indexOf(ctx).withFlags;
}

/**
 * A list of this index without the preamble (the instructions before the first FROM, which belong to no stage):
 * what a walk of every stage's instructions finds, in the same order (stages are consecutive runs of the file's
 * instructions from their FROM on).
 */
function inStages(ctx: RuleContext, list: readonly Instruction[]): readonly Instruction[] {
  const model = ctx.model;
  if (model.preamble.length === 0 || list.length === 0) return list;
  const first = model.stages[0];
  if (first === undefined) return NONE;
  const start = first.from.range.start;
  let k = 0;
  while (k < list.length && list[k]!.range.start < start) k++;
  return k === 0 ? list : list.slice(k);
}

/** `instructionsNamed` in the stages only: every stage's instructions named `name`, stage by stage. */
export function stageInstructionsNamed(ctx: RuleContext, name: string): readonly Instruction[] {
  return inStages(ctx, instructionsNamed(ctx, name));
}

/** Every stage's top-level instructions named `a` or `b` (`ins.name`), stage by stage, in document order. */
export function stageInstructionsNamedAny(ctx: RuleContext, a: string, b: string): readonly Instruction[] {
  return inStages(ctx, merged(indexOf(ctx).byName, a, b));
}

/** The first position in `list` (document order) of an instruction starting at or after `offset`. */
function firstAtOrAfter(list: readonly Instruction[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.range.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A stage's top-level instructions named `name`, in order (what a walk of `stage.instructions` finds). */
export function stageInstructionsOf(ctx: RuleContext, stage: Stage, name: string): readonly Instruction[] {
  const list = indexOf(ctx).byName.get(name);
  if (list === undefined) return NONE;
  const next = ctx.model.stages[stage.index + 1];
  const lo = firstAtOrAfter(list, stage.from.range.start);
  const hi = next === undefined ? list.length : firstAtOrAfter(list, next.from.range.start);
  return lo >= hi ? NONE : lo === 0 && hi === list.length ? list : list.slice(lo, hi);
}
