/**
 * What a position names, and every place the same thing is written: stage names, ARG/ENV variables and heredoc
 * delimiters. Highlight, definition, references and rename are all answered from here.
 *
 * Variables follow BuildKit's scoping: a global ARG (before the first FROM) is visible to FROM lines only; inside a
 * stage, `ARG NAME` (without a value) redeclares it and from there on defines the in-stage variable; ENV persists
 * into stages built FROM this stage. A declaration is identified by its `KeyValue` (one per written `NAME=`).
 */
import type { Heredoc, Instruction, KeyValue, Range } from '../parse/ast';
import { scanVariables, type RawVariableRef } from '../parse/variables';
import { isPredefinedArg, type DockerfileModel, type Stage } from '../model/model';

export type DeclKind = 'global-arg' | 'arg' | 'env';

export interface VarDecl {
  readonly kv: KeyValue;
  readonly instruction: Instruction;
  readonly kind: DeclKind;
  /** Stage index, -1 for the global scope. */
  readonly stage: number;
  /** For `ARG NAME` without a value inside a stage: the global ARG it brings into the stage. */
  readonly global: KeyValue | undefined;
  /** The declaration of the same name that was in scope just before (a redefinition replaces it). */
  readonly previous: KeyValue | undefined;
}

export interface VarUse {
  readonly name: string;
  /** The name only (`NAME` of `${NAME:-x}`). */
  readonly range: Range;
  /** The declaration it resolves to, when there is one in this file. */
  readonly decl: KeyValue | undefined;
  readonly predefined: boolean;
  readonly stage: number;
}

export interface VarIndex {
  readonly decls: ReadonlyMap<KeyValue, VarDecl>;
  readonly uses: readonly VarUse[];
}

export type NavTarget =
  | { readonly kind: 'stage'; readonly stage: Stage; readonly at: Range }
  | { readonly kind: 'stage-index'; readonly stage: Stage; readonly at: Range; readonly text: string }
  | { readonly kind: 'var-decl'; readonly decl: VarDecl; readonly at: Range }
  | { readonly kind: 'var-use'; readonly use: VarUse; readonly at: Range }
  | { readonly kind: 'heredoc'; readonly heredoc: Heredoc; readonly instruction: Instruction; readonly at: Range };

export interface Occurrence {
  readonly range: Range;
  /** A declaration (written to) rather than a use. */
  readonly declaration: boolean;
}

const indexCache = new WeakMap<DockerfileModel, VarIndex>();

const within = (r: Range, offset: number): boolean => r.start <= offset && offset <= r.end;

/** Instructions including the one inside ONBUILD. */
function* withInner(list: readonly Instruction[]): Generator<Instruction> {
  for (const ins of list) {
    yield ins;
    if (ins.onbuild !== undefined) yield ins.onbuild;
  }
}

/** Variable declarations and uses of the whole file (uses include those in RUN heredoc bodies). */
export function variableIndex(model: DockerfileModel): VarIndex {
  const cached = indexCache.get(model);
  if (cached !== undefined) return cached;
  const decls = new Map<KeyValue, VarDecl>();
  const uses: VarUse[] = [];
  const globals = new Map<string, KeyValue>();
  for (const ins of model.preamble) {
    if (ins.name !== 'arg') continue;
    for (const kv of ins.keyValues) {
      decls.set(kv, { kv, instruction: ins, kind: 'global-arg', stage: -1, global: undefined, previous: globals.get(kv.key.value) });
      globals.set(kv.key.value, kv);
    }
  }
  for (const r of model.resolutions) {
    const kv = r.def?.keyValue;
    const stage = model.stageOf(r.instruction)?.index ?? -1;
    uses.push({ name: r.ref.name, range: r.ref.nameRange, decl: kv, predefined: r.def?.kind === 'predefined' || (r.def === undefined && isPredefinedArg(r.ref.name)), stage: r.instruction.name === 'from' ? -1 : stage });
  }
  const stageEnv: Map<string, KeyValue>[] = [];
  for (const stage of model.stages) {
    const scope = new Map<string, KeyValue>();
    const env = new Map<string, KeyValue>();
    if (stage.baseStage !== undefined) {
      for (const [k, v] of stageEnv[stage.baseStage] ?? []) {
        scope.set(k, v);
        env.set(k, v);
      }
    }
    for (const ins of stage.instructions) {
      if (ins.name === 'arg' || ins.name === 'env') {
        for (const kv of ins.keyValues) {
          const name = kv.key.value;
          const global = ins.name === 'arg' && kv.value === undefined ? globals.get(name) : undefined;
          decls.set(kv, { kv, instruction: ins, kind: ins.name, stage: stage.index, global, previous: scope.get(name) });
          scope.set(name, kv);
          if (ins.name === 'env') env.set(name, kv);
        }
      }
      for (const hd of ins.heredocs) {
        // A RUN body is a shell script: the shell expands ARG/ENV values (even in a quoted heredoc). COPY/ADD
        // bodies are expanded by BuildKit only when the delimiter is not quoted.
        const inner = ins.onbuild ?? ins;
        if (inner.name !== 'run' && !hd.expand) continue;
        const raw: RawVariableRef[] = [];
        const body = model.parse.text.slice(hd.bodyRange.start, hd.bodyRange.end);
        scanVariables(body, 0, body.length, 0x5c, raw);
        for (const v of raw) {
          const start = hd.bodyRange.start + v.nameStart;
          const kv = scope.get(v.name);
          uses.push({ name: v.name, range: { start, end: start + v.name.length }, decl: kv, predefined: kv === undefined && isPredefinedArg(v.name), stage: stage.index });
        }
      }
    }
    stageEnv.push(env);
  }
  const index = { decls, uses };
  indexCache.set(model, index);
  return index;
}

