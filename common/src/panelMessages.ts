/**
 * Messages between the extension and the Explain panel's webview, and the webview's persisted state.
 * Every message crosses a trust boundary (the webview is a browser page; the state comes back from
 * disk after a reload), so each direction has a type guard that checks the whole shape. Plain data:
 * no imports from `vscode`, no DOM.
 */
import type {
  ExplainFinding,
  ExplainInstruction,
  ExplainResult,
  ExplainRuntime,
  ExplainStage,
  ImageRef,
  Lang,
  Pos,
  Span,
} from './protocol';

/** The panel's two views. */
export type PanelView = 'lifecycle' | 'models';
export const PANEL_VIEWS: readonly PanelView[] = ['lifecycle', 'models'];

/** What to bring into view: a line of the document (0-based) and/or a stage index. */
export interface PanelFocus {
  readonly line?: number;
  readonly stage?: number;
}

/** One answered quiz question. */
export interface QuizAnswerRecord {
  /** Index of the choice picked last. */
  readonly choice: number;
  readonly correct: boolean;
}

/** Quiz progress, kept in the extension's global state: question id → last answer. */
export interface QuizProgress {
  readonly answers: Readonly<Record<string, QuizAnswerRecord>>;
}

export const EMPTY_PROGRESS: QuizProgress = { answers: {} };

// ---------------------------------------------------------------------------------------------
// Extension → webview
// ---------------------------------------------------------------------------------------------

export type ToWebviewMessage =
  /** Sent once the webview said `ready`, and again when the language setting changes. */
  | { readonly type: 'init'; readonly lang: Lang; readonly progress: QuizProgress }
  /** A fresh analysis of the followed document. */
  | { readonly type: 'analysis'; readonly result: ExplainResult; readonly focus?: PanelFocus }
  /** No Dockerfile to explain: the panel shows the service-models view. */
  | { readonly type: 'noDocument' }
  /** Bring an instruction or a stage into view (cursor moved, code lens, hover link). */
  | { readonly type: 'focus'; readonly focus: PanelFocus }
  /** Switch to a view. */
  | { readonly type: 'showView'; readonly view: PanelView }
  | { readonly type: 'progress'; readonly progress: QuizProgress }
  /** The analysis could not be had (no language server yet, request failed); already localized. */
  | { readonly type: 'error'; readonly message: string };

// ---------------------------------------------------------------------------------------------
// Webview → extension
// ---------------------------------------------------------------------------------------------

export type FromWebviewMessage =
  | { readonly type: 'ready' }
  /** Reveal and select a line (0-based) of the analysed document. */
  | { readonly type: 'reveal'; readonly uri: string; readonly line: number }
  | { readonly type: 'quizAnswer'; readonly questionId: string; readonly choice: number; readonly correct: boolean }
  | { readonly type: 'quizReset'; readonly questionIds: readonly string[] }
  /** Put a command on the clipboard. */
  | { readonly type: 'copy'; readonly text: string }
  /** Open a lint finding's lesson (`ExplainFinding.href`). */
  | { readonly type: 'openLesson'; readonly href: string }
  /** Open the course notes at a section (a `NotesSectionId`). */
  | { readonly type: 'openNotes'; readonly section: string };

// ---------------------------------------------------------------------------------------------
// Webview state (vscode.getState / setState, handed to the serializer after a reload)
// ---------------------------------------------------------------------------------------------

export const PANEL_STATE_VERSION = 1;

export interface PanelState {
  readonly version: typeof PANEL_STATE_VERSION;
  readonly view: PanelView;
  readonly lang?: Lang;
  /** The last analysis shown, so the panel paints at once after a reload. */
  readonly result?: ExplainResult;
  readonly focus?: PanelFocus;
}

// ---------------------------------------------------------------------------------------------
// Guards
// ---------------------------------------------------------------------------------------------

/** Longest text accepted in a message (a command line, a question id). */
const MAX_TEXT = 100_000;
const MAX_ID = 200;

type Rec = Readonly<Record<string, unknown>>;

