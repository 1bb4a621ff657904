/**
 * The editor-agnostic facade: documents in, analyses out. The LSP server and the CLI both go through here,
 * so the same file gives the same findings everywhere.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ExplainResult, Lang } from '../../common/src/protocol';
import { analyze, type DockerfileModel } from './model/model';
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

interface CachedModel {
  readonly version: number;
  readonly target: string | undefined;
  readonly model: DockerfileModel;
}

/** Keeps one model per document version, so every feature shares a single parse. */
export class ModelCache {
  private readonly entries = new Map<string, CachedModel>();
  private chars = 0;

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
    const source = text();
    // The model of the version before (typing in a large file): its parse up to the edit is kept. It then pins that
    // version's text too (at most one more, parse/incremental.ts), which `chars` does not count.
    const previous = hit?.model;
    const model = withRoomFor(source.length, () => analyze(source, { target, previous }));
    this.set(uri, { version, target, model });
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
    const old = this.entries.get(uri);
    if (old === undefined) return;
    this.entries.delete(uri);
    this.chars -= old.model.parse.text.length;
  }

  clear(): void {
    this.entries.clear();
    this.chars = 0;
  }
}
