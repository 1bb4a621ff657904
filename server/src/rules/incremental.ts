/**
 * What an edit changed, for the rules that are local to instructions (`Rule.scope`): which instructions of the new
 * version are new or changed, and where each unchanged instruction of the old version went. The lint worker lints
 * every version of a large document; after an edit, these rules run on the changed instructions only (a view of
 * the model that holds just those), and their findings on the other instructions are kept, moved with their
 * instruction (rules/lint.ts, `lintRemembering`).
 *
 * An instruction is unchanged when its text and the character after it lie in the part before the first changed
 * character, or when it and the character before it lie in the part after the last one and the new version has an
 * instruction with the same name that starts and ends at the same places moved by the change in length. Either way
 * the parser read the same lines from the start of an instruction, so it made the same instruction.
 */
import type { Finding } from './lint';
import type { Fix } from './types';
import type { Instruction, ParseResult, Range } from '../parse/ast';
import type { DockerfileModel, Stage } from '../model/model';
import { commonPrefixLength } from '../parse/incremental';

/** The instructions of an edit's two versions, paired. */
export interface InstructionDiff {
  /** Per instruction of the old version: the position of the same instruction in the new one, or -1. */
  readonly oldToNew: Int32Array;
  /** The instructions of the new version that have no unchanged counterpart, in order. */
  readonly changed: readonly Instruction[];
  /** Per instruction of the new version: 1 when it is one of `changed`. */
  readonly isChanged: Uint8Array;
  /**
   * Per instruction of the old version: 1 when it is unchanged and every position in it keeps its line and character
   * (it lies before the change, or after it on a line of its own and no line was added or removed).
   */
  readonly samePlace: Uint8Array;
}

/**
 * Length of the common suffix of two strings, at most `max`: a binary search on native string comparisons, as
 * `commonPrefixLength` (a charCodeAt loop over a 2 MB text costs tens of milliseconds without TurboFan).
 */
