/**
 * What the Explain panel does, apart from VS Code: which document it follows, when it asks the
 * language server again, what it tells the webview, what it does with the webview's messages.
 * Every effect goes through `ControllerPorts`, so unit tests drive it with fakes; `index.ts`
 * connects the ports to VS Code.
 */
import type { ExplainResult, Lang } from '../../../common/src/protocol';
import { isFromWebviewMessage, recordAnswer, resetAnswers } from '../../../common/src/panelMessages';
import type { PanelFocus, QuizProgress, ToWebviewMessage } from '../../../common/src/panelMessages';
import { isNotesSectionId } from '../../../server/src/knowledge/notes';
import type { NotesSectionId } from '../../../server/src/knowledge/types';

export const DOCKERFILE_LANGUAGE = 'dockerfile';

/** An editor's document, as the controller sees it. */
export interface EditorInfo {
  readonly uri: string;
  readonly languageId: string;
  /** 0-based line of the cursor. */
  readonly cursorLine: number;
}

export interface Timer {
  cancel(): void;
}

export interface ControllerPorts {
  /** Asks the language server; rejects when it cannot answer. */
  explain(uri: string, lang: Lang): Promise<ExplainResult>;
  /** Sends to the webview (dropped when there is no panel). */
  post(message: ToWebviewMessage): void;
  lang(): Lang;
  loadProgress(): QuizProgress;
  saveProgress(progress: QuizProgress): Promise<void>;
  schedule(run: () => void, ms: number): Timer;
  reveal(uri: string, line: number): Promise<void>;
  copy(text: string): Promise<void>;
  openLesson(href: string): Promise<void>;
  openNotes(section: NotesSectionId): Promise<void>;
  /** The localized text shown when the analysis failed. */
  failureText(error: unknown): string;
}

/** Arguments of `dockerfileTutor.explain` (hover link, code lens); anything else is ignored. */
export interface ExplainArgs {
  readonly uri?: string;
  readonly line?: number;
  readonly stage?: number;
}

export function parseExplainArgs(v: unknown): ExplainArgs {
  if (typeof v !== 'object' || v === null) return {};
  const r = v as Record<string, unknown>;
  const nat = (x: unknown): number | undefined => (typeof x === 'number' && Number.isSafeInteger(x) && x >= 0 ? x : undefined);
  const uri = typeof r.uri === 'string' && r.uri.length > 0 ? r.uri : undefined;
  const line = nat(r.line);
  const stage = nat(r.stage);
  return { ...(uri !== undefined ? { uri } : {}), ...(line !== undefined ? { line } : {}), ...(stage !== undefined ? { stage } : {}) };
}

export class ExplainController {
  private followed: string | undefined;
  private ready = false;
  /** Focus to send with the next analysis (set by the command, used once). */
  private pendingFocus: PanelFocus | undefined;
  private generation = 0;
  private refreshTimer: Timer | undefined;
  private focusTimer: Timer | undefined;

  constructor(
    private readonly ports: ControllerPorts,
    private readonly delays: { readonly edit: number; readonly cursor: number } = { edit: 300, cursor: 150 },
  ) {}

  /** The document the panel explains, if any. */
  get followedUri(): string | undefined {
    return this.followed;
  }

  /** A new webview (created or revived): wait for its `ready`. `uri` is the document to follow. */
  attach(uri: string | undefined): void {
    this.ready = false;
    this.followed = uri;
  }

  /** The panel was closed. */
  detach(): void {
    this.ready = false;
    this.cancelTimers();
    this.generation++;
  }

  /**
   * The command ran: follow `args.uri` or the active Dockerfile, focused on the given line or stage
   * (else the cursor); with neither, show the service models.
   */
  show(args: ExplainArgs, active: EditorInfo | undefined): void {
    const activeDockerfile = active && active.languageId === DOCKERFILE_LANGUAGE ? active : undefined;
    const uri = args.uri ?? activeDockerfile?.uri;
    if (uri === undefined) {
      // No Dockerfile: the service models (the analysis already shown, if any, stays a tab away).
      this.pendingFocus = undefined;
      if (this.ready) this.ports.post(this.followed === undefined ? { type: 'noDocument' } : { type: 'showView', view: 'models' });
      return;
    }
    // Always a focus, so the panel turns to the lifecycle view; empty means "the whole file".
    let focus: PanelFocus = {};
    if (args.line !== undefined || args.stage !== undefined) {
      focus = { ...(args.line !== undefined ? { line: args.line } : {}), ...(args.stage !== undefined ? { stage: args.stage } : {}) };
    } else if (activeDockerfile && activeDockerfile.uri === uri) {
      focus = { line: activeDockerfile.cursorLine };
    }
    this.followed = uri;
    this.pendingFocus = focus;
    if (this.ready) this.refreshNow();
  }

