/**
 * What an edit changed, for the rules with a scope (`Rule.scope`), and the views they run on. The lint worker lints
 * every version of a large document; after an edit, rules local to instructions run on the changed instructions only
 * (a view of the model that holds just those), rules local to stages on the changed stages and those that depend on
 * them (a view with every stage, the others without instructions), and rules of the outline not at all when no FROM,
 * stage reference or instruction before the first FROM changed. Their findings elsewhere are kept, moved with their
 * instruction (rules/lint.ts, `lintRemembering`).
 *
 * Pairing the instructions of the two versions: those whose lines, with the newline after them, lie before the first
 * changed character are the same objects' copies at the same places (the parser read the same text from the start).
 * After the change: where both versions have an instruction whose first line starts in the unchanged end, at the same
 * place moved by the change in length, with the same end, name and comments above, the parser began an instruction
 * afresh on that line in both and read the same text to the end, so it and every instruction after it are the same.
 * An instruction is also taken as changed when whether it runs a POSIX shell, the `# hadolint ignore=` ids that apply
 * to it, or whether it comes before the first FROM changed.
 */
import type { Finding } from './lint';
import type { Fix } from './types';
import type { Instruction, ParseResult, Range } from '../parse/ast';
import type { DockerfileModel, Stage } from '../model/model';
import { commonPrefixLength, commonSuffixLength, firstWhere, movedRange } from '../parse/incremental';

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
  /** The old instructions before `prefix` are the new ones at the same positions, not moved (`keptFindings`' fast path). */
  readonly prefix: number;
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
  /** The `# hadolint ignore=` ids that apply to an instruction; absent when the file has none. */
  readonly ignored?: ((ins: Instruction) => ReadonlySet<string> | undefined) | undefined;
}

function sameIds(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
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

  // The prefix: the instructions whose lines, the newline after the last included, lie before the first change (as
  // parse/incremental.ts keeps them; trailing lines of a continuation may lie past the instruction's range).
  const oldStarts = before.lineStarts;
  const newStarts = after.lineStarts;
  const prefix = Math.min(news.length, firstWhere(olds.length, (k) => {
    const next = oldStarts[olds[k]!.endLine + 1];
    return next === undefined || next > same;
  }));
  if (prefix > 0) {
    const o = olds[prefix - 1]!.range;
    const n = news[prefix - 1]!.range;
    // Cannot differ (the same text read from the start); checked because a wrong pairing would keep wrong findings.
    if (o.start !== n.start || o.end !== n.end) return undefined;
  }
  // The suffix. Where both versions have an instruction whose first line (leading continuation lines included) starts
  // in the unchanged end, at the same place moved by the change in length, with the same end, name and comments above,
  // the parser began an instruction afresh on that line in both and read the same text to the end: every instruction
  // from there on is the same in both. So only the first such pair is looked for.
  const suffixStart = oldText.length - tail;
  const lineStartOf = (starts: readonly number[], ins: Instruction): number => starts[ins.startLine]!;
  const first = firstWhere(olds.length, (k) => lineStartOf(oldStarts, olds[k]!) >= suffixStart);
  let i = olds.length;
  let j = news.length;
  for (let k = first > prefix ? first : prefix; k < olds.length && k < first + 4; k++) {
    const o = olds[k]!;
    const at = firstWhere(news.length, (m) => news[m]!.range.start >= o.range.start + delta);
    const n = news[at];
    if (n === undefined || at < prefix || n.range.start !== o.range.start + delta || n.range.end !== o.range.end + delta || n.name !== o.name) continue;
    if (lineStartOf(newStarts, n) !== lineStartOf(oldStarts, o) + delta) continue;
    // The comments directly above belong to the instruction (`Instruction.comments`); they may lie in the changed part.
    if (!sameStrings(o.comments, n.comments) || olds.length - k !== news.length - at) continue;
    i = k;
    j = at;
    break;
  }
  const oldToNew = new Int32Array(olds.length).fill(-1);
  const matched = new Uint8Array(news.length);
  for (let k = 0; k < prefix; k++) oldToNew[k] = k;
  matched.fill(1, 0, prefix);
  for (let k = i; k < olds.length; k++) oldToNew[k] = k + (j - i);
  matched.fill(1, j, news.length);
  // Instructions before the first FROM are not in a stage, and rules that walk the stages never see them: one that
  // moves into a stage or out of one (a FROM added or removed above it) is changed for them. So is one whose POSIX
  // shell or `# hadolint ignore=` changed.
  const oldPreamble = previous.preamble.length;
  const newPreamble = next.preamble.length;
  // (Pairs are in order: once both are past their version's first FROM, so are all the pairs after them.)
  for (let k = 0; k < olds.length; k++) {
    const m = oldToNew[k]!;
    if (m < 0) continue;
    if (k >= oldPreamble && m >= newPreamble) break;
    if (k < oldPreamble !== m < newPreamble) {
      oldToNew[k] = -1;
      matched[m] = 0;
    }
  }
  const oldPosix = oldAround?.posix;
  const newPosix = newAround?.posix;
  const ignored = oldAround?.ignored !== undefined || newAround?.ignored !== undefined;
  if (oldPosix !== undefined || newPosix !== undefined || ignored) {
    for (let k = 0; k < olds.length; k++) {
      const m = oldToNew[k]!;
      if (m < 0) continue;
      const differs = (oldPosix === undefined ? 1 : oldPosix[k]) !== (newPosix === undefined ? 1 : newPosix[m])
        || (ignored && !sameIds(oldAround?.ignored?.(olds[k]!), newAround?.ignored?.(news[m]!)));
      if (differs) {
        oldToNew[k] = -1;
        matched[m] = 0;
      }
    }
  }
  const samePlace = new Uint8Array(olds.length);
  for (let k = 0; k < prefix; k++) samePlace[k] = oldToNew[k]! >= 0 ? 1 : 0;
  if (before.lineStarts.length === after.lineStarts.length) {
    const starts = before.lineStarts;
    // After the change, an instruction whose first line starts in the unchanged end keeps its columns (and so do those
    // after it).
    const from = firstWhere(olds.length, (k) => k >= i && starts[olds[k]!.startLine]! >= suffixStart);
    for (let k = from; k < olds.length; k++) if (oldToNew[k]! >= 0) samePlace[k] = 1;
  }
  // `isChanged`: the complement of `matched`.
  const changed: Instruction[] = [];
  for (let m = 0; m < news.length; m++) {
    if (matched[m] === 0) {
      changed.push(news[m]!);
      matched[m] = 1;
    } else matched[m] = 0;
  }
  // The prefix as the fast path may take it: every instruction kept and in place.
  let inPlace = 0;
  while (inPlace < prefix && oldToNew[inPlace] === inPlace && samePlace[inPlace] === 1) inPlace++;
  return { oldToNew, changed, isChanged: matched, samePlace, prefix: inPlace };
}

