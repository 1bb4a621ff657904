/**
 * Formatting that never changes what BuildKit builds:
 * - instruction keywords in upper case (BuildKit reads them case-insensitively);
 * - one space between the keyword, each flag and the arguments when they share a line;
 * - no white space before a keyword or a comment, none at the end of a line;
 * - continuation lines indented by one unit (`FormattingOptions`), but only where the line break sits outside
 *   quotes and the instruction splits its arguments at white space, and only where some white space was already
 *   there (BuildKit joins continuation lines as written: `a\` + `b` is `ab`, so none is ever added or removed);
 * - heredoc bodies and terminators are never touched.
 * Formatting its own output again changes nothing.
 */
import type { DockerfileModel } from '../model/model';
import { isInstructionName } from '../model/phases';
import type { Instruction, Range } from '../parse/ast';

export interface FormatOptions {
  readonly tabSize: number;
  readonly insertSpaces: boolean;
  /** Leave the indentation of continuation lines as written. */
  readonly keepMultilineIndentation: boolean;
}

export interface OffsetEdit {
  readonly range: Range;
  readonly newText: string;
}

/** Instructions whose arguments BuildKit (or the shell) splits at unquoted white space, so its amount does not matter. */
const WHITESPACE_SEPARATED = new Set(['add', 'arg', 'cmd', 'copy', 'entrypoint', 'env', 'expose', 'from', 'healthcheck', 'label', 'run', 'shell', 'volume']);

const isBlank = (c: number): boolean => c === 0x20 || c === 0x09;

export function indentUnit(options: Pick<FormatOptions, 'tabSize' | 'insertSpaces'>): string {
  const size = Number.isFinite(options.tabSize) && options.tabSize >= 1 ? Math.min(Math.floor(options.tabSize), 16) : 4;
  return options.insertSpaces ? ' '.repeat(size) : '\t';
}

/** Lines that belong to heredoc bodies and terminators (never changed). */
function protectedLines(model: DockerfileModel): Set<number> {
  const out = new Set<number>();
  const line = (o: number): number => model.lines.lineOf(o);
  for (const ins of model.parse.instructions) {
    for (const hd of ins.heredocs) {
      if (hd.bodyRange.end > hd.bodyRange.start) {
        for (let l = line(hd.bodyRange.start); l <= line(hd.bodyRange.end - 1); l++) out.add(l);
      }
      if (hd.terminatorRange !== undefined) out.add(line(hd.terminatorRange.start));
      else if (hd.bodyRange.start < model.parse.text.length) {
        for (let l = line(hd.bodyRange.start); l < model.lines.lineCount; l++) out.add(l);
      }
    }
  }
  return out;
}

interface LineInfo {
  readonly start: number;
  readonly end: number;
  /** First non-blank character. */
  readonly content: number;
}

function lineInfo(model: DockerfileModel, l: number): LineInfo {
  const text = model.parse.text;
  const start = model.lines.lineStarts[l] ?? 0;
  const end = model.lines.lineEnd(l);
  let content = start;
  if (l === 0 && text.charCodeAt(0) === 0xfeff) content++;
  while (content < end && isBlank(text.charCodeAt(content))) content++;
  return { start: l === 0 && text.charCodeAt(0) === 0xfeff ? 1 : start, end, content };
}

/** Where the kept part of a line ends and whether it continues (BuildKit's trimContinuationCharacter). */
function continuation(text: string, start: number, end: number, escape: number): { keptEnd: number; continues: boolean } {
  let e = end;
  while (e > start && isBlank(text.charCodeAt(e - 1))) e--;
  if (e > start && text.charCodeAt(e - 1) === escape && (e - 1 === start || text.charCodeAt(e - 2) !== escape)) return { keptEnd: e - 1, continues: true };
  return { keptEnd: end, continues: false };
}

type Quote = 0 | 0x27 | 0x22;

/** Quote state after scanning `[from, to)`: single quotes take everything literally; the escape skips a character. */
function scanQuotes(text: string, from: number, to: number, escape: number, state: Quote): Quote {
  let q = state;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (q === 0x27) {
      if (c === 0x27) q = 0;
      continue;
    }
    if (c === escape) {
      i++;
      continue;
    }
    if (q === 0x22) {
      if (c === 0x22) q = 0;
      continue;
    }
    if (c === 0x27 || c === 0x22) q = c;
  }
  return q;
}

function push(out: OffsetEdit[], text: string, range: Range, newText: string): void {
  if (text.slice(range.start, range.end) !== newText) out.push({ range, newText });
}

/** One space between tokens that share a line (a gap with a line break is left alone). */
function spacingEdits(text: string, tokens: readonly Range[], out: OffsetEdit[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1]!;
    const b = tokens[i]!;
    if (b.start <= a.end) continue;
    const gap = text.slice(a.end, b.start);
    if (/^[ \t]+$/.test(gap)) push(out, text, { start: a.end, end: b.start }, ' ');
  }
}

function instructionTokens(ins: Instruction): Range[] {
  const tokens: Range[] = [ins.keywordRange, ...ins.flags.map((f) => f.range)];
  if (ins.args.range.end > ins.args.range.start) tokens.push(ins.args.range);
  return tokens;
}