  /** A message from the webview; anything that is not a valid message is ignored. */
  async onMessage(raw: unknown): Promise<void> {
    if (!isFromWebviewMessage(raw)) return;
    switch (raw.type) {
      case 'ready':
        this.ready = true;
        this.ports.post({ type: 'init', lang: this.ports.lang(), progress: this.ports.loadProgress() });
        if (this.followed === undefined) this.ports.post({ type: 'noDocument' });
        else this.refreshNow();
        return;
      case 'reveal':
        if (raw.uri === this.followed) await this.ports.reveal(raw.uri, raw.line);
        return;
      case 'quizAnswer':
        await this.ports.saveProgress(recordAnswer(this.ports.loadProgress(), raw.questionId, { choice: raw.choice, correct: raw.correct }));
        return;
      case 'quizReset':
        await this.ports.saveProgress(resetAnswers(this.ports.loadProgress(), raw.questionIds));
        return;
      case 'copy':
        await this.ports.copy(raw.text);
        return;
      case 'openLesson':
        await this.ports.openLesson(raw.href);
        return;
      case 'openNotes':
        if (isNotesSectionId(raw.section)) await this.ports.openNotes(raw.section);
        return;
    }
  }

  /** The active editor changed: follow it when it is a Dockerfile; keep the current one otherwise. */
  onActiveEditor(editor: EditorInfo | undefined): void {
    if (!editor || editor.languageId !== DOCKERFILE_LANGUAGE || editor.uri === this.followed) return;
    this.followed = editor.uri;
    this.pendingFocus = { line: editor.cursorLine };
    if (this.ready) this.refreshNow();
  }

  /** The user typed in a document: re-analyse the followed one after a pause. */
  onDocumentChanged(uri: string): void {
    if (uri !== this.followed || !this.ready) return;
    this.refreshTimer?.cancel();
    this.refreshTimer = this.ports.schedule(() => {
      this.refreshTimer = undefined;
      this.refreshNow();
    }, this.delays.edit);
  }

  /** The cursor moved in a document: bring its instruction into view after a pause. */
  onCursor(uri: string, line: number): void {
    if (uri !== this.followed || !this.ready) return;
    this.focusTimer?.cancel();
    this.focusTimer = this.ports.schedule(() => {
      this.focusTimer = undefined;
      this.ports.post({ type: 'focus', focus: { line } });
    }, this.delays.cursor);
  }

  /** A document was closed: when it is the followed one, fall back to the service models. */
  onDocumentClosed(uri: string): void {
    if (uri !== this.followed) return;
    this.followed = undefined;
    this.cancelTimers();
    this.generation++;
    if (this.ready) this.ports.post({ type: 'noDocument' });
  }

  /** The language setting changed: new labels, and the server's texts in the new language. */
  onLanguageChanged(): void {
    if (!this.ready) return;
    this.ports.post({ type: 'init', lang: this.ports.lang(), progress: this.ports.loadProgress() });
    if (this.followed !== undefined) this.refreshNow();
  }

  private cancelTimers(): void {
    this.refreshTimer?.cancel();
    this.refreshTimer = undefined;
    this.focusTimer?.cancel();
    this.focusTimer = undefined;
  }

  private refreshNow(): void {
    void this.refresh();
  }

  /** Asks for a fresh analysis; an answer overtaken by a newer request is dropped. */
  private async refresh(): Promise<void> {
    const uri = this.followed;
    if (uri === undefined) return;
    const generation = ++this.generation;
    const focus = this.pendingFocus;
    this.pendingFocus = undefined;
    let result: ExplainResult;
    try {
      result = await this.ports.explain(uri, this.ports.lang());
    } catch (error) {
      if (generation === this.generation) this.ports.post({ type: 'error', message: this.ports.failureText(error) });
      return;
    }
    if (generation !== this.generation || !this.ready) return;
    this.ports.post(focus ? { type: 'analysis', result, focus } : { type: 'analysis', result });
  }
}