/**
 * The position of the instruction that holds a range (ONBUILD triggers are part of theirs); -1 when none does.
 * `hint`: the answer for the range before (a rule reports in order, mostly): the search gallops on from there, so a
 * rule's findings, one after the other, cost a few steps each instead of a search of the whole file (the 2 MB file's
 * 9,000 findings, kept after an edit, had made this search a sixth of the lint). No closure per step: it runs without
 * the optimizing compiler.
 */
function holder(instructions: readonly Instruction[], range: Range, hint = -1): number {
  const n = instructions.length;
  const at = range.start;
  // The first instruction that starts after the range lies in (lo, hi]; lo, when not -1, starts at or before it.
  let lo = -1;
  let hi = n;
  if (hint >= 0 && hint < n && instructions[hint]!.range.start <= at) {
    lo = hint;
    let step = 1;
    while (lo + step < n && instructions[lo + step]!.range.start <= at) {
      lo += step;
      step *= 2;
    }
    hi = Math.min(n, lo + step);
  }
  let a = lo + 1;
  while (a < hi) {
    const mid = (a + hi) >> 1;
    if (instructions[mid]!.range.start > at) hi = mid;
    else a = mid + 1;
  }
  const k = a - 1;
  return k >= 0 && range.end <= instructions[k]!.range.end ? k : -1;
}