export function commonSuffixLength(a: string, b: string, max: number): number {
  let lo = 0;
  let hi = max;
  const al = a.length;
  const bl = b.length;
  // The suffix length lies in [lo, hi]: the last lo characters are known to be equal.
  while (lo < hi) {
    const mid = lo + ((hi - lo + 1) >> 1);
    if (a.slice(al - mid, al - lo) === b.slice(bl - mid, bl - lo)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameDirectives(a: ParseResult['directives'], b: ParseResult['directives']): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.name !== b[i]!.name || a[i]!.value !== b[i]!.value) return false;
  return true;
}

/**
 * A change that sets an instruction apart from its counterpart although its text is the same: whether it runs a
 * POSIX shell (a SHELL instruction above it changed), or the `# hadolint ignore=` ids that apply to it. Undefined:
 * nothing of the kind in either version (most files).
 */
export interface Surroundings {
  /** Per instruction (by position): 1 when it runs a POSIX shell. */
  readonly posix: Uint8Array;
  readonly ignored: (ins: Instruction) => ReadonlySet<string> | undefined;
}

function sameIds(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

function sameAround(k: number, o: Instruction, m: number, n: Instruction, oldAround: Surroundings | undefined, newAround: Surroundings | undefined): boolean {
  const posixOld = oldAround === undefined ? 1 : oldAround.posix[k];
  const posixNew = newAround === undefined ? 1 : newAround.posix[m];
  return posixOld === posixNew && sameIds(oldAround?.ignored(o), newAround?.ignored(n));
}

/**
 * Pairs the instructions of two versions of a document. Undefined when the escape character or the directives
 * changed (the whole file then reads differently: lint it whole).
 */
export function diffInstructions(previous: DockerfileModel, next: DockerfileModel, oldAround?: Surroundings, newAround?: Surroundings): InstructionDiff | undefined {
  const before = previous.parse;
  const after = next.parse;
  if (before.escapeToken !== after.escapeToken || !sameDirectives(before.directives, after.directives)) return undefined;
  const oldText = before.text;
  const newText = after.text;
  const olds = before.instructions;
  const news = after.instructions;
  const same = commonPrefixLength(oldText, newText);
  const shorter = oldText.length < newText.length ? oldText.length : newText.length;
  const tail = commonSuffixLength(oldText, newText, shorter - same);
  const delta = newText.length - oldText.length;

  // The prefix: the instructions that end, with the character after them, before the first change.
  let lo = 0;
  let hi = olds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (olds[mid]!.range.end < same) lo = mid + 1;
    else hi = mid;
  }
  const prefix = lo < news.length ? lo : news.length;
  if (prefix > 0) {
    const o = olds[prefix - 1]!.range;
    const n = news[prefix - 1]!.range;
    // Cannot differ (the same text read from the start); checked because a wrong pairing would keep wrong findings.
    if (o.start !== n.start || o.end !== n.end) return undefined;
  }
  // The suffix, walked from the end while both versions have the same instruction at the moved place.
  const suffixStart = oldText.length - tail;
  let i = olds.length - 1;
  let j = news.length - 1;
  while (i >= prefix && j >= prefix) {
    const o = olds[i]!;
    const n = news[j]!;
    if (o.range.start <= suffixStart || n.range.start !== o.range.start + delta || n.range.end !== o.range.end + delta || n.name !== o.name) break;
    // The comments directly above belong to the instruction (`Instruction.comments`); they may lie in the changed part.
    if (!sameStrings(o.comments, n.comments)) break;
    i--;
    j--;
  }
  const oldToNew = new Int32Array(olds.length).fill(-1);
  const matched = new Uint8Array(news.length);
  for (let k = 0; k < prefix; k++) {
    oldToNew[k] = k;
    matched[k] = 1;
  }
  for (let k = i + 1; k < olds.length; k++) {
    oldToNew[k] = k + (j - i);
    matched[k + (j - i)] = 1;
  }
  // Instructions before the first FROM are not in a stage, and rules that walk the stages never see them: one that
  // moves into a stage or out of one (a FROM added or removed above it) is changed for them.
  const oldPreamble = previous.preamble.length;
  const newPreamble = next.preamble.length;
  const around = oldAround !== undefined || newAround !== undefined;
  for (let k = 0; k < olds.length; k++) {
    const m = oldToNew[k]!;
    if (m < 0) continue;
    if (k < oldPreamble !== m < newPreamble || (around && !sameAround(k, olds[k]!, m, news[m]!, oldAround, newAround))) {
      oldToNew[k] = -1;
      matched[m] = 0;
    }
  }
  const samePlace = new Uint8Array(olds.length);
  for (let k = 0; k < prefix; k++) samePlace[k] = oldToNew[k]! >= 0 ? 1 : 0;
  if (before.lineStarts.length === after.lineStarts.length) {
    const starts = before.lineStarts;
    // After the change, an instruction whose first line starts in the unchanged end keeps its columns.
    for (let k = i + 1; k < olds.length; k++) if (oldToNew[k]! >= 0 && starts[olds[k]!.startLine]! >= suffixStart) samePlace[k] = 1;
  }
  const changed: Instruction[] = [];
  for (let m = 0; m < news.length; m++) {
    if (matched[m] === 0) changed.push(news[m]!);
    matched[m] = matched[m] === 0 ? 1 : 0;
  }
  return { oldToNew, changed, isChanged: matched, samePlace };
}

function moved(r: Range, by: number): Range {
  return { start: r.start + by, end: r.end + by };
}

/**
 * The position of the instruction that holds a range (ONBUILD triggers are part of theirs); -1 when none does.
 * `hint`: the answer for the range before, tried first (a rule reports in order, mostly).
 */
function holder(instructions: readonly Instruction[], range: Range, hint = -1): number {
  if (hint >= 0 && hint < instructions.length) {
    const here = instructions[hint]!.range;
    const next = instructions[hint + 1];
    if (here.start <= range.start && (next === undefined || next.range.start > range.start)) return range.end <= here.end ? hint : -1;
  }
  // The last instruction that starts at or before the range.
  let lo = 0;
  let hi = instructions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (instructions[mid]!.range.start <= range.start) lo = mid + 1;
    else hi = mid;
  }
  const k = lo - 1;
  return k >= 0 && range.end <= instructions[k]!.range.end ? k : -1;
}

/**
 * A finding of the old version on the instruction at position `k`, moved with it to the new version; its fix's edits
 * each moved with the instruction that holds it. Undefined when an edit lies outside every unchanged instruction.
 */
