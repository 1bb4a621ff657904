/**
 * The only way the panel makes DOM: elements by name, attributes by `setAttribute`, text by text
 * nodes. No `innerHTML` anywhere, so a Dockerfile's `<script>` or `<img onerror=…>` stays text.
 */

export type Child = Node | string | null | undefined | false;

export interface Attrs {
  readonly [name: string]: string | number | boolean | undefined;
}

/** Creates an element; `class` and other attributes as given, children appended in order. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: readonly (Child | readonly Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: readonly (Child | readonly Child[])[]): void {
  for (const c of children) {
    if (Array.isArray(c)) {
      append(parent, c as readonly Child[]);
    } else if (typeof c === 'string') {
      parent.appendChild(document.createTextNode(c));
    } else if (c) {
      parent.appendChild(c as Node);
    }
  }
}

type Segment = { readonly kind: 'text' | 'code' | 'strong'; readonly text: string };

/** Splits inline markup (`code`, **strong**) into segments. */
function segments(text: string): Segment[] {
  const out: Segment[] = [];
  const re = /`([^`]+)`|\*\*([^*]+)\*\*/g;
  let last = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
    if (m[1] !== undefined) out.push({ kind: 'code', text: m[1] });
    else if (m[2] !== undefined) out.push({ kind: 'strong', text: m[2] });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

type Values = Readonly<Record<string, string | number>>;
const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;

function substitute(text: string, values: Values): string {
  return text.replace(PLACEHOLDER, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/**
 * Renders a learning text: inline markup (`code`, **strong**) and `{name}` placeholders filled with
 * values. Values become text (or `code` when listed in `asCode`), never markup.
 */
export function fill(template: string, values: Values = {}, asCode: readonly string[] = []): Node[] {
  const out: Node[] = [];
  for (const seg of segments(template)) {
    if (seg.kind === 'code') {
      out.push(h('code', {}, substitute(seg.text, values)));
    } else if (seg.kind === 'strong') {
      out.push(h('strong', {}, substitute(seg.text, values)));
    } else {
      for (const part of seg.text.split(/(\{[a-zA-Z]+\})/)) {
        const key = /^\{([a-zA-Z]+)\}$/.exec(part)?.[1];
        if (key !== undefined && key in values) {
          const v = String(values[key]);
          out.push(asCode.includes(key) ? h('code', {}, v) : document.createTextNode(v));
        } else if (part) {
          out.push(document.createTextNode(part));
        }
      }
    }
  }
  return out;
}

/** Inline markup only. */
export function inline(text: string): Node[] {
  return fill(text);
}

/** Paragraphs (separated by a blank line) of a learning text. */
export function paragraphs(text: string, values: Values = {}, className?: string): HTMLElement[] {
  return text.split(/\n\s*\n/).map((p) => h('p', className ? { class: className } : {}, fill(p, values)));
}

/** The same template as plain text (for `aria-label` and `title`). */
export function fillText(template: string, values: Values = {}): string {
  return segments(template)
    .map((s) => substitute(s.text, values))
    .join('');
}