/** What the position names, if it names something navigable. */
export function targetAt(model: DockerfileModel, offset: number): NavTarget | undefined {
  const ins = model.instructionAt(offset);
  if (ins !== undefined) {
    for (const inner of withInner([ins])) {
      for (const hd of inner.heredocs) {
        const term = terminatorNameRange(hd);
        if (within(hd.nameRange, offset) || (term !== undefined && within(term, offset))) {
          return { kind: 'heredoc', heredoc: hd, instruction: ins, at: within(hd.nameRange, offset) ? hd.nameRange : term ?? hd.nameRange };
        }
      }
    }
  }
  for (const stage of model.stages) {
    if (stage.name !== undefined && within(stage.name.range, offset)) return { kind: 'stage', stage, at: stage.name.range };
  }
  for (const ref of model.stageRefs) {
    if (!within(ref.token.range, offset) || ref.stage === undefined) continue;
    const stage = model.stages[ref.stage];
    if (stage === undefined) continue;
    if (/^\d+$/.test(ref.token.value)) return { kind: 'stage-index', stage, at: ref.token.range, text: ref.token.value };
    if (ref.token.value.toLowerCase() === stage.name?.value.toLowerCase()) return { kind: 'stage', stage, at: ref.token.range };
  }
  const vars = variableIndex(model);
  if (ins !== undefined && (ins.name === 'arg' || ins.name === 'env')) {
    for (const kv of ins.keyValues) {
      const decl = vars.decls.get(kv);
      if (decl !== undefined && within(kv.key.range, offset)) return { kind: 'var-decl', decl, at: kv.key.range };
    }
  }
  for (const use of vars.uses) {
    if (within(use.range, offset)) return { kind: 'var-use', use, at: use.range };
  }
  // `$NAME`/`${NAME}`: the `$` and braces belong to the reference too.
  const res = model.resolutionAt(offset);
  if (res !== undefined) {
    const use = vars.uses.find((u) => u.range.start === res.ref.nameRange.start);
    if (use !== undefined) return { kind: 'var-use', use, at: use.range };
  }
  return undefined;
}

/** The delimiter on the terminator line (after the tabs `<<-` strips). */
export function terminatorNameRange(hd: Heredoc): Range | undefined {
  const t = hd.terminatorRange;
  if (t === undefined) return undefined;
  return { start: t.end - hd.name.length, end: t.end };
}

function stageOccurrences(model: DockerfileModel, stage: Stage, namesOnly: boolean): Occurrence[] {
  const out: Occurrence[] = [];
  if (stage.name !== undefined) out.push({ range: stage.name.range, declaration: true });
  for (const ref of model.stageRefs) {
    if (ref.stage !== stage.index) continue;
    const numeric = /^\d+$/.test(ref.token.value);
    if (numeric && namesOnly) continue;
    if (!numeric && ref.token.value.toLowerCase() !== stage.name?.value.toLowerCase()) continue;
    out.push({ range: ref.token.range, declaration: false });
  }
  return out;
}

/** A declaration with its uses; for a global ARG also the in-stage `ARG NAME` lines that redeclare it. */
function declOccurrences(vars: VarIndex, kv: KeyValue): Occurrence[] {
  const out: Occurrence[] = [{ range: kv.key.range, declaration: true }];
  for (const u of vars.uses) if (u.decl === kv) out.push({ range: u.range, declaration: false });
  for (const d of vars.decls.values()) if (d.global === kv) out.push({ range: d.kv.key.range, declaration: false });
  return out;
}

function useOccurrences(vars: VarIndex, use: VarUse): Occurrence[] {
  if (use.decl !== undefined) return declOccurrences(vars, use.decl);
  return vars.uses
    .filter((u) => u.decl === undefined && u.name === use.name && (use.predefined ? u.predefined : !u.predefined && u.stage === use.stage))
    .map((u) => ({ range: u.range, declaration: false }));
}

function heredocOccurrences(hd: Heredoc): Occurrence[] {
  const term = terminatorNameRange(hd);
  return term === undefined ? [{ range: hd.nameRange, declaration: true }] : [{ range: hd.nameRange, declaration: true }, { range: term, declaration: false }];
}

function sorted(list: Occurrence[]): Occurrence[] {
  const seen = new Set<number>();
  return list
    .filter((o) => (seen.has(o.range.start) ? false : (seen.add(o.range.start), true)))
    .sort((a, b) => a.range.start - b.range.start);
}

