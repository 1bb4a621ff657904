import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Localized } from '../../../server/src/knowledge/types';

export const REPO_ROOT = path.resolve(__dirname, '../../..');

export const HANGUL = /\p{Script=Hangul}/u;

export function readRepoFile(relative: string): string {
  return fs.readFileSync(path.join(REPO_ROOT, relative), 'utf8');
}

export function isLocalized(value: unknown): value is Localized {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value).sort();
  const record = value as Record<string, unknown>;
  return keys.length === 2 && keys[0] === 'en' && keys[1] === 'ko' && typeof record.en === 'string' && typeof record.ko === 'string';
}

/** Every Localized text found under `root`, with a path for messages. */
export function collectLocalized(root: unknown, at: string, out: { path: string; text: Localized }[] = []): { path: string; text: Localized }[] {
  if (isLocalized(root)) {
    out.push({ path: at, text: root });
  } else if (Array.isArray(root)) {
    root.forEach((item, i) => collectLocalized(item, `${at}[${i}]`, out));
  } else if (typeof root === 'object' && root !== null) {
    for (const [key, value] of Object.entries(root)) collectLocalized(value, `${at}.${key}`, out);
  }
  return out;
}

/** Every value stored under a key named `key`, anywhere under `root`. */
export function collectKey(root: unknown, key: string, at: string, out: { path: string; value: unknown }[] = []): { path: string; value: unknown }[] {
  if (Array.isArray(root)) {
    root.forEach((item, i) => collectKey(item, key, `${at}[${i}]`, out));
  } else if (typeof root === 'object' && root !== null) {
    for (const [k, value] of Object.entries(root)) {
      if (k === key) out.push({ path: `${at}.${k}`, value });
      collectKey(value, key, `${at}.${k}`, out);
    }
  }
  return out;
}

export interface NotesHeading {
  readonly line: number;
  readonly level: number;
  readonly text: string;
  /** The id of the `<a id="…"></a>` on the line before, if any. */
  readonly anchor: string | undefined;
}

const ANCHOR_LINE = /^\s*<a id="([^"]+)"><\/a>\s*$/;

/** Headings of a markdown file (outside code fences), with the explicit anchor placed before each. */
export function notesHeadings(markdown: string): { headings: NotesHeading[]; anchors: { line: number; id: string }[] } {
  const lines = markdown.split(/\r?\n/);
  const headings: NotesHeading[] = [];
  const anchors: { line: number; id: string }[] = [];
  let inFence = false;
  let previous: string | undefined;
  lines.forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) return;
    const anchor = ANCHOR_LINE.exec(line);
    if (anchor?.[1] !== undefined) anchors.push({ line: i + 1, id: anchor[1] });
    const heading = /^\s{0,3}(?:[-*+]\s+)?(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading?.[1] !== undefined && heading[2] !== undefined) {
      const before = previous === undefined ? undefined : ANCHOR_LINE.exec(previous)?.[1];
      headings.push({ line: i + 1, level: heading[1].length, text: heading[2], anchor: before });
    }
    if (line.trim() !== '') previous = line;
  });
  return { headings, anchors };
}

const PUNCT = /[\p{P}\p{S}]/u;
const SPACE = /\s/u;

function leftFlanking(before: string, after: string): boolean {
  if (after === '' || SPACE.test(after)) return false;
  return !PUNCT.test(after) || before === '' || SPACE.test(before) || PUNCT.test(before);
}

function rightFlanking(before: string, after: string): boolean {
  if (before === '' || SPACE.test(before)) return false;
  return !PUNCT.test(before) || after === '' || SPACE.test(after) || PUNCT.test(after);
}

/**
 * `**…**` and `*…*` spans (outside code spans) whose delimiters CommonMark would not treat as opening or
 * closing, so they render as literal asterisks.
 */
export function emphasisProblems(markdown: string): string[] {
  const problems: string[] = [];
  for (const line of markdown.split('\n')) {
    const text = line.replace(/`[^`]*`/g, (m) => 'x'.repeat(m.length)).replace(/^\s*[-*+] /, '  ').replace(/^\s*\d+\. /, '  ');
    for (const m of text.matchAll(/(\*\*|(?<!\*)\*(?!\*))(?=\S)(.+?)(?<=\S)\1/g)) {
      const open = m.index;
      const delimiter = m[1] ?? '';
      const close = open + m[0].length - delimiter.length;
      const okOpen = leftFlanking(text[open - 1] ?? '', text[open + delimiter.length] ?? '');
      const okClose = rightFlanking(text[close - 1] ?? '', text[close + delimiter.length] ?? '');
      if (!okOpen || !okClose) problems.push(`"${line.slice(Math.max(0, open - 10), close + delimiter.length + 10)}"`);
    }
  }
  return problems;
}
