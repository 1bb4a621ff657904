/**
 * Types shared by the language server, the extension client, the CLI and the webview.
 * No imports from `vscode` or `vscode-languageserver` here: this file is plain data shapes.
 */

/** The two languages every user-visible text exists in. */
export type Lang = 'en' | 'ko';
export const LANGS: readonly Lang[] = ['en', 'ko'];

/** A value in both languages. A missing language is a compile error. */
export type Localized<T = string> = Readonly<Record<Lang, T>>;

/**
 * The one phase vocabulary of the project (model, hovers, inlay hints, panel, CLI):
 * - `layer`: RUN, COPY, ADD add a filesystem layer to the image;
 * - `metadata`: stored in the image configuration (WORKDIR also creates its directory);
 * - `build-only`: exists while building and is gone from the final image (ARG, parser directives,
 *   RUN --mount secrets and caches, stages that are not the target).
 */
export type Phase = 'layer' | 'metadata' | 'build-only';
export const PHASES: readonly Phase[] = ['layer', 'metadata', 'build-only'];

/** Zero-based line and UTF-16 character, as in LSP. */
export interface Pos {
  readonly line: number;
  readonly character: number;
}

export interface Span {
  readonly start: Pos;
  readonly end: Pos;
}

/** Custom LSP request behind the Explain panel and `dockerfile-tutor explain`. */
export const EXPLAIN_REQUEST = 'dockerfileTutor/explain';

export interface ExplainParams {
  /** The document to explain. */
  readonly uri: string;
  /** Language of the texts in the result; the server's current language when absent. */
  readonly lang?: Lang;
}

export type Severity = 'error' | 'warning' | 'info' | 'style';

export interface ExplainFinding {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  /** Link to the rule's lesson (a file: URI of docs/rules/<code>.<lang>.md, or an https URL). */
  readonly href?: string;
}

export interface ExplainInstruction {
  /** Upper-case keyword (for ONBUILD: `ONBUILD`). */
  readonly keyword: string;
  /** The instruction's text as written (continuations joined with newlines, heredoc bodies excluded). */
  readonly text: string;
  readonly span: Span;
  readonly phase: Phase;
  /** Whether the running container sees this (CMD, ENTRYPOINT, ENV, USER, WORKDIR, EXPOSE, VOLUME, HEALTHCHECK, STOPSIGNAL). */
  readonly runtimeVisible: boolean;
  /** One-line explanation of what it does to the image and the container, in the requested language. */
  readonly summary: string;
  /** For RUN --mount: the mount types used (cache, secret, ssh, bind, tmpfs); these are build-only. */
  readonly buildOnlyMounts?: readonly string[];
  readonly findings: readonly ExplainFinding[];
}

export interface ExplainStage {
  readonly index: number;
  /** `AS name`, when present. */
  readonly name?: string;
  /** The FROM argument as written (image reference, stage name or `scratch`). */
  readonly base: string;
  /** Index of the stage this one builds on (`FROM <stage>`), when it does. */
  readonly baseStage?: number;
  /** Image parts when the base is an image (not a stage, not `scratch`). */
  readonly image?: ImageRef;
  readonly platform?: string;
  readonly span: Span;
  /** True for the stage that becomes the image (`docker build` without `--target`: the last one). */
  readonly isTarget: boolean;
  /** Stages this one copies or mounts files from (`COPY --from`, `RUN --mount=from=`), by index, or external images by name. */
  readonly copiesFrom: readonly { readonly stage?: number; readonly image?: string; readonly line: number }[];
  readonly instructions: readonly ExplainInstruction[];
}

export interface ImageRef {
  readonly registry: string;
  readonly repository: string;
  readonly tag?: string;
  readonly digest?: string;
  /** True when neither tag nor digest is given (Docker pulls `latest`). */
  readonly implicitLatest: boolean;
}

/** The container that `docker run` on the target stage would start. */
export interface ExplainRuntime {
  /** The process the container runs: ENTRYPOINT + CMD as the runtime combines them, argv form. */
  readonly argv: readonly string[];
  /** Whether ENTRYPOINT / CMD are in shell form (wrapped in the SHELL, default `/bin/sh -c`). */
  readonly entrypointForm?: 'exec' | 'shell';
  readonly cmdForm?: 'exec' | 'shell';
  readonly user?: string;
  readonly workdir?: string;
  readonly env: readonly { readonly name: string; readonly value: string }[];
  readonly exposedPorts: readonly string[];
  readonly volumes: readonly string[];
  readonly healthcheck?: { readonly test: string; readonly options: Readonly<Record<string, string>> } | 'NONE';
  readonly stopSignal?: string;
  readonly labels: readonly { readonly name: string; readonly value: string }[];
}

export interface ExplainResult {
  readonly uri: string;
  readonly lang: Lang;
  /** File name shown in the panel (last path segment of the uri). */
  readonly fileName: string;
  readonly stages: readonly ExplainStage[];
  /** Index of the stage that is built (the last stage, or the `dockerfileTutor.buildTarget` setting). */
  readonly targetStage: number;
  readonly runtime: ExplainRuntime;
  /** Parser directives found at the top of the file. */
  readonly directives: readonly { readonly name: string; readonly value: string; readonly line: number }[];
  /** ARGs declared before the first FROM (visible to FROM lines only). */
  readonly globalArgs: readonly { readonly name: string; readonly defaultValue?: string; readonly line: number }[];
  /** Errors that stop the parse (what `docker build` would reject). */
  readonly parseErrors: readonly ExplainFinding[];
  /** Suggested commands for this file, ready to copy. */
  readonly commands: { readonly build: string; readonly run: string };
}
