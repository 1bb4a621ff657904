/**
 * The editor-agnostic facade: documents in, analyses out. The LSP server and the CLI both go through here,
 * so the same file gives the same findings everywhere.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ExplainResult, Lang } from '../../common/src/protocol';
import { analyze, type DockerfileModel } from './model/model';
import { lint, type Finding, type LintConfig, DEFAULT_LINT_CONFIG } from './rules/lint';
import { toDiagnostic } from './lsp/diagnostics';
import { withRoomFor } from './lsp/heap';
import { RULES } from './rules/registry';
import { shellcheckRules, type ShellCheckOptions } from './shellcheck';
import { buildExplain } from './explain/explain';

export interface AnalysisOptions {
  readonly target?: string | undefined;
  readonly config?: LintConfig;
  /** Run ShellCheck on RUN scripts (absent: do not). */
  readonly shellcheck?: ShellCheckOptions | undefined;
}

export function lintText(text: string, options: AnalysisOptions = {}): { model: DockerfileModel; findings: Finding[] } {
  const model = analyze(text, { target: options.target });
  const rules = options.shellcheck === undefined ? RULES : [...RULES, ...shellcheckRules(model, options.shellcheck)];
  return { model, findings: lint(model, options.config ?? DEFAULT_LINT_CONFIG, rules) };
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

/** Keeps one model per document version, so every feature shares a single parse. */
export class ModelCache {
  private readonly entries = new Map<string, { version: number; target: string | undefined; model: DockerfileModel }>();

  /** At most this many models are kept (least recently used dropped); a dropped one is rebuilt on demand. */
  constructor(private readonly capacity = 16) {}

  /** Keeps a model built elsewhere (the in-process lint) for this version, so requests do not parse again. */
  put(uri: string, version: number, target: string | undefined, model: DockerfileModel): void {
    this.entries.delete(uri);
    this.entries.set(uri, { version, target, model });
    this.trim();
  }

  get(uri: string, version: number, text: () => string, target: string | undefined): DockerfileModel {
    const hit = this.entries.get(uri);
    if (hit !== undefined && hit.version === version && hit.target === target) {
      this.entries.delete(uri);
      this.entries.set(uri, hit);
      return hit.model;
    }
    const source = text();
    const model = withRoomFor(source.length, () => analyze(source, { target }));
    this.entries.delete(uri);
    this.entries.set(uri, { version, target, model });
    this.trim();
    return model;
  }

  private trim(): void {
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done === true) break;
      this.entries.delete(oldest.value);
    }
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}
