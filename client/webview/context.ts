/** What every view renderer gets: the language, the labels, and ways to talk back. */
import type { Lang, Localized } from '../../common/src/protocol';
import type { FromWebviewMessage } from '../../common/src/panelMessages';
import { NOTES_SECTIONS } from '../../server/src/knowledge/notes';
import type { NotesSectionId } from '../../server/src/knowledge/types';
import { PANEL_UI } from '../../server/src/knowledge/panel/ui';
import type { UiKey } from '../../server/src/knowledge/panel/ui';
import type { PanelTopic } from '../../server/src/knowledge/panel/types';
import { fill, fillText, h, paragraphs } from './dom';
import type { Model, UiEvent } from './state';

export interface Ctx {
  readonly lang: Lang;
  readonly model: Model;
  post(message: FromWebviewMessage): void;
  dispatch(event: UiEvent): void;
}

type Values = Readonly<Record<string, string | number>>;

export function loc(ctx: Ctx, text: Localized): string {
  return text[ctx.lang];
}

/** A label as nodes (inline markup, placeholders filled). */
export function t(ctx: Ctx, key: UiKey, values: Values = {}, asCode: readonly string[] = []): Node[] {
  return fill(PANEL_UI[key][ctx.lang], values, asCode);
}

/** A label as plain text (for ARIA labels). */
export function tt(ctx: Ctx, key: UiKey, values: Values = {}): string {
  return fillText(PANEL_UI[key][ctx.lang], values);
}

/** A button that opens the course notes at a section. */
export function notesLink(ctx: Ctx, section: NotesSectionId): HTMLElement {
  const heading = NOTES_SECTIONS[section].heading[ctx.lang];
  const button = h('button', { type: 'button', class: 'link notes-link', 'data-key': `notes-${section}` }, t(ctx, 'notesLink', { heading }));
  button.addEventListener('click', () => ctx.post({ type: 'openNotes', section }));
  return button;
}

/** A titled explanation with its notes link. */
export function topic(ctx: Ctx, item: PanelTopic, values: Values = {}, headingLevel: 'h3' | 'h4' = 'h4'): HTMLElement {
  return h(
    'article',
    { class: 'topic' },
    h(headingLevel, {}, fill(loc(ctx, item.title), values)),
    paragraphs(loc(ctx, item.body), values),
    item.section ? notesLink(ctx, item.section) : null,
  );
}

/** A section with a heading, labelled by it for screen readers. */
export function section(id: string, heading: Node[], ...children: readonly (Node | null | readonly Node[])[]): HTMLElement {
  const headingId = `${id}-heading`;
  return h('section', { id, class: 'block', 'aria-labelledby': headingId }, h('h2', { id: headingId }, heading), ...children);
}

/** A button that copies a command through the extension. */
export function copyButton(ctx: Ctx, command: string, key: string): HTMLElement {
  const button = h('button', { type: 'button', class: 'copy', 'data-key': key, 'aria-label': tt(ctx, 'copyLabel', { command }) }, t(ctx, 'copy'));
  button.addEventListener('click', () => {
    ctx.post({ type: 'copy', text: command });
    button.textContent = tt(ctx, 'copied');
  });
  return button;
}

/** A command to copy: the command in a code block and its button. */
export function commandRow(ctx: Ctx, label: Node[], command: string, key: string): HTMLElement {
  return h(
    'div',
    { class: 'command' },
    h('div', { class: 'command-label' }, label),
    h('pre', { class: 'command-text' }, h('code', {}, command)),
    copyButton(ctx, command, key),
  );
}