function isRecord(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isString(v: unknown, max = MAX_TEXT): v is string {
  return typeof v === 'string' && v.length <= max;
}
function isNat(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}
function isBool(v: unknown): v is boolean {
  return typeof v === 'boolean';
}
function opt(v: unknown, check: (x: unknown) => boolean): boolean {
  return v === undefined || check(v);
}
function isArrayOf<T>(v: unknown, check: (x: unknown) => x is T): v is readonly T[] {
  return Array.isArray(v) && v.every((x) => check(x));
}
function isStr(v: unknown): v is string {
  return isString(v);
}

export function isLang(v: unknown): v is Lang {
  return v === 'en' || v === 'ko';
}
export function isPanelView(v: unknown): v is PanelView {
  return v === 'lifecycle' || v === 'models';
}

function isPos(v: unknown): v is Pos {
  return isRecord(v) && isNat(v.line) && isNat(v.character);
}
function isSpan(v: unknown): v is Span {
  return isRecord(v) && isPos(v.start) && isPos(v.end);
}
const SEVERITIES = new Set(['error', 'warning', 'info', 'style']);
function isFinding(v: unknown): v is ExplainFinding {
  return (
    isRecord(v) &&
    isString(v.code, MAX_ID) &&
    typeof v.severity === 'string' &&
    SEVERITIES.has(v.severity) &&
    isString(v.message) &&
    isSpan(v.span) &&
    opt(v.href, isStr)
  );
}
const PHASE_SET = new Set(['layer', 'metadata', 'build-only']);
function isInstruction(v: unknown): v is ExplainInstruction {
  return (
    isRecord(v) &&
    isString(v.keyword, MAX_ID) &&
    isString(v.text) &&
    isSpan(v.span) &&
    typeof v.phase === 'string' &&
    PHASE_SET.has(v.phase) &&
    isBool(v.runtimeVisible) &&
    isString(v.summary) &&
    opt(v.buildOnlyMounts, (x) => isArrayOf(x, isStr)) &&
    isArrayOf(v.findings, isFinding)
  );
}
function isImageRef(v: unknown): v is ImageRef {
  return (
    isRecord(v) &&
    isString(v.registry) &&
    isString(v.repository) &&
    opt(v.tag, isStr) &&
    opt(v.digest, isStr) &&
    isBool(v.implicitLatest)
  );
}
function isCopyFrom(v: unknown): v is ExplainStage['copiesFrom'][number] {
  return isRecord(v) && opt(v.stage, isNat) && opt(v.image, isStr) && isNat(v.line);
}
function isStage(v: unknown): v is ExplainStage {
  return (
    isRecord(v) &&
    isNat(v.index) &&
    opt(v.name, isStr) &&
    isString(v.base) &&
    opt(v.baseStage, isNat) &&
    opt(v.image, isImageRef) &&
    opt(v.platform, isStr) &&
    isSpan(v.span) &&
    isBool(v.isTarget) &&
    isArrayOf(v.copiesFrom, isCopyFrom) &&
    isArrayOf(v.instructions, isInstruction)
  );
}
function isNameValue(v: unknown): v is { name: string; value: string } {
  return isRecord(v) && isString(v.name) && isString(v.value);
}
function isForm(v: unknown): boolean {
  return v === 'exec' || v === 'shell';
}
function isHealthcheck(v: unknown): boolean {
  if (v === 'NONE') return true;
  return (
    isRecord(v) &&
    isString(v.test) &&
    isRecord(v.options) &&
    Object.values(v.options).every((o) => isString(o))
  );
}
function isRuntime(v: unknown): v is ExplainRuntime {
  return (
    isRecord(v) &&
    isArrayOf(v.argv, isStr) &&
    opt(v.entrypointForm, isForm) &&
    opt(v.cmdForm, isForm) &&
    opt(v.user, isStr) &&
    opt(v.workdir, isStr) &&
    isArrayOf(v.env, isNameValue) &&
    isArrayOf(v.exposedPorts, isStr) &&
    isArrayOf(v.volumes, isStr) &&
    opt(v.healthcheck, isHealthcheck) &&
    opt(v.stopSignal, isStr) &&
    isArrayOf(v.labels, isNameValue)
  );
}
function isDirective(v: unknown): v is ExplainResult['directives'][number] {
  return isRecord(v) && isString(v.name) && isString(v.value) && isNat(v.line);
}
function isGlobalArg(v: unknown): v is ExplainResult['globalArgs'][number] {
  return isRecord(v) && isString(v.name) && opt(v.defaultValue, isStr) && isNat(v.line);
}

/** Checks the whole shape of an analysis (it is rendered by the webview and kept in its state). */
export function isExplainResult(v: unknown): v is ExplainResult {
  return (
    isRecord(v) &&
    isString(v.uri) &&
    isLang(v.lang) &&
    isString(v.fileName) &&
    isArrayOf(v.stages, isStage) &&
    isNat(v.targetStage) &&
    isRuntime(v.runtime) &&
    isArrayOf(v.directives, isDirective) &&
    isArrayOf(v.globalArgs, isGlobalArg) &&
    isArrayOf(v.parseErrors, isFinding) &&
    isRecord(v.commands) &&
    isString(v.commands.build) &&
    isString(v.commands.run)
  );
}

export function isPanelFocus(v: unknown): v is PanelFocus {
  return isRecord(v) && opt(v.line, isNat) && opt(v.stage, isNat);
}

function isAnswerRecord(v: unknown): v is QuizAnswerRecord {
  return isRecord(v) && isNat(v.choice) && isBool(v.correct);
}

/** Question ids: lower-case words joined by `-` and `.` (see the panel quiz data). */
const QUESTION_ID = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
export function isQuestionId(v: unknown): v is string {
  return isString(v, MAX_ID) && QUESTION_ID.test(v);
}

export function isQuizProgress(v: unknown): v is QuizProgress {
  return (
    isRecord(v) &&
    isRecord(v.answers) &&
    Object.entries(v.answers).every(([k, a]) => isQuestionId(k) && isAnswerRecord(a))
  );
}

export function isToWebviewMessage(v: unknown): v is ToWebviewMessage {
  if (!isRecord(v)) return false;
  switch (v.type) {
    case 'init':
      return isLang(v.lang) && isQuizProgress(v.progress);
    case 'analysis':
      return isExplainResult(v.result) && opt(v.focus, isPanelFocus);
    case 'noDocument':
      return true;
    case 'focus':
      return isPanelFocus(v.focus);
    case 'showView':
      return isPanelView(v.view);
    case 'progress':
      return isQuizProgress(v.progress);
    case 'error':
      return isString(v.message);
    default:
      return false;
  }
}

export function isFromWebviewMessage(v: unknown): v is FromWebviewMessage {
  if (!isRecord(v)) return false;
  switch (v.type) {
    case 'ready':
      return true;
    case 'reveal':
      return isString(v.uri) && isNat(v.line);
    case 'quizAnswer':
      return isQuestionId(v.questionId) && isNat(v.choice) && isBool(v.correct);
    case 'quizReset':
      return isArrayOf(v.questionIds, isQuestionId);
    case 'copy':
      return isString(v.text) && v.text.length > 0;
    case 'openLesson':
      return isString(v.href, 2048);
    case 'openNotes':
      return isString(v.section, MAX_ID);
    default:
      return false;
  }
}

/** Accepts a restored state only when it is exactly ours (an older or damaged one is dropped). */
export function isPanelState(v: unknown): v is PanelState {
  return (
    isRecord(v) &&
    v.version === PANEL_STATE_VERSION &&
    isPanelView(v.view) &&
    opt(v.lang, isLang) &&
    opt(v.result, isExplainResult) &&
    opt(v.focus, isPanelFocus)
  );
}

/** Records an answer (pure). */
export function recordAnswer(progress: QuizProgress, questionId: string, answer: QuizAnswerRecord): QuizProgress {
  return { answers: { ...progress.answers, [questionId]: { choice: answer.choice, correct: answer.correct } } };
}

/** Forgets the answers to the given questions (pure). */
export function resetAnswers(progress: QuizProgress, questionIds: readonly string[]): QuizProgress {
  const drop = new Set(questionIds);
  const answers: Record<string, QuizAnswerRecord> = {};
  for (const [k, a] of Object.entries(progress.answers)) if (!drop.has(k)) answers[k] = a;
  return { answers };
}
