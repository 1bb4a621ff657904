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
  readonly posix: (ins: Instruction) => boolean;
  readonly ignored: (ins: Instruction) => ReadonlySet<string> | undefined;
}

function sameIds(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

function sameAround(o: Instruction, n: Instruction, oldAround: Surroundings | undefined, newAround: Surroundings | undefined): boolean {
  const posixOld = oldAround === undefined ? true : oldAround.posix(o);
  const posixNew = newAround === undefined ? true : newAround.posix(n);
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
    if (k < oldPreamble !== m < newPreamble || (around && !sameAround(olds[k]!, news[m]!, oldAround, newAround))) {
      oldToNew[k] = -1;
      matched[m] = 0;
    }
  }
  const changed: Instruction[] = [];
  for (let m = 0; m < news.length; m++) {
    if (matched[m] === 0) changed.push(news[m]!);
    matched[m] = matched[m] === 0 ? 1 : 0;
  }
  return { oldToNew, changed, isChanged: matched };
}

function moved(r: Range, by: number): Range {
  return { start: r.start + by, end: r.end + by };
}

function movedFix(fix: Fix | undefined, by: number): Fix | undefined {
  if (fix === undefined) return undefined;
  return { title: fix.title, edits: fix.edits.map((e) => ({ range: moved(e.range, by), newText: e.newText })) };
}

/** The position of the instruction that holds a range (ONBUILD triggers are part of theirs); -1 when none does. */
function holder(instructions: readonly Instruction[], range: Range): number {
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
 * The findings of an instruction-local rule on the old version that stay: those on unchanged instructions, moved
 * with them. Undefined when a finding lies outside every instruction (the rule is not local after all: lint it whole).
 */
export function keptFindings(findings: readonly Finding[], before: ParseResult, after: ParseResult, diff: InstructionDiff): Finding[] | undefined {
  const olds = before.instructions;
  const news = after.instructions;
  const out: Finding[] = [];
  for (let f = 0; f < findings.length; f++) {
    const finding = findings[f]!;
    const k = holder(olds, finding.range);
    if (k < 0) return undefined;
    const m = diff.oldToNew[k]!;
    if (m < 0) continue;
    const by = news[m]!.range.start - olds[k]!.range.start;
    out.push(by === 0 ? finding : { ...finding, range: moved(finding.range, by), fix: movedFix(finding.fix, by) });
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
  for (let f = 0; f < findings.length; f++) {
    const m = holder(after.instructions, findings[f]!.range);
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
