/**
 * The webview's model and its reducer: pure, no DOM, so unit tests run it under Node.
 * Messages from the extension and the user's actions go through `reduce`; what survives a reload
 * is `toPanelState(model)`, handed to `vscode.setState` and later to the serializer.
 */
import type { ExplainResult, Lang } from '../../common/src/protocol';
import {
  EMPTY_PROGRESS,
  PANEL_STATE_VERSION,
  isPanelState,
  recordAnswer,
  resetAnswers,
} from '../../common/src/panelMessages';
import type { PanelFocus, PanelState, PanelView, QuizProgress, ToWebviewMessage } from '../../common/src/panelMessages';

export type Status = 'waiting' | 'ready' | 'noDocument';

export interface Model {
  readonly lang: Lang;
  readonly view: PanelView;
  readonly status: Status;
  readonly result?: ExplainResult;
  /** Last error reported by the extension, shown above the view until the next analysis. */
  readonly error?: string;
  readonly focus?: PanelFocus;
  /** Increases with each request to bring something into view (so a re-render does not scroll again). */
  readonly focusSeq: number;
  readonly progress: QuizProgress;
}

/** What the user does in the panel. */
export type UiEvent =
  | { readonly type: 'selectView'; readonly view: PanelView }
  | { readonly type: 'answer'; readonly questionId: string; readonly choice: number; readonly correct: boolean }
  | { readonly type: 'reset'; readonly questionIds: readonly string[] };

export type Action = ToWebviewMessage | UiEvent;

/** The model at start: from the saved state when it is valid, else waiting for the extension. */
export function initialModel(saved: unknown, fallbackLang: Lang): Model {
  if (isPanelState(saved)) {
    return {
      lang: saved.lang ?? saved.result?.lang ?? fallbackLang,
      view: saved.view,
      status: saved.result ? 'ready' : 'waiting',
      ...(saved.result ? { result: saved.result } : {}),
      ...(saved.focus ? { focus: saved.focus } : {}),
      focusSeq: saved.focus ? 1 : 0,
      progress: EMPTY_PROGRESS,
    };
  }
  return { lang: fallbackLang, view: 'lifecycle', status: 'waiting', focusSeq: 0, progress: EMPTY_PROGRESS };
}

function without<K extends keyof Model>(model: Model, key: K): Model {
  const copy: { -readonly [P in keyof Model]?: Model[P] } = { ...model };
  delete copy[key];
  return copy as Model;
}

export function reduce(model: Model, action: Action): Model {
  switch (action.type) {
    case 'init':
      return { ...model, lang: action.lang, progress: action.progress };
    case 'analysis': {
      const next = without({ ...model, result: action.result, status: 'ready' }, 'error');
      if (action.focus) {
        return { ...next, view: 'lifecycle', focus: action.focus, focusSeq: model.focusSeq + 1 };
      }
      // The first analysis after "no Dockerfile" brings the lifecycle view back.
      return model.status === 'ready' ? next : { ...next, view: 'lifecycle' };
    }
    case 'noDocument':
      return without(without({ ...model, status: 'noDocument', view: 'models' }, 'result'), 'focus');
    case 'focus':
      return { ...model, view: 'lifecycle', focus: action.focus, focusSeq: model.focusSeq + 1 };
    case 'showView':
    case 'selectView':
      return { ...model, view: action.view };
    case 'progress':
      return { ...model, progress: action.progress };
    case 'error':
      return { ...model, error: action.message };
    case 'answer':
      return { ...model, progress: recordAnswer(model.progress, action.questionId, { choice: action.choice, correct: action.correct }) };
    case 'reset':
      return { ...model, progress: resetAnswers(model.progress, action.questionIds) };
  }
}

/** What `vscode.setState` keeps: enough to paint the same panel after a reload. */
export function toPanelState(model: Model): PanelState {
  return {
    version: PANEL_STATE_VERSION,
    view: model.view,
    lang: model.lang,
    ...(model.result ? { result: model.result } : {}),
    ...(model.focus ? { focus: model.focus } : {}),
  };
}