function movedFinding(finding: Finding, k: number, olds: readonly Instruction[], news: readonly Instruction[], diff: InstructionDiff): Finding | undefined {
  const by = news[diff.oldToNew[k]!]!.range.start - olds[k]!.range.start;
  const fix = finding.fix;
  let edits: Fix['edits'] | undefined;
  let samePlace = diff.samePlace[k] === 1;
  if (fix !== undefined) {
    let moves = false;
    const shifts: number[] = [];
    for (const e of fix.edits) {
      const at = holder(olds, e.range);
      const m = at < 0 ? -1 : diff.oldToNew[at]!;
      if (m < 0) return undefined;
      const shift = news[m]!.range.start - olds[at]!.range.start;
      shifts.push(shift);
      if (shift !== 0) moves = true;
      if (diff.samePlace[at] !== 1) samePlace = false;
    }
    if (moves) edits = fix.edits.map((e, i) => ({ range: moved(e.range, shifts[i]!), newText: e.newText }));
  }
  // The same object only when nothing of it moved: the lint worker keys the diagnostics' JSON by finding.
  if (by === 0 && edits === undefined && samePlace) return finding;
  const { rule, code, severity, hint, params, variant, template } = finding;
  const out: Finding = { rule, code, severity, hint, range: moved(finding.range, by), params, variant, fix: edits === undefined ? fix : { title: fix!.title, edits }, template };
  if (samePlace) movedFrom.set(out, finding);
  return out;
}

/** A kept finding moved by an edit that left its lines and characters as they were → the finding it was made from. */
const movedFrom = new WeakMap<Finding, Finding>();

/**
 * The finding of an earlier version this one was moved from, when the move kept every line and character of it
 * (its diagnostic is then the same, offsets aside): the lint worker reuses that diagnostic's JSON.
 */
export function movedFromFinding(f: Finding): Finding | undefined {
  return movedFrom.get(f);
}

/**
 * The findings of an instruction-local rule on the old version that stay: those on unchanged instructions, moved
 * with them. Undefined when a finding lies outside every instruction (the rule is not local after all: lint it whole).
 */
export function keptFindings(findings: readonly Finding[], before: ParseResult, after: ParseResult, diff: InstructionDiff): Finding[] | undefined {
  const olds = before.instructions;
  const news = after.instructions;
  const out: Finding[] = [];
  let k = -1;
  for (let f = 0; f < findings.length; f++) {
    k = holder(olds, findings[f]!.range, k);
    if (k < 0) return undefined;
    if (diff.oldToNew[k]! < 0) continue;
    const kept = movedFinding(findings[f]!, k, olds, news, diff);
    if (kept === undefined) return undefined;
    out.push(kept);
  }
  return out;
}

/**
 * Of the findings an instruction-local rule reported on the view, those on changed instructions. A rule may report on
 * an unchanged instruction the view still reaches (a stage's FROM, read from the stage): its finding there is kept from
 * before. Undefined when a finding lies outside every instruction.
 */
export function freshFindings(findings: readonly Finding[], after: ParseResult, diff: InstructionDiff): Finding[] | undefined {
  const out: Finding[] = [];
  let m = -1;
  for (let f = 0; f < findings.length; f++) {
    m = holder(after.instructions, findings[f]!.range, m);
    if (m < 0) return undefined;
    if (diff.isChanged[m] === 1) out.push(findings[f]!);
  }
  return out;
}

/**
 * The model as instruction-local rules see it on a changed version: only the given instructions, in the stages
 * that hold them (the stages' other fields as they are). Everything else, methods included, is the model's.
 */
export function modelView(model: DockerfileModel, instructions: readonly Instruction[]): DockerfileModel {
  const byStage = new Map<Stage, Instruction[]>();
  const preamble: Instruction[] = [];
  for (const ins of instructions) {
    const stage = model.stageOf(ins);
    if (stage === undefined) {
      preamble.push(ins);
      continue;
    }
    const list = byStage.get(stage);
    if (list === undefined) byStage.set(stage, [ins]);
    else list.push(ins);
  }
  const stages: Stage[] = [];
  for (const [stage, list] of byStage) stages.push({ ...stage, instructions: list });
  return view(model, stages, instructions, preamble);
}

