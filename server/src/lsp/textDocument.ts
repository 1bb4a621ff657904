/**
 * The server's open documents: the `TextDocument` of `vscode-languageserver-textdocument`, with the same text,
 * positions, offsets and incremental updates (test/server/textDocument.test.ts checks every one against that library
 * over random texts and edits), but with its table of line starts found by native string searches.
 *
 * The library finds line starts with a loop over every character, which the server runs without the optimizing
 * compiler (heap.ts): for the 2 MB test file, 65–80 ms of the main thread in one go, after every open and again after
 * any change that cuts or joins a `\r\n`. Hovers on other files waited for it (`bench/lsp-quick.ts --busy-hovers`,
 * a CPU profile of the server). Searching for the next `\n` and `\r` takes a few milliseconds for the same file.
 */
import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import type { Position, Range, TextDocument } from 'vscode-languageserver-textdocument';

const CR = 13;
const LF = 10;

/**
 * Offsets (plus `base`) of the lines that start in `text`: after each `\n`, `\r\n` or lone `\r`; with `first`, also
 * the text's own start.
 */
export function lineStartsOf(text: string, first: boolean, base = 0): number[] {
  const starts = first ? [base] : [];
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  // Without a `\r` (most files), every line break is a `\n`.
  if (cr < 0) {
    while (lf >= 0) {
      starts.push(base + lf + 1);
      lf = text.indexOf('\n', lf + 1);
    }
    return starts;
  }
  while (lf >= 0 || cr >= 0) {
    if (cr >= 0 && (lf < 0 || cr < lf)) {
      const crlf = text.charCodeAt(cr + 1) === LF;
      const next = cr + (crlf ? 2 : 1);
      starts.push(base + next);
      if (crlf) lf = text.indexOf('\n', next);
      cr = text.indexOf('\r', next);
    } else {
      starts.push(base + lf + 1);
      lf = text.indexOf('\n', lf + 1);
    }
  }
  return starts;
}

function isLineBreak(c: number): boolean {
  return c === CR || c === LF;
}

/** The range with its start before its end (a client may send them the other way round). */
function ordered(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}

function isRangeChange(change: TextDocumentContentChangeEvent): change is { range: Range; rangeLength?: number; text: string } {
  const c = change as Partial<{ range: Range; rangeLength: number; text: string }>;
  return typeof c.text === 'string' && c.range !== undefined && (c.rangeLength === undefined || typeof c.rangeLength === 'number');
}

function isWholeChange(change: TextDocumentContentChangeEvent): change is { text: string } {
  const c = change as Partial<{ range: Range; rangeLength: number; text: string }>;
  return typeof c.text === 'string' && c.range === undefined && c.rangeLength === undefined;
}

class ServerTextDocument implements TextDocument {
  private text: string;
  /** Line starts, made on first use (`starts()`). */
  private lineStarts: number[] | undefined = undefined;
  private currentVersion: number;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    version: number,
    text: string,
  ) {
    this.text = text;
    this.currentVersion = version;
  }

  get version(): number {
    return this.currentVersion;
  }

  get lineCount(): number {
    return this.starts().length;
  }

  getText(range?: Range): string {
    if (range === undefined) return this.text;
    return this.text.substring(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  positionAt(offset: number): Position {
    const at = Math.max(Math.min(offset, this.text.length), 0);
    const starts = this.starts();
    // The last line that starts at or before `at` (there is always line 0, at 0).
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (starts[mid]! > at) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    const lineStart = starts[line]!;
    return { line, character: this.beforeLineBreak(at, lineStart) - lineStart };
  }

  offsetAt(position: Position): number {
    const starts = this.starts();
    if (position.line >= starts.length) return this.text.length;
    if (position.line < 0) return 0;
    const lineStart = starts[position.line]!;
    if (position.character <= 0) return lineStart;
    const next = position.line + 1 < starts.length ? starts[position.line + 1]! : this.text.length;
    return this.beforeLineBreak(Math.min(lineStart + position.character, next), lineStart);
  }

  getLineRange(line: number): Range {
    const starts = this.starts();
    if (line >= starts.length) {
      const last = starts.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.text.length - starts[last]! } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const start = starts[line]!;
    const next = line + 1 < starts.length ? starts[line + 1]! : this.text.length;
    return { start: { line, character: 0 }, end: { line, character: this.beforeLineBreak(next, start) - start } };
  }

  getEOLCharacters(line: number): string {
    const starts = this.starts();
    if (line < 0 || line >= starts.length) return '';
    const next = line + 1 < starts.length ? starts[line + 1]! : this.text.length;
    return this.text.substring(this.beforeLineBreak(next, starts[line]!), next);
  }

  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if (isRangeChange(change)) this.replace(ordered(change.range), change.text);
      else if (isWholeChange(change)) {
        this.text = change.text;
        this.lineStarts = undefined;
      } else throw new Error('Unknown change event received');
    }
    this.currentVersion = version;
  }

  /** Puts `inserted` in place of `range`, and moves the line starts after it. */
  private replace(range: Range, inserted: string): void {
    const from = this.offsetAt(range.start);
    const to = this.offsetAt(range.end);
    const t = this.text.substring(0, from) + inserted + this.text.substring(to);
    this.text = t;
    const insertedEnd = from + inserted.length;
    // A `\r\n` made or split at either end of the change: the line starts around it are no longer what they were.
    if ((t.charCodeAt(from - 1) === CR && t.charCodeAt(from) === LF) || (t.charCodeAt(insertedEnd - 1) === CR && t.charCodeAt(insertedEnd) === LF)) {
      this.lineStarts = undefined;
      return;
    }
    // `offsetAt` above made the table.
    let starts = this.lineStarts!;
    const startLine = Math.max(range.start.line, 0);
    const endLine = Math.max(range.end.line, 0);
    const added = lineStartsOf(inserted, false, from);
    if (endLine - startLine === added.length) {
      for (let k = 0; k < added.length; k++) starts[startLine + 1 + k] = added[k]!;
    } else {
      starts = starts.slice(0, startLine + 1).concat(added, starts.slice(endLine + 1));
      this.lineStarts = starts;
    }
    const shift = inserted.length - (to - from);
    if (shift !== 0) for (let k = startLine + 1 + added.length; k < starts.length; k++) starts[k] = starts[k]! + shift;
  }

  private starts(): number[] {
    return (this.lineStarts ??= lineStartsOf(this.text, true));
  }

  /** `offset`, moved back before any line break characters that end the line starting at `lineStart`. */
  private beforeLineBreak(offset: number, lineStart: number): number {
    let at = offset;
    while (at > lineStart && isLineBreak(this.text.charCodeAt(at - 1))) at--;
    return at;
  }
}

/** How `TextDocuments` makes and updates the server's documents. */
export const SERVER_TEXT_DOCUMENTS: TextDocumentsConfiguration<TextDocument> = {
  create(uri, languageId, version, content) {
    return new ServerTextDocument(uri, languageId, version, content);
  },
  update(document, changes, version) {
    if (!(document instanceof ServerTextDocument)) throw new Error('not a document made by SERVER_TEXT_DOCUMENTS.create');
    document.update(changes, version);
    return document;
  },
};