/** Whether every edit of a fix lies inside a range. */
function fixWithin(fix: Fix, range: Range): boolean {
  const edits = fix.edits;
  for (let i = 0; i < edits.length; i++) {
    const r = edits[i]!.range;
    if (r.start < range.start || r.end > range.end) return false;
  }
  return true;
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
  if (fix !== undefined && fixWithin(fix, olds[k]!.range)) {
    // Most fixes: edits inside the finding's own instruction, which move with it.
    if (by !== 0) edits = fix.edits.map((e) => ({ range: movedRange(e.range, by), newText: e.newText }));
  } else if (fix !== undefined) {
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
    if (moves) edits = fix.edits.map((e, i) => ({ range: movedRange(e.range, shifts[i]!), newText: e.newText }));
  }
  // The same object only when nothing of it moved: the lint worker keys the diagnostics' JSON by finding.
  if (by === 0 && edits === undefined && samePlace) return finding;
  const range = movedRange(finding.range, by);
  const movedFix = edits === undefined ? fix : { title: fix!.title, edits };
  const origin = samePlace ? finding.origin ?? finding : undefined;
  return { rule: finding.rule, code: finding.code, severity: finding.severity, hint: finding.hint, range, params: finding.params, variant: finding.variant, fix: movedFix, template: finding.template, origin };
}

/**
 * The findings of an instruction-local rule on the old version that stay: those on unchanged instructions, moved
 * with them. Undefined when a finding lies outside every instruction (the rule is not local after all: lint it whole).
 */
export function keptFindings(findings: readonly Finding[], before: ParseResult, after: ParseResult, diff: InstructionDiff): Finding[] | undefined {
  return kept(findings, before, after, diff, (k) => diff.oldToNew[k]! < 0);
}

/**
 * The findings of an outline rule on the old version, all moved with their instruction (sameOutline held); undefined when
 * one lies outside every instruction or on one that changed.
 */
export function keptOutlineFindings(findings: readonly Finding[], before: ParseResult, after: ParseResult, diff: InstructionDiff): Finding[] | undefined {
  return kept(findings, before, after, diff, () => false);
}

/**
 * The findings of the old version that stay, except those `dropped` says the partial run makes again (by the position
 * of their instruction), moved with their instruction. Undefined when one lies outside every instruction, or on an
 * instruction that is not dropped and has no counterpart.
 */
function kept(findings: readonly Finding[], before: ParseResult, after: ParseResult, diff: InstructionDiff, dropped: (k: number) => boolean): Finding[] | undefined {
  const olds = before.instructions;
  const news = after.instructions;
  const out: Finding[] = [];
  let k = -1;
  for (let f = 0; f < findings.length; f++) {
    const finding = findings[f]!;
    k = holder(olds, finding.range, k);
    if (k < 0) return undefined;
    if (dropped(k)) continue;
    // Most findings: on an instruction before the change, with no fix or one inside that instruction.
    if (k < diff.prefix && (finding.fix === undefined || fixWithin(finding.fix, olds[k]!.range))) {
      out.push(finding);
      continue;
    }
    if (diff.oldToNew[k]! < 0) return undefined;
    const moved = movedFinding(finding, k, olds, news, diff);
    if (moved === undefined) return undefined;
    out.push(moved);
  }
  return out;
}

/**
 * Of the findings an instruction-local rule reported on the view, those on changed instructions. A rule may report on
 * an unchanged instruction the view still reaches (a stage's FROM, read from the stage): its finding there is kept from
 * before. Undefined when a finding lies outside every instruction.
 */
export function freshFindings(findings: readonly Finding[], after: ParseResult, diff: InstructionDiff): Finding[] | undefined {
  return fresh(findings, after, (m) => diff.isChanged[m] === 1);
}

/** The findings a partial run reported on the instructions `made` says it makes again (by position); undefined when one lies outside every instruction. */
function fresh(findings: readonly Finding[], after: ParseResult, made: (m: number) => boolean): Finding[] | undefined {
  const out: Finding[] = [];
  let m = -1;
  for (let f = 0; f < findings.length; f++) {
    m = holder(after.instructions, findings[f]!.range, m);
    if (m < 0) return undefined;
    if (made(m)) out.push(findings[f]!);
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
  /** Per instruction of the old version: its stage (-1 before the first FROM). */
  readonly oldStageOf: Int32Array;
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
  // (The final chain is a few stages; every other walk here is an index loop.)
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
    if (on !== undefined) for (let d = 0; d < on.length; d++) if (read[on[d]!] === 0) stack.push(on[d]!);
  }
  const oldStageOf = new Int32Array(previous.parse.instructions.length).fill(-1);
  for (let i = 0; i < count; i++) oldStageOf.fill(i, oldStarts[i], oldStarts[i]! + olds[i]!.instructions.length);
  return { dirty, read, oldStarts, newStarts, oldPreamble, oldStageOf };
}

/**
 * Per stage, the earlier stages whose instructions it may read: the stage it is built FROM (as resolved, and any
 * earlier stage named as its base is written: the model takes ENV from that one), and those its `COPY --from` and
 * `RUN --mount from=` name. Undefined for a stage with none.
 */