/** Every occurrence of what the position names (document highlight and find references). */
export function occurrencesAt(model: DockerfileModel, offset: number): Occurrence[] {
  const t = targetAt(model, offset);
  if (t === undefined) return [];
  const vars = variableIndex(model);
  switch (t.kind) {
    case 'stage':
    case 'stage-index':
      return sorted(stageOccurrences(model, t.stage, false));
    case 'var-decl':
      return sorted(declOccurrences(vars, t.decl.kv));
    case 'var-use':
      return sorted(useOccurrences(vars, t.use));
    case 'heredoc':
      return heredocOccurrences(t.heredoc);
  }
}

/** Where what the position names is declared. */
export function definitionAt(model: DockerfileModel, offset: number): Range[] {
  const t = targetAt(model, offset);
  if (t === undefined) return [];
  switch (t.kind) {
    case 'stage':
    case 'stage-index': {
      const s = t.stage;
      return [(s.name ?? s.base ?? { range: s.from.keywordRange }).range];
    }
    case 'var-decl':
      return [(t.decl.global ?? t.decl.kv).key.range];
    case 'var-use':
      return t.use.decl === undefined ? [] : [t.use.decl.key.range];
    case 'heredoc':
      return [t.heredoc.nameRange];
  }
}

/** Every declaration connected to `kv`: redefinitions of the same variable and the global ARG it redeclares. */
function variableFamily(vars: VarIndex, kv: KeyValue): Set<KeyValue> {
  const edges = new Map<KeyValue, KeyValue[]>();
  const link = (a: KeyValue, b: KeyValue): void => {
    edges.set(a, [...(edges.get(a) ?? []), b]);
    edges.set(b, [...(edges.get(b) ?? []), a]);
  };
  for (const d of vars.decls.values()) {
    if (d.global !== undefined) link(d.kv, d.global);
    if (d.previous !== undefined) link(d.kv, d.previous);
  }
  const family = new Set<KeyValue>([kv]);
  const queue = [kv];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const other of edges.get(next) ?? []) {
      if (family.has(other)) continue;
      family.add(other);
      queue.push(other);
    }
  }
  return family;
}

export type RenamePlan =
  | { readonly ok: true; readonly kind: 'stage' | 'variable' | 'heredoc'; readonly name: string; readonly at: Range; readonly edits: readonly Range[]; readonly target: NavTarget }
  | { readonly ok: false; readonly reason: 'nothing' | 'predefined' | 'undefined' | 'stage-index'; readonly name: string };

/** The ranges a rename at the position changes (all written exactly as the name), or why it cannot. */
export function renamePlan(model: DockerfileModel, offset: number): RenamePlan {
  const t = targetAt(model, offset);
  if (t === undefined) return { ok: false, reason: 'nothing', name: '' };
  const text = model.parse.text;
  switch (t.kind) {
    case 'stage-index':
      return { ok: false, reason: 'stage-index', name: t.text };
    case 'stage': {
      const name = t.stage.name?.value ?? '';
      return { ok: true, kind: 'stage', name, at: t.at, edits: stageOccurrences(model, t.stage, true).map((o) => o.range), target: t };
    }
    case 'var-decl':
    case 'var-use': {
      const vars = variableIndex(model);
      const root = t.kind === 'var-decl' ? t.decl.kv : t.use.decl;
      const name = t.kind === 'var-decl' ? t.decl.kv.key.value : t.use.name;
      if (root === undefined) return { ok: false, reason: t.kind === 'var-use' && t.use.predefined ? 'predefined' : 'undefined', name };
      const family = variableFamily(vars, root);
      const edits: Range[] = [];
      for (const kv of family) edits.push(kv.key.range);
      for (const u of vars.uses) if (u.decl !== undefined && family.has(u.decl)) edits.push(u.range);
      return { ok: true, kind: 'variable', name, at: t.at, edits: dedupe(edits), target: t };
    }
    case 'heredoc': {
      const hd = t.heredoc;
      const inner = innerName(text, hd.nameRange, hd.name);
      const term = terminatorNameRange(hd);
      const edits = term === undefined ? [inner] : [inner, term];
      return { ok: true, kind: 'heredoc', name: hd.name, at: t.at === hd.nameRange ? inner : t.at, edits, target: t };
    }
  }
}

/** `'EOF'` / `"EOF"`: the delimiter without its quotes. */
function innerName(text: string, r: Range, name: string): Range {
  const written = text.slice(r.start, r.end);
  if (written.length === name.length + 2 && written.slice(1, -1) === name) return { start: r.start + 1, end: r.end - 1 };
  return r;
}

function dedupe(list: Range[]): Range[] {
  const seen = new Set<number>();
  return list.filter((r) => (seen.has(r.start) ? false : (seen.add(r.start), true))).sort((a, b) => a.start - b.start);
}

/** Names of all declared variables (for collision checks). */
export function declaredNames(model: DockerfileModel): Set<string> {
  const out = new Set<string>();
  for (const d of variableIndex(model).decls.values()) out.add(d.kv.key.value);
  return out;
}
