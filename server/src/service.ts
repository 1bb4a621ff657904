/**
 * The editor-agnostic facade: documents in, analyses out. The LSP server and the CLI both go through here,
 * so the same file gives the same findings everywhere.
 */
import { performance } from 'node:perf_hooks';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ExplainResult, Lang } from '../../common/src/protocol';
import { analyze, buildModel, type DockerfileModel } from './model/model';
import { SlicedParse } from './parse/parser';
import { lint, lintRemembering, type Finding, type LintConfig, type LintMemory, DEFAULT_LINT_CONFIG } from './rules/lint';
import { toDiagnostic } from './lsp/diagnostics';
import { withRoomFor } from './lsp/heap';
import { RULES } from './rules/registry';
import { shellcheckRules, type ShellCheckOptions } from './shellcheck';
import type { ShellScriptReuse } from './shell/shell';
import { buildExplain } from './explain/explain';

export interface AnalysisOptions {
  readonly target?: string | undefined;
  readonly config?: LintConfig;
  /** Run ShellCheck on RUN scripts (absent: do not). */
  readonly shellcheck?: ShellCheckOptions | undefined;
  /** The shell scripts of this document's previous lint, reused where its RUNs did not change (lint.ts `lint`). */
  readonly reuse?: ShellScriptReuse | undefined;
  /** The model of this document's previous version: its parse before the first changed character is kept (parse/incremental.ts). */
  readonly previous?: DockerfileModel | undefined;
  /**
   * Lint incrementally (`lintRemembering`): `previous` is what the lint of this document's previous version kept
   * (undefined for the first), and the answer carries what this lint keeps. Same configuration, target and rules only.
   */
  readonly remember?: { readonly previous: LintMemory | undefined } | undefined;
}

export function lintText(text: string, options: AnalysisOptions = {}): { model: DockerfileModel; findings: Finding[]; memory?: LintMemory } {
  const model = analyze(text, { target: options.target, previous: options.previous });
  const rules = options.shellcheck === undefined ? RULES : [...RULES, ...shellcheckRules(model, options.shellcheck)];
  const config = options.config ?? DEFAULT_LINT_CONFIG;
  if (options.remember === undefined) return { model, findings: lint(model, config, rules, options.reuse) };
  return { model, ...lintRemembering(model, config, rules, options.reuse, options.remember.previous) };
}

export function diagnosticsFor(text: string, lang: Lang, options: AnalysisOptions = {}, editor = true): Diagnostic[] {
  return lintToDiagnostics(text, lang, options, editor).diagnostics;
}

/** The diagnostics and the model they were computed on (the server keeps the model for the next requests). */
export function lintToDiagnostics(text: string, lang: Lang, options: AnalysisOptions = {}, editor = true): { model: DockerfileModel; diagnostics: Diagnostic[] } {
  const { model, findings } = lintText(text, options);
  return { model, diagnostics: findings.map((f) => toDiagnostic(model, f, lang, editor)) };
}

/** The Explain panel's analysis of a text (used where no model is kept: the lint worker). */
export function explainText(text: string, uri: string, lang: Lang, options: AnalysisOptions = {}): ExplainResult {
  const model = analyze(text, { target: options.target });
  return buildExplain(model, uri, lang, options.config ?? DEFAULT_LINT_CONFIG);
}

/**
 * Characters of document text whose models the server keeps beyond the MODEL_CACHE_MIN_ENTRIES most recent. A
 * model takes about 5 bytes of heap per character of text (measured on the corpus: all 395 models, 0.9 MB of text,
 * added 4.4 MB of RSS), so this is at most about 10 MB. With every open document's model kept, a hover or
 * completion never parses again; with only the 16 most recent (before), most hovers over 395 open files rebuilt a
 * model first, which made most of the hover p99 (`bench/lsp-quick.ts --corpus`: 3.4–3.7 → 2.3–2.8 ms).
 */
export const MODEL_CACHE_CHARS = 2_000_000;
/** The most recently used models are kept whatever their size (a 2 MB file's model must not be dropped at once). */
export const MODEL_CACHE_MIN_ENTRIES = 16;

/** A model being built a slice at a time (`ModelCache.buildSlice`). */
interface SlicedBuild {
  readonly uri: string;
  readonly version: number;
  readonly target: string | undefined;
  readonly parse: SlicedParse;
}

interface CachedModel {
  readonly version: number;
  readonly target: string | undefined;
  readonly model: DockerfileModel;
}