function dependencies(model: DockerfileModel): (number[] | undefined)[] {
  const stages = model.stages;
  const deps = new Array<number[] | undefined>(stages.length);
  // (Index loops and no closure: this runs over every stage after each edit, without TurboFan.)
  let byName: Map<string, number[]> | undefined;
  for (let i = 0; i < stages.length; i++) {
    const stage = stages[i]!;
    if (stage.baseStage !== undefined) addDependency(deps, i, stage.baseStage);
    const base = stage.base;
    if (byName !== undefined && base !== undefined) {
      const named = byName.get(base.value.toLowerCase());
      if (named !== undefined) for (let k = 0; k < named.length; k++) addDependency(deps, i, named[k]!);
    }
    if (stage.name !== undefined) {
      const name = stage.name.value.toLowerCase();
      byName ??= new Map();
      const list = byName.get(name);
      if (list === undefined) byName.set(name, [i]);
      else list.push(i);
    }
  }
  const refs = model.stageRefs;
  for (let r = 0; r < refs.length; r++) {
    const ref = refs[r]!;
    if (ref.fromStage >= 0 && ref.stage !== undefined) addDependency(deps, ref.fromStage, ref.stage);
  }
  return deps;
}

function addDependency(deps: (number[] | undefined)[], stage: number, on: number): void {
  if (on < 0 || on >= stage) return;
  const list = deps[stage];
  if (list === undefined) deps[stage] = [on];
  else if (list.indexOf(on) < 0) list.push(on);
}

/** The stage of the instruction at a position (the last stage that starts at or before it); -1 before the first FROM. */
function stageAt(starts: Int32Array, position: number): number {
  return firstWhere(starts.length, (i) => starts[i]! > position) - 1;
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
 * first FROM, where nothing changed: diffStages), moved with their instruction; undefined when one lies outside every
 * instruction.
 */
export function keptStageFindings(findings: readonly Finding[], before: ParseResult, after: ParseResult, diff: InstructionDiff, stages: StageDiff): Finding[] | undefined {
  return kept(findings, before, after, diff, (k) => k >= stages.oldPreamble && stages.dirty[stages.oldStageOf[k]!] === 1);
}

/** Of the findings a stage-local rule reported on the view, those on dirty stages; undefined when one lies outside every instruction. */
export function freshStageFindings(findings: readonly Finding[], after: ParseResult, stages: StageDiff): Finding[] | undefined {
  const preamble = stages.newStarts.length > 0 ? stages.newStarts[0]! : after.instructions.length;
  return fresh(findings, after, (m) => m >= preamble && stages.dirty[stageAt(stages.newStarts, m)] === 1);
}

/**
 * Whether an edit left the file's outline as it was (rules with `scope: 'outline'`): every FROM, every instruction
 * before the first FROM and every instruction that names a stage, in both versions, is one of a pair.
 */
export function sameOutline(previous: DockerfileModel, next: DockerfileModel, diff: InstructionDiff): boolean {
  if (previous.stages.length !== next.stages.length || previous.preamble.length !== next.preamble.length) return false;
  const olds = previous.parse.instructions;
  const news = next.parse.instructions;
  // Before the first FROM, and the FROMs: by position.
  for (let k = 0; k < previous.preamble.length; k++) if (diff.oldToNew[k]! < 0) return false;
  for (let m = 0; m < next.preamble.length; m++) if (diff.isChanged[m] === 1) return false;
  const oldStarts = stageStarts(previous);
  for (let i = 0; i < oldStarts.length; i++) if (diff.oldToNew[oldStarts[i]!]! < 0) return false;
  const newStarts = stageStarts(next);
  for (let i = 0; i < newStarts.length; i++) if (diff.isChanged[newStarts[i]!] === 1) return false;
  // The instructions that name a stage: found by their range.
  const oldRefs = previous.stageRefs;
  let k = -1;
  for (let r = 0; r < oldRefs.length; r++) {
    k = holder(olds, oldRefs[r]!.instruction.range, k);
    if (k < 0 || diff.oldToNew[k]! < 0) return false;
  }
  const newRefs = next.stageRefs;
  let m = -1;
  for (let r = 0; r < newRefs.length; r++) {
    m = holder(news, newRefs[r]!.instruction.range, m);
    if (m < 0 || diff.isChanged[m] === 1) return false;
  }
  return true;
}
