/**
 * The Explain panel's script (bundled to dist/webview.js, loaded by nonce). It keeps one model,
 * changed only by `reduce`, persists it with `setState`, and re-renders the page from it.
 * Messages from the extension are checked by `isToWebviewMessage`; anything else is ignored.
 */
import type { Lang } from '../../common/src/protocol';
import { isToWebviewMessage } from '../../common/src/panelMessages';
import type { FromWebviewMessage, PanelView } from '../../common/src/panelMessages';
import { PANEL_UI } from '../../server/src/knowledge/panel/ui';
import { t, tt } from './context';
import type { Ctx } from './context';
import { h } from './dom';
import { renderLifecycle } from './lifecycleView';
import { renderModels } from './modelsView';
import { initialModel, reduce, toPanelState } from './state';
import type { Action, Model } from './state';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app') ?? document.body;
const pageLang: Lang = document.documentElement.lang === 'ko' ? 'ko' : 'en';

let model: Model = initialModel(vscode.getState(), pageLang);
/** The focus request last scrolled to. */
let scrolledSeq = 0;

function post(message: FromWebviewMessage): void {
  vscode.postMessage(message);
}

function dispatch(action: Action): void {
  const before = model;
  model = reduce(model, action);
  vscode.setState(toPanelState(model));
  render(before.view !== model.view && action.type === 'selectView');
}

const VIEWS: readonly { readonly view: PanelView; readonly label: 'tabLifecycle' | 'tabModels' }[] = [
  { view: 'lifecycle', label: 'tabLifecycle' },
  { view: 'models', label: 'tabModels' },
];

function renderTabs(ctx: Ctx): HTMLElement {
  const tabs = VIEWS.map(({ view, label }) => {
    const selected = model.view === view;
    const tab = h(
      'button',
      { type: 'button', role: 'tab', id: `tab-${view}`, 'data-key': `tab-${view}`, 'aria-selected': selected ? 'true' : 'false', 'aria-controls': `panel-${view}`, tabindex: selected ? 0 : -1 },
      t(ctx, label),
    );
    tab.addEventListener('click', () => dispatch({ type: 'selectView', view }));
    tab.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft' && e.key !== 'Home' && e.key !== 'End') return;
      e.preventDefault();
      const i = VIEWS.findIndex((v) => v.view === view);
      const next = e.key === 'Home' ? 0 : e.key === 'End' ? VIEWS.length - 1 : (i + (e.key === 'ArrowRight' ? 1 : VIEWS.length - 1)) % VIEWS.length;
      const target = VIEWS[next];
      if (target) {
        dispatch({ type: 'selectView', view: target.view });
        document.getElementById(`tab-${target.view}`)?.focus();
      }
    });
    return tab;
  });
  return h('div', { class: 'tabs', role: 'tablist', 'aria-label': tt(ctx, 'tabsLabel') }, tabs);
}

function render(scrollTop = false): void {
  const ctx: Ctx = { lang: model.lang, model, post, dispatch };
  const activeKey = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.key : undefined;

  document.documentElement.lang = model.lang;
  document.title = PANEL_UI.appLabel[model.lang];
  const heading = model.result && model.view === 'lifecycle' ? t(ctx, 'fileHeading', { file: model.result.fileName }, ['file']) : t(ctx, 'appLabel');
  const view = model.view === 'lifecycle' ? renderLifecycle(ctx) : renderModels(ctx);
  app.replaceChildren(
    h('header', { class: 'top' }, h('h1', {}, heading), renderTabs(ctx)),
    model.error ? h('div', { class: 'error', role: 'alert' }, h('strong', {}, t(ctx, 'errorHeading')), ' ', model.error) : '',
    h('main', { id: `panel-${model.view}`, role: 'tabpanel', 'aria-labelledby': `tab-${model.view}`, tabindex: -1 }, view),
  );

  if (activeKey) {
    const again = app.querySelector<HTMLElement>(`[data-key="${CSS.escape(activeKey)}"]`);
    again?.focus({ preventScroll: true });
  }
  if (scrollTop) window.scrollTo(0, 0);
  applyFocus();
}

/** Highlights the focused instruction or stage, and scrolls to it once per focus request. */
function applyFocus(): void {
  const focus = model.focus;
  if (!focus || model.view !== 'lifecycle' || !model.result) return;
  let target: HTMLElement | undefined;
  if (focus.line !== undefined) {
    const line = focus.line;
    let best: { el: HTMLElement; size: number } | undefined;
    for (const el of app.querySelectorAll<HTMLElement>('#image [data-start-line], #pipeline [data-start-line]')) {
      const start = Number(el.dataset.startLine);
      const end = Number(el.dataset.endLine);
      if (start <= line && line <= end && (!best || end - start < best.size)) best = { el, size: end - start };
    }
    target = best?.el;
  }
  if (!target && focus.stage !== undefined) {
    target = app.querySelector<HTMLElement>(`.stage-card[data-stage="${focus.stage}"]`) ?? undefined;
  }
  if (!target) return;
  target.classList.add('is-focused');
  const details = target.closest('details');
  if (details) details.open = true;
  if (model.focusSeq !== scrolledSeq) {
    scrolledSeq = model.focusSeq;
    target.scrollIntoView({ block: 'center' });
  }
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (isToWebviewMessage(event.data)) dispatch(event.data);
});

render();
post({ type: 'ready' });
