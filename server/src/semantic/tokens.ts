/**
 * Semantic tokens: instructions, flags and their options, variables (declarations, build arguments as read-only,
 * predefined ones as default library), stage names, the parts of image references, comments, parser directives and
 * exec-form strings. Tokens never overlap and never span a line (continuation lines are split).
 */
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { DockerfileModel } from '../model/model';
import type { Flag, Instruction, Range } from '../parse/ast';
import { variableIndex } from '../navigation/symbols';
import { parseImageReference } from '../model/imageRef';

export const TOKEN_TYPES = ['keyword', 'parameter', 'property', 'variable', 'class', 'namespace', 'type', 'enumMember', 'string', 'comment', 'macro', 'operator', 'number'] as const;
export const TOKEN_MODIFIERS = ['declaration', 'readonly', 'defaultLibrary'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export const SEMANTIC_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

export interface RawToken {
  readonly start: number;
  readonly end: number;
  readonly type: TokenType;
  readonly modifiers: readonly TokenModifier[];
}

/** A decoded token: zero-based line and character, length, type and modifiers (for tests and debugging). */
export interface DecodedToken {
  readonly line: number;
  readonly character: number;
  readonly length: number;
  readonly type: TokenType;
  readonly modifiers: readonly TokenModifier[];
}

interface Candidate extends RawToken {
  /** Higher wins where tokens overlap. */
  readonly priority: number;
}

const P_BASE = 1;
const P_PART = 2;
const P_NAME = 3;

function instructionCandidates(model: DockerfileModel, ins: Instruction, out: Candidate[]): void {
  const text = model.parse.text;
  const add = (r: Range | undefined, type: TokenType, priority: number, modifiers: readonly TokenModifier[] = []): void => {
    if (r !== undefined && r.end > r.start) out.push({ start: r.start, end: r.end, type, modifiers, priority });
  };
  const written = (r: Range, value: string): boolean => text.slice(r.start, r.end) === value;
  for (const i of ins.onbuild === undefined ? [ins] : [ins, ins.onbuild]) {
    add(i.keywordRange, 'keyword', P_NAME);
    for (const f of i.flags) flagCandidates(model, f, add, written);
    if (i.json) for (const n of i.argNodes) if (!('child' in n)) add(n.range, 'string', P_BASE);
    if (i.name === 'label') for (const kv of i.keyValues) add(kv.key.range, 'property', P_PART, ['declaration']);
  }
  if (ins.name === 'from') {
    const stage = model.stageOf(ins);
    if (stage !== undefined) {
      add(stage.asKeyword?.range, 'keyword', P_NAME);
      add(stage.name?.range, 'class', P_NAME, ['declaration']);
      const base = stage.base;
      if (base !== undefined) {
        if (stage.baseStage !== undefined) add(base.range, 'class', P_PART);
        else if (stage.image !== undefined && written(base.range, base.value)) {
          // Parts of the reference as written (variables inside it win over the part they sit in).
          const img = parseImageReference(base.value);
          if (img !== undefined) {
            const s = base.range.start;
            const pathEnd = img.tagStart !== undefined ? img.tagStart - 1 : img.digestStart !== undefined ? img.digestStart - 1 : base.value.length;
            if (img.registryGiven) add({ start: s, end: s + img.pathStart - 1 }, 'namespace', P_PART);
            add({ start: s + img.pathStart, end: s + pathEnd }, 'type', P_PART);
            if (img.tagStart !== undefined) add({ start: s + img.tagStart, end: s + img.tagStart + (img.tag ?? '').length }, 'enumMember', P_PART);
            if (img.digestStart !== undefined) add({ start: s + img.digestStart, end: s + base.value.length }, 'string', P_PART);
          }
        }
      }
    }
  }
  for (const hd of ins.heredocs) {
    add({ start: hd.markerRange.start, end: hd.nameRange.start }, 'operator', P_PART);
    add(hd.nameRange, 'string', P_PART);
    if (hd.terminatorRange !== undefined) add({ start: hd.terminatorRange.end - hd.name.length, end: hd.terminatorRange.end }, 'string', P_PART);
  }
}

const refStarts = new WeakMap<DockerfileModel, ReadonlySet<number>>();

/** Start offsets of stage references that name an earlier stage. */
function resolvedStageRefs(model: DockerfileModel): ReadonlySet<number> {
  let set = refStarts.get(model);
  if (set === undefined) {
    set = new Set(model.stageRefs.filter((r) => r.stage !== undefined).map((r) => r.token.range.start));
    refStarts.set(model, set);
  }
  return set;
}

function flagCandidates(
  model: DockerfileModel,
  f: Flag,
  add: (r: Range | undefined, type: TokenType, priority: number, modifiers?: readonly TokenModifier[]) => void,
  written: (r: Range, value: string) => boolean,
): void {
  add({ start: f.range.start, end: f.nameRange.end }, 'parameter', P_PART);
  const v = f.valueRange;
  if (v === undefined || f.value === undefined) return;
  if (f.name === 'from') {
    add(v, resolvedStageRefs(model).has(v.start) ? 'class' : 'string', P_PART);
    return;
  }
  if (f.name === 'mount' && written(v, f.value)) {
    // type=cache,target=/x,from=build: option names are properties, values strings, a stage a class.
    let offset = 0;
    for (const part of f.value.split(',')) {
      const eq = part.indexOf('=');
      const s = v.start + offset;
      if (eq < 0) add({ start: s, end: s + part.length }, 'property', P_PART);
      else {
        add({ start: s, end: s + eq }, 'property', P_PART);
        const valueRange = { start: s + eq + 1, end: s + part.length };
        const isStage = part.slice(0, eq) === 'from' && resolvedStageRefs(model).has(valueRange.start);
        add(valueRange, isStage ? 'class' : 'string', P_BASE);
      }
      offset += part.length + 1;
    }
    return;
  }
  add(v, 'string', P_BASE);
}

/** All tokens of the document as offset ranges, sorted, split at line ends, without overlaps. */
export function rawTokens(model: DockerfileModel): RawToken[] {
  const text = model.parse.text;
  const perInstruction: Candidate[][] = [];
  const loose: Candidate[] = [];
  // Each directive and comment is its own group: they never overlap each other.
  for (const d of model.parse.directives) {
    perInstruction.push([
      { start: d.range.start, end: d.nameRange.start, type: 'comment', modifiers: [], priority: P_BASE },
      { start: d.nameRange.start, end: d.nameRange.end, type: 'macro', modifiers: [], priority: P_NAME },
      { start: d.valueRange.start, end: d.valueRange.end, type: 'string', modifiers: [], priority: P_NAME },
    ]);
  }
  for (const c of model.parse.comments) {
    if (!c.isDirective) perInstruction.push([{ start: c.range.start, end: c.range.end, type: 'comment', modifiers: [], priority: P_NAME }]);
  }
  const byInstruction = new Map<Instruction, Candidate[]>();
  for (const ins of model.parse.instructions) {
    const list: Candidate[] = [];
    instructionCandidates(model, ins, list);
    byInstruction.set(ins, list);
    perInstruction.push(list);
  }
  const vars = variableIndex(model);
  const instructionOf = (offset: number): Candidate[] => {
    const ins = model.instructionAt(offset);
    return ins === undefined ? loose : byInstruction.get(ins) ?? loose;
  };
  for (const d of vars.decls.values()) {
    const mods: TokenModifier[] = d.kind === 'env' ? ['declaration'] : ['declaration', 'readonly'];
    instructionOf(d.kv.key.range.start).push({ start: d.kv.key.range.start, end: d.kv.key.range.end, type: 'variable', modifiers: mods, priority: P_NAME });
  }
  const declKind = new Map([...vars.decls.values()].map((d) => [d.kv, d.kind] as const));
  for (const r of model.resolutions) {
    const kind = r.def?.keyValue === undefined ? undefined : declKind.get(r.def.keyValue);
    const mods: TokenModifier[] = r.def?.kind === 'predefined' ? ['readonly', 'defaultLibrary'] : kind === 'env' || kind === undefined ? [] : ['readonly'];
    instructionOf(r.ref.range.start).push({ start: r.ref.range.start, end: r.ref.range.end, type: 'variable', modifiers: mods, priority: P_NAME + 1 });
  }
  const out: RawToken[] = [];
  for (const list of [...perInstruction, loose]) resolveOverlaps(list, out);
  out.sort((a, b) => a.start - b.start);
  return splitLines(text, out);
}

/** Keeps the highest-priority token where candidates overlap (lower ones are cut around it). */
function resolveOverlaps(list: Candidate[], out: RawToken[]): void {
  const taken: Range[] = [];
  const ordered = [...list].sort((a, b) => b.priority - a.priority || a.start - b.start);
  for (const c of ordered) {
    let pieces: Range[] = [{ start: c.start, end: c.end }];
    for (const t of taken) {
      const next: Range[] = [];
      for (const p of pieces) {
        if (t.end <= p.start || t.start >= p.end) next.push(p);
        else {
          if (t.start > p.start) next.push({ start: p.start, end: t.start });
          if (t.end < p.end) next.push({ start: t.end, end: p.end });
        }
      }
      pieces = next;
      if (pieces.length === 0) break;
    }
    for (const p of pieces) {
      if (p.end <= p.start) continue;
      taken.push(p);
      out.push({ start: p.start, end: p.end, type: c.type, modifiers: c.modifiers });
    }
  }
}

function splitLines(text: string, tokens: RawToken[]): RawToken[] {
  const out: RawToken[] = [];
  for (const t of tokens) {
    let s = t.start;
    while (s < t.end) {
      const nl = text.indexOf('\n', s);
      const lineEnd = nl < 0 || nl >= t.end ? t.end : nl;
      let e = lineEnd;
      while (e > s && text.charCodeAt(e - 1) === 0x0d) e--;
      if (e > s) out.push({ ...t, start: s, end: e });
      s = lineEnd === t.end ? t.end : lineEnd + 1;
    }
  }
  return out;
}

function encode(model: DockerfileModel, tokens: readonly RawToken[]): SemanticTokens {
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  for (const t of tokens) {
    const pos = model.lines.position(t.start);
    const deltaLine = pos.line - prevLine;
    const deltaChar = deltaLine === 0 ? pos.character - prevChar : pos.character;
    let mods = 0;
    for (const m of t.modifiers) mods |= 1 << TOKEN_MODIFIERS.indexOf(m);
    data.push(deltaLine, deltaChar, t.end - t.start, TOKEN_TYPES.indexOf(t.type), mods);
    prevLine = pos.line;
    prevChar = pos.character;
  }
  return { data };
}

/** Semantic tokens of the whole document. */
export function semanticTokens(model: DockerfileModel): SemanticTokens {
  return encode(model, rawTokens(model));
}

/** Semantic tokens of the lines `[startLine, endLine]` (positions stay absolute, as LSP wants). */
export function semanticTokensRange(model: DockerfileModel, startLine: number, endLine: number): SemanticTokens {
  const from = model.lines.lineStarts[Math.max(0, startLine)] ?? model.parse.text.length;
  const to = endLine + 1 < model.lines.lineCount ? (model.lines.lineStarts[endLine + 1] ?? model.parse.text.length) : model.parse.text.length;
  return encode(model, rawTokens(model).filter((t) => t.start >= from && t.start < to));
}

/** Decodes LSP token data back into positions and names. */
export function decodeTokens(data: readonly number[]): DecodedToken[] {
  const out: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    const dl = data[i]!;
    line += dl;
    character = dl === 0 ? character + data[i + 1]! : data[i + 1]!;
    const bits = data[i + 4]!;
    out.push({
      line,
      character,
      length: data[i + 2]!,
      type: TOKEN_TYPES[data[i + 3]!] ?? 'keyword',
      modifiers: TOKEN_MODIFIERS.filter((_m, k) => (bits & (1 << k)) !== 0),
    });
  }
  return out;
}