/** Keeps one model per document version, so every feature shares a single parse. */
export class ModelCache {
  private readonly entries = new Map<string, CachedModel>();
  private chars = 0;
  /** The models being built a slice at a time (`buildSlice`), by document. */
  private readonly building = new Map<string, SlicedBuild>();

  /**
   * Models are dropped, least recently used first, while their texts add up to more than `maxChars` and more than
   * `minEntries` are kept; a dropped one is rebuilt on demand.
   */
  constructor(
    private readonly maxChars = MODEL_CACHE_CHARS,
    private readonly minEntries = MODEL_CACHE_MIN_ENTRIES,
  ) {}

  /** Keeps a model built elsewhere (the in-process lint) for this version, so requests do not parse again. */
  put(uri: string, version: number, target: string | undefined, model: DockerfileModel): void {
    this.set(uri, { version, target, model });
  }

  get(uri: string, version: number, text: () => string, target: string | undefined): DockerfileModel {
    const hit = this.entries.get(uri);
    if (hit !== undefined && hit.version === version && hit.target === target) {
      this.entries.delete(uri);
      this.entries.set(uri, hit);
      return hit.model;
    }
    // Asked for while it is built in slices: the rest is read now.
    const b = this.building.get(uri);
    if (b !== undefined && b.version === version && b.target === target) return this.finishBuilding(b);
    const source = text();
    // The model of the version before (typing in a large file): its parse up to the edit is kept. It then pins that
    // version's text too (at most one more, parse/incremental.ts), which `chars` does not count.
    const previous = hit?.model;
    const model = withRoomFor(source.length, () => analyze(source, { target, previous }));
    this.set(uri, { version, target, model });
    return model;
  }

  /**
   * Builds the model of this version a slice at a time, for a large document whose model would otherwise be built in
   * one go between two requests (a 2 MB file's parse takes about 0.1 s in the server): each call reads `lines` lines,
   * and more `lines` at a time while less than `budgetMs` has passed, and the caller lets other work run before the
   * next call. True once the model is kept (at once when it already is). `get` finishes a build it is asked for; a build of
   * another version or target of the same document started here drops an unfinished one. For a first version only: a
   * later one is parsed from the previous version's model, which takes a fraction of that time.
   */
  buildSlice(uri: string, version: number, text: () => string, target: string | undefined, budgetMs: number, lines: number): boolean {
    const hit = this.entries.get(uri);
    if (hit !== undefined && hit.target === target) {
      // A later version: made from this one at once.
      if (hit.version !== version) this.get(uri, version, text, target);
      return true;
    }
    let b = this.building.get(uri);
    if (b === undefined || b.version !== version || b.target !== target) {
      b = { uri, version, target, parse: new SlicedParse(text()) };
      this.building.set(uri, b);
    }
    const parse = b.parse;
    const t0 = performance.now();
    try {
      const parsed = withRoomFor(parse.text.length, () => {
        let done = parse.step(lines);
        while (done === undefined && performance.now() - t0 < budgetMs) done = parse.step(lines);
        return done;
      });
      if (parsed === undefined) return false;
      this.finishBuilding(b);
      return true;
    } catch (e) {
      // Not left half-built: nothing may wait for a build that no longer goes on.
      this.building.delete(uri);
      throw e;
    }
  }

  /** Whether this version's model is being built a slice at a time (`buildSlice`) and is not done yet. */
  isBuilding(uri: string, version: number, target: string | undefined): boolean {
    const b = this.building.get(uri);
    return b !== undefined && b.version === version && b.target === target;
  }

  /** Reads the rest of a build's text (nothing when it is read), keeps the model, and forgets the build. */
  private finishBuilding(b: SlicedBuild): DockerfileModel {
    this.building.delete(b.uri);
    const model = withRoomFor(b.parse.text.length, () => buildModel(b.parse.finish(), { target: b.target }));
    this.set(b.uri, { version: b.version, target: b.target, model });
    return model;
  }

  /** Characters of text behind the models kept (for tests). */
  get keptChars(): number {
    return this.chars;
  }

  private set(uri: string, entry: CachedModel): void {
    this.delete(uri);
    this.entries.set(uri, entry);
    this.chars += entry.model.parse.text.length;
    while (this.chars > this.maxChars && this.entries.size > this.minEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done === true) break;
      this.delete(oldest.value);
    }
  }

  delete(uri: string): void {
    this.building.delete(uri);
    const old = this.entries.get(uri);
    if (old === undefined) return;
    this.entries.delete(uri);
    this.chars -= old.model.parse.text.length;
  }

  clear(): void {
    this.building.clear();
    this.entries.clear();
    this.chars = 0;
  }
}