/** A model with other `stages`, `parse.instructions` and `preamble`; every other field and method is the model's. */
function view(model: DockerfileModel, stages: readonly Stage[], instructions: readonly Instruction[], preamble: readonly Instruction[]): DockerfileModel {
  const parse: ParseResult = { ...model.parse, instructions };
  const bound = new Map<PropertyKey, unknown>();
  return new Proxy(model, {
    get(target, prop): unknown {
      if (prop === 'stages') return stages;
      if (prop === 'parse') return parse;
      if (prop === 'preamble') return preamble;
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      let fn = bound.get(prop);
      if (fn === undefined) {
        fn = (value as (...args: unknown[]) => unknown).bind(target);
        bound.set(prop, fn);
      }
      return fn;
    },
  });
}

/** The stages of an edit's two versions, for the rules local to stages. */
export interface StageDiff {
  /** Per stage: 1 when it changed or is built FROM one that did (its findings are made again). */
  readonly dirty: Uint8Array;
  /** Per stage: 1 when the view keeps its instructions (the dirty stages and the stages they are built FROM). */
  readonly read: Uint8Array;
  /** Position of each stage's FROM in the instructions, old and new version. */
  readonly oldStarts: Int32Array;
  readonly newStarts: Int32Array;
  readonly oldPreamble: number;
}

function sameTokenValue(a: { readonly value: string } | undefined, b: { readonly value: string } | undefined): boolean {
  return a === undefined ? b === undefined : b !== undefined && a.value === b.value;
}

function stageStarts(model: DockerfileModel): Int32Array {
  const starts = new Int32Array(model.stages.length);
  let at = model.preamble.length;
  for (let i = 0; i < model.stages.length; i++) {
    starts[i] = at;
    at += model.stages[i]!.instructions.length;
  }
  return starts;
}

/**
 * Pairs the stages of two versions (by index). Undefined when what every stage may depend on changed (the number
 * of stages, a stage's name or base, the instructions before the first FROM, the target, the final chain, a stage
 * reference): then the rules local to stages lint the whole file.
 */
export function diffStages(previous: DockerfileModel, next: DockerfileModel, diff: InstructionDiff): StageDiff | undefined {
  const olds = previous.stages;
  const news = next.stages;
  const count = news.length;
  if (olds.length !== count || previous.target !== next.target || previous.finalChain.size !== next.finalChain.size) return undefined;
  for (const s of previous.finalChain) if (!next.finalChain.has(s)) return undefined;
  const oldPreamble = previous.preamble.length;
  if (next.preamble.length !== oldPreamble) return undefined;
  for (let k = 0; k < oldPreamble; k++) if (diff.oldToNew[k] !== k) return undefined;
  for (let i = 0; i < count; i++) {
    const o = olds[i]!;
    const n = news[i]!;
    if (!sameTokenValue(o.name, n.name) || !sameTokenValue(o.base, n.base) || o.baseStage !== n.baseStage || o.resolvedBase !== n.resolvedBase) return undefined;
  }
  const oldRefs = previous.stageRefs;
  const newRefs = next.stageRefs;
  if (oldRefs.length !== newRefs.length) return undefined;
  for (let i = 0; i < oldRefs.length; i++) {
    const o = oldRefs[i]!;
    const n = newRefs[i]!;
    if (o.kind !== n.kind || o.fromStage !== n.fromStage || o.stage !== n.stage || o.token.value !== n.token.value) return undefined;
  }
  const oldStarts = stageStarts(previous);
  const newStarts = stageStarts(next);
  const deps = dependencies(next);
  const dirty = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const length = news[i]!.instructions.length;
    let changed = olds[i]!.instructions.length !== length;
    for (let k = 0; !changed && k < length; k++) {
      if (diff.oldToNew[oldStarts[i]! + k] !== newStarts[i]! + k) changed = true;
    }
    const on = deps[i];
    if (on !== undefined) for (let d = 0; !changed && d < on.length; d++) if (dirty[on[d]!] === 1) changed = true;
    dirty[i] = changed ? 1 : 0;
  }
  // What the dirty stages read: themselves and the stages they depend on, transitively.
  const read = new Uint8Array(count);
  const stack: number[] = [];
  for (let i = 0; i < count; i++) if (dirty[i] === 1) stack.push(i);
  while (stack.length > 0) {
    const i = stack.pop()!;
    if (read[i] === 1) continue;
    read[i] = 1;
    const on = deps[i];
    if (on !== undefined) for (const d of on) if (read[d] === 0) stack.push(d);
  }
  return { dirty, read, oldStarts, newStarts, oldPreamble };
}