function instructionEdits(model: DockerfileModel, ins: Instruction, options: FormatOptions, guarded: ReadonlySet<number>, out: OffsetEdit[]): void {
  const text = model.parse.text;
  const escape = model.parse.escapeToken.charCodeAt(0);
  // Keyword case (ONBUILD's inner instruction too).
  for (const i of ins.onbuild === undefined ? [ins] : [ins, ins.onbuild]) {
    if (isInstructionName(i.name) && text.slice(i.keywordRange.start, i.keywordRange.end) === i.keyword) {
      push(out, text, i.keywordRange, i.keyword.toUpperCase());
    }
    spacingEdits(text, instructionTokens(i), out);
  }
  // Nothing before the keyword.
  const first = lineInfo(model, ins.startLine);
  if (first.content === ins.keywordRange.start && first.content > first.start) push(out, text, { start: first.start, end: first.content }, '');

  // Continuation lines.
  const lastTextLine = model.lines.lineOf(ins.textRange.end);
  if (lastTextLine <= ins.startLine || options.keepMultilineIndentation) return;
  const inner = ins.onbuild ?? ins;
  const reindentable = WHITESPACE_SEPARATED.has(inner.name);
  const unit = indentUnit(options);
  let quote: Quote = 0;
  let prev = continuation(text, ins.keywordRange.start, first.end, escape);
  quote = scanQuotes(text, ins.keywordRange.start, prev.keptEnd, escape, quote);
  let prevEndsBlank = prev.keptEnd > ins.keywordRange.start && isBlank(text.charCodeAt(prev.keptEnd - 1));
  for (let l = ins.startLine + 1; l <= lastTextLine; l++) {
    if (guarded.has(l)) break;
    const li = lineInfo(model, l);
    if (li.content === li.end) continue; // empty line: only trailing white space goes
    if (text.charCodeAt(li.content) === 0x23) {
      // A comment line inside the instruction: BuildKit skips it, so its indentation is free.
      push(out, text, { start: li.start, end: li.content }, unit);
      continue;
    }
    const hasIndent = li.content > li.start;
    if (reindentable && quote === 0 && (hasIndent || prevEndsBlank)) push(out, text, { start: li.start, end: li.content }, unit);
    prev = continuation(text, li.content, li.end, escape);
    quote = scanQuotes(text, li.content, prev.keptEnd, escape, quote);
    prevEndsBlank = prev.keptEnd > li.content && isBlank(text.charCodeAt(prev.keptEnd - 1));
    if (!prev.continues) break;
  }
}

/** All formatting edits of the document (non-overlapping, in document order). */
export function formatDocument(model: DockerfileModel, options: FormatOptions): OffsetEdit[] {
  const text = model.parse.text;
  const guarded = protectedLines(model);
  const out: OffsetEdit[] = [];
  for (const ins of model.parse.instructions) instructionEdits(model, ins, options, guarded, out);
  for (const c of model.parse.comments) {
    if (c.insideInstruction || guarded.has(c.line)) continue;
    const li = lineInfo(model, c.line);
    if (li.content > li.start) push(out, text, { start: li.start, end: li.content }, '');
  }
  for (let l = 0; l < model.lines.lineCount; l++) {
    if (guarded.has(l)) continue;
    const li = lineInfo(model, l);
    let e = li.end;
    while (e > li.start && isBlank(text.charCodeAt(e - 1))) e--;
    if (e < li.end) out.push({ range: { start: e, end: li.end }, newText: '' });
  }
  out.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const clean: OffsetEdit[] = [];
  for (const e of out) {
    const last = clean[clean.length - 1];
    if (last !== undefined && e.range.start < last.range.end) continue;
    if (last !== undefined && e.range.start === last.range.end && e.range.start === e.range.end && last.range.start === last.range.end) continue;
    clean.push(e);
  }
  return clean;
}

/** The edits that fall inside the lines `[startLine, endLine]`. */
export function formatRange(model: DockerfileModel, options: FormatOptions, startLine: number, endLine: number): OffsetEdit[] {
  return formatDocument(model, options).filter((e) => model.lines.lineOf(e.range.start) >= startLine && model.lines.lineOf(e.range.end) <= endLine);
}

/**
 * After a newline typed at the end of a continued line: indent the new line by one unit (unless the setting keeps
 * hand-made indentation) and put the instruction's keyword in upper case.
 */
export function formatOnType(model: DockerfileModel, options: FormatOptions, line: number): OffsetEdit[] {
  if (line < 1 || line >= model.lines.lineCount) return [];
  const text = model.parse.text;
  const escape = model.parse.escapeToken.charCodeAt(0);
  const prevLine = lineInfo(model, line - 1);
  if (protectedLines(model).has(line - 1)) return [];
  const ins = model.instructionAt(prevLine.end);
  if (ins === undefined || ins.startLine > line - 1) return [];
  if (!continuation(text, prevLine.content, prevLine.end, escape).continues || text.charCodeAt(prevLine.content) === 0x23) return [];
  const out: OffsetEdit[] = [];
  if (isInstructionName(ins.name) && text.slice(ins.keywordRange.start, ins.keywordRange.end) === ins.keyword) push(out, text, ins.keywordRange, ins.keyword.toUpperCase());
  if (!options.keepMultilineIndentation) {
    const cur = lineInfo(model, line);
    push(out, text, { start: cur.start, end: cur.content }, indentUnit(options));
  }
  return out;
}