/**
 * Per stage, the earlier stages whose instructions it may read: the stage it is built FROM (as resolved, and any
 * earlier stage named as its base is written: the model takes ENV from that one), and those its `COPY --from` and
 * `RUN --mount from=` name. Undefined for a stage with none.
 */
function dependencies(model: DockerfileModel): (number[] | undefined)[] {
  const stages = model.stages;
  const deps: (number[] | undefined)[] = new Array<number[] | undefined>(stages.length);
  const add = (i: number, on: number | undefined): void => {
    if (on === undefined || on < 0 || on >= i) return;
    const list = deps[i];
    if (list === undefined) deps[i] = [on];
    else if (!list.includes(on)) list.push(on);
  };
  const byName = new Map<string, number[]>();
  for (let i = 0; i < stages.length; i++) {
    const stage = stages[i]!;
    add(i, stage.baseStage);
    const base = stage.base;
    if (base !== undefined && byName.size > 0) for (const j of byName.get(base.value.toLowerCase()) ?? []) add(i, j);
    const name = stage.name?.value.toLowerCase();
    if (name !== undefined) {
      const list = byName.get(name);
      if (list === undefined) byName.set(name, [i]);
      else list.push(i);
    }
  }
  for (const ref of model.stageRefs) if (ref.fromStage >= 0) add(ref.fromStage, ref.stage);
  return deps;
}

/** The stage of the instruction at a position (the last stage that starts at or before it); -1 before the first FROM. */
function stageAt(starts: Int32Array, position: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= position) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The model as stage-local rules see it on a changed version: every stage, the unread ones without instructions. */
export function stageView(model: DockerfileModel, stages: StageDiff): DockerfileModel {
  const all = model.stages;
  const instructions: Instruction[] = model.preamble.slice();
  const viewed: Stage[] = [];
  for (let i = 0; i < all.length; i++) {
    const stage = all[i]!;
    if (stages.read[i] === 1) {
      viewed.push(stage);
      for (const ins of stage.instructions) instructions.push(ins);
    } else viewed.push({ ...stage, instructions: [] });
  }
  return view(model, viewed, instructions, model.preamble);
}

/**
 * The findings of a stage-local rule on the old version that stay (those on stages that are not dirty and before the
 * first FROM, moved with their instruction), and undefined when one lies outside every instruction.
 */
export function keptStageFindings(findings: readonly Finding[], before: ParseResult, after: ParseResult, diff: InstructionDiff, stages: StageDiff): Finding[] | undefined {
  const olds = before.instructions;
  const news = after.instructions;
  const out: Finding[] = [];
  let k = -1;
  for (let f = 0; f < findings.length; f++) {
    const finding = findings[f]!;
    k = holder(olds, finding.range, k);
    if (k < 0) return undefined;
    // Before the first FROM nothing changed (diffStages): such a finding stays, as do those of clean stages.
    if (k >= stages.oldPreamble && stages.dirty[stageAt(stages.oldStarts, k)] === 1) continue;
    if (diff.oldToNew[k]! < 0) return undefined;
    const kept = movedFinding(finding, k, olds, news, diff);
    if (kept === undefined) return undefined;
    out.push(kept);
  }
  return out;
}

/** Of the findings a stage-local rule reported on the view, those on dirty stages; undefined when one lies outside every instruction. */
export function freshStageFindings(findings: readonly Finding[], after: ParseResult, stages: StageDiff): Finding[] | undefined {
  const out: Finding[] = [];
  const preamble = stages.newStarts.length > 0 ? stages.newStarts[0]! : after.instructions.length;
  let m = -1;
  for (let f = 0; f < findings.length; f++) {
    m = holder(after.instructions, findings[f]!.range, m);
    if (m < 0) return undefined;
    if (m >= preamble && stages.dirty[stageAt(stages.newStarts, m)] === 1) out.push(findings[f]!);
  }
  return out;
}
