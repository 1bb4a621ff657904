/**
 * A Dockerfile parser faithful to BuildKit's (moby/buildkit frontend/dockerfile/parser, 73ed682):
 * the same directives, continuation, comment, heredoc and argument rules, with an exact range on every
 * token. One pass over the text, linear in its length. It never throws: where BuildKit would stop with an
 * error, the error is recorded and parsing goes on, so the editor always has a full tree.
 */
import type {
  ArgNode,
  Comment,
  Directive,
  Flag,
  Heredoc,
  Instruction,
  KeyValue,
  ParseError,
  ParseErrorCode,
  ParseResult,
  Range,
  Token,
  VariableRef,
} from './ast';
import { goTrimSpace, isGoSpace, isReSpace, isSplitSpace, trimBounds } from './chars';
import { goQuote } from './goQuote';
import { computeLineStarts } from './lineIndex';
import { extractBuilderFlags, parseJsonArray, parseWords, splitWhitespace, type Piece } from './lineParsers';
import { LogicalLine } from './logicalLine';
import { scanVariables, type RawVariableRef } from './variables';

const BACKSLASH = 0x5c;
const BACKTICK = 0x60;
/** bufio.MaxScanTokenSize: BuildKit cannot read a line longer than this (newline included). */
const MAX_LINE_BYTES = 64 * 1024;

const VALID_DIRECTIVES = new Set(['syntax', 'escape', 'check']);
/** Instructions whose arguments BuildKit expands with build variables. */
const EXPANDED = new Set(['add', 'arg', 'copy', 'env', 'expose', 'from', 'label', 'stopsignal', 'user', 'volume', 'workdir', 'onbuild']);
/** Shell-form instructions whose variables the shell (not the builder) expands; still worth knowing. */
const SHELL_FORM = new Set(['run', 'cmd', 'entrypoint', 'healthcheck']);
const HEREDOC_INSTRUCTIONS = new Set(['add', 'copy', 'run']);

interface PhysicalLine {
  /** Start offset of the content. */
  readonly start: number;
  /** End of the content, trailing `\r`s removed (BuildKit's trimNewline). */
  readonly end: number;
  /** End including the newline character, if any. */
  readonly next: number;
}

class Parser {
  private readonly lines: PhysicalLine[] = [];
  private readonly errors: ParseError[] = [];
  private readonly directives: Directive[] = [];
  private readonly comments: Comment[] = [];
  private readonly instructions: Instruction[] = [];
  private escape = BACKSLASH;
  private directivesDone = false;
  private readonly seenDirectives = new Set<string>();
  private bomLength = 0;
  private readonly lineStarts: number[];

  constructor(private readonly text: string) {
    this.lineStarts = computeLineStarts(text);
    const n = this.lineStarts.length;
    for (let i = 0; i < n; i++) {
      const start = this.lineStarts[i] ?? 0;
      const nextStart = this.lineStarts[i + 1];
      const hasNewline = nextStart !== undefined;
      let end = hasNewline ? nextStart - 1 : text.length;
      const next = hasNewline ? nextStart : text.length;
      while (end > start && (text.charCodeAt(end - 1) === 0x0d || text.charCodeAt(end - 1) === 0x0a)) end--;
      this.lines.push({ start, end, next });
    }
    // A final empty line after the last newline is not a line for bufio.Scanner.
    const last = this.lines[this.lines.length - 1];
    if (last !== undefined && last.start === text.length && this.lines.length > 1) this.lines.pop();
    if (text.charCodeAt(0) === 0xfeff) {
      this.bomLength = 1;
      const first = this.lines[0];
      if (first !== undefined) this.lines[0] = { start: 1, end: Math.max(1, first.end), next: first.next };
    }
  }

  parse(): ParseResult {
    const lines = this.lines;
    let prevComments: string[] = [];
    let i = 0;
    while (i < lines.length) {
      const line = lines[i]!;
      this.checkLength(line, i);
      const [contentStart] = trimBounds(this.text, line.start, line.end);
      const isComment = contentStart < line.end && this.text.charCodeAt(contentStart) === 0x23;
      if (isComment) {
        // BuildKit takes the text after the line's first byte (not after the `#`), then trims it.
        const commentText = goTrimSpace(this.text.slice(line.start + 1, line.next));
        if (commentText === '') prevComments = [];
        else prevComments.push(commentText);
      }
      const directive = this.possibleDirective(contentStart, line.end, i);
      if (directive) prevComments.pop();
      if (isComment) {
        this.comments.push({
          text: goTrimSpace(this.text.slice(contentStart + 1, line.end)),
          range: { start: contentStart, end: line.end },
          line: i,
          insideInstruction: false,
          isDirective: directive,
        });
      }
      const startLine = i;
      i++;
      if (isComment) continue;
      const logical = new LogicalLine(this.text);
      let cont = this.continuation(contentStart, line.end);
      if (cont.end === contentStart && !cont.continues) continue;
      logical.append(contentStart, cont.end);
      let emptyContinuation = false;
      let lastLine = startLine;
      while (cont.continues && i < lines.length) {
        const l = lines[i]!;
        this.checkLength(l, i);
        this.possibleDirective(l.start, l.end, i);
        const [cs] = trimBounds(this.text, l.start, l.end);
        lastLine = i;
        i++;
        if (cs < l.end && this.text.charCodeAt(cs) === 0x23) {
          this.comments.push({
            text: goTrimSpace(this.text.slice(cs + 1, l.end)),
            range: { start: cs, end: l.end },
            line: lastLine,
            insideInstruction: true,
            isDirective: false,
          });
          continue;
        }
        if (cs === l.end) {
          emptyContinuation = true;
          continue;
        }
        cont = this.continuation(l.start, l.end);
        logical.append(l.start, cont.end);
      }
      const textEnd = lines[lastLine]!.end;
      const built = this.instructionFromLine(logical, 0, logical.text.length, prevComments, emptyContinuation);
      prevComments = [];
      let endLine = lastLine;
      let rangeEnd = textEnd;
      if (built.canContainHeredoc && logical.text.includes('<<')) {
        const heredocs: Heredoc[] = [];
        for (const marker of heredocMarkers(logical.text, this.escape)) {
          let terminated: Range | undefined;
          const bodyStart = i < lines.length ? lines[i]!.start : this.text.length;
          let bodyEnd = bodyStart;
          const content: string[] = [];
          while (i < lines.length) {
            const l = lines[i]!;
            endLine = i;
            i++;
            let ts = l.start;
            if (marker.chomp) while (ts < l.end && this.text.charCodeAt(ts) === 0x09) ts++;
            if (l.end - ts === marker.name.length && this.text.startsWith(marker.name, ts)) {
              terminated = { start: l.start, end: l.end };
              rangeEnd = l.end;
              break;
            }
            content.push(this.text.slice(l.start, l.next));
            bodyEnd = l.next;
            rangeEnd = l.end;
          }
          if (terminated === undefined) {
            this.error('UnterminatedHeredoc', 'unterminated heredoc', { start: logical.toSource(marker.start), end: this.text.length }, { name: marker.name });
          }
          heredocs.push({
            name: marker.name,
            expand: marker.expand,
            chomp: marker.chomp,
            fd: marker.fd,
            markerRange: logical.range(marker.start, marker.end),
            nameRange: logical.range(marker.nameStart, marker.end),
            content: content.join(''),
            bodyRange: { start: bodyStart, end: Math.max(bodyStart, bodyEnd) },
            terminatorRange: terminated,
          });
        }
        built.heredocs.push(...heredocs);
      }
      const instruction: Instruction = {
        ...built.instruction,
        heredocs: built.heredocs,
        range: { start: built.instruction.keywordRange.start, end: rangeEnd },
        textRange: { start: built.instruction.keywordRange.start, end: textEnd },
        startLine,
        endLine,
      };
      this.instructions.push(instruction);
    }
    if (this.instructions.length === 0) {
      this.error('NoInstructions', 'file with no instructions', { start: this.text.length, end: this.text.length });
    }
    return {
      text: this.text,
      instructions: this.instructions,
      directives: this.directives,
      comments: this.comments,
      escapeToken: this.escape === BACKTICK ? '`' : '\\',
      errors: this.errors,
      lineStarts: this.lineStarts,
      bomLength: this.bomLength,
    };
  }

  private checkLength(line: PhysicalLine, _index: number): void {
    const chars = line.next - line.start;
    if (chars * 3 < MAX_LINE_BYTES) return;
    const bytes = Buffer.byteLength(this.text.slice(line.start, line.next), 'utf8');
    if (bytes > MAX_LINE_BYTES) {
      this.error('LineTooLong', `dockerfile line greater than max allowed size of ${MAX_LINE_BYTES - 1}`, { start: line.start, end: line.end });
    }
  }

  /** BuildKit's DirectiveParser.ParseLine over an already left-trimmed line. Returns true for a directive. */
  private possibleDirective(start: number, end: number, lineNo: number): boolean {
    if (this.directivesDone) return false;
    const t = this.text;
    if (t.charCodeAt(start) !== 0x23) {
      this.directivesDone = true;
      return false;
    }
    let p = start + 1;
    while (p < end && isGoSpace(t.charCodeAt(p))) p++;
    // ^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$
    const nameStart = p;
    const isAlpha = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (p >= end || !isAlpha(t.charCodeAt(p))) {
      this.directivesDone = true;
      return false;
    }
    while (p < end && (isAlpha(t.charCodeAt(p)) || (t.charCodeAt(p) >= 0x30 && t.charCodeAt(p) <= 0x39))) p++;
    const nameEnd = p;
    while (p < end && isReSpace(t.charCodeAt(p))) p++;
    if (t.charCodeAt(p) !== 0x3d) {
      this.directivesDone = true;
      return false;
    }
    p++;
    while (p < end && isReSpace(t.charCodeAt(p))) p++;
    let valueEnd = end;
    while (valueEnd > p && isReSpace(t.charCodeAt(valueEnd - 1))) valueEnd--;
    if (valueEnd <= p) {
      this.directivesDone = true;
      return false;
    }
    const name = t.slice(nameStart, nameEnd).toLowerCase();
    if (!VALID_DIRECTIVES.has(name)) {
      this.directivesDone = true;
      return false;
    }
    const range = { start, end };
    const nameRange = { start: nameStart, end: nameEnd };
    const valueRange = { start: p, end: valueEnd };
    const value = t.slice(p, valueEnd);
    if (this.seenDirectives.has(name)) {
      this.error('DuplicateDirective', `only one ${name} parser directive can be used`, range, { name });
      return false;
    }
    this.seenDirectives.add(name);
    if (name === 'escape') {
      if (value !== '`' && value !== '\\') {
        this.error('InvalidEscapeToken', `invalid escape token '${value}' does not match \` or \\`, valueRange, { value });
        this.directives.push({ name: 'escape', value, range, nameRange, valueRange, line: lineNo });
        return false;
      }
      this.escape = value.charCodeAt(0);
    }
    this.directives.push({ name: name as Directive['name'], value, range, nameRange, valueRange, line: lineNo });
    return true;
  }

  /**
   * BuildKit's trimContinuationCharacter with `([^E])E[ \t]*$|^E[ \t]*$`: where the kept part of the line ends
   * and whether the instruction continues on the next line.
   */
  private continuation(start: number, end: number): { end: number; continues: boolean } {
    const t = this.text;
    let e = end;
    while (e > start && (t.charCodeAt(e - 1) === 0x20 || t.charCodeAt(e - 1) === 0x09)) e--;
    if (e > start && t.charCodeAt(e - 1) === this.escape) {
      if (e - 1 === start || t.charCodeAt(e - 2) !== this.escape) return { end: e - 1, continues: true };
    }
    return { end, continues: false };
  }

  private error(code: ParseErrorCode, message: string, range: Range, params?: Record<string, string>): void {
    this.errors.push(params === undefined ? { code, message, range } : { code, message, range, params });
  }

  /** BuildKit's newNodeFromLine over `[from, to)` of a logical line. */
  private instructionFromLine(
    logical: LogicalLine,
    from: number,
    to: number,
    comments: readonly string[],
    emptyContinuation: boolean,
  ): { instruction: Instruction; heredocs: Heredoc[]; canContainHeredoc: boolean } {
    const s = logical.text;
    const [a, b] = trimBounds(s, from, to);
    let cmdEnd = a;
    while (cmdEnd < b && !isSplitSpace(s.charCodeAt(cmdEnd))) cmdEnd++;
    let restStart = cmdEnd;
    while (restStart < b && isSplitSpace(s.charCodeAt(restStart))) restStart++;
    const keyword = s.slice(a, cmdEnd);
    const name = keyword.toLowerCase();
    let flagWords: ReturnType<typeof extractBuilderFlags>['flags'] = [];
    let argsFrom = b;
    if (cmdEnd < b) {
      const extracted = extractBuilderFlags(s, restStart, b, this.escape);
      flagWords = extracted.flags;
      argsFrom = extracted.restStart;
    }
    const [argsStart, argsEnd] = trimBounds(s, argsFrom, b);
    const args: Token = { value: s.slice(argsStart, argsEnd), range: logical.range(argsStart, argsEnd) };
    const flags: Flag[] = flagWords.map((w) => this.flagFrom(w, logical));
    const errRange = logical.range(a, b);
    const tok = (p: Piece): Token => ({ value: p.value, range: logical.range(p.start, p.end) });

    let argNodes: ArgNode[] = [];
    let json = false;
    const keyValues: KeyValue[] = [];
    let onbuild: Instruction | undefined;
    const heredocs: Heredoc[] = [];

    const maybeJson = (start: number, toList: boolean): ArgNode[] => {
      if (start >= argsEnd) return [];
      const parsed = parseJsonArray(s, start, argsEnd);
      if (parsed.kind === 'ok') {
        json = true;
        return parsed.items.map(tok);
      }
      if (parsed.kind === 'not-strings') {
        this.error('JSONNotStringArray', 'when using JSON array syntax, arrays must be comprised of strings only', errRange);
      }
      if (toList) return splitWhitespace(s, start, argsEnd).map(tok);
      return [{ value: s.slice(start, argsEnd), range: logical.range(start, argsEnd) }];
    };

    switch (name) {
      case 'add':
      case 'copy':
      case 'volume':
        argNodes = maybeJson(argsStart, true);
        break;
      case 'cmd':
      case 'entrypoint':
      case 'run':
      case 'shell':
        argNodes = maybeJson(argsStart, false);
        break;
      case 'expose':
      case 'from':
        argNodes = argsStart < argsEnd ? splitWhitespace(s, argsStart, argsEnd).map(tok) : [];
        break;
      case 'maintainer':
      case 'stopsignal':
      case 'user':
      case 'workdir':
        argNodes = argsStart < argsEnd ? [args] : [];
        break;
      case 'arg': {
        const words = parseWords(s, argsStart, argsEnd, this.escape);
        argNodes = words.map(tok);
        for (const w of words) {
          const eq = w.value.indexOf('=');
          if (eq < 0) {
            keyValues.push({ key: tok(w), value: undefined, separator: '', range: logical.range(w.start, w.end) });
          } else {
            keyValues.push({
              key: { value: w.value.slice(0, eq), range: logical.range(w.start, w.start + eq) },
              value: { value: w.value.slice(eq + 1), range: logical.range(w.start + eq + 1, w.end) },
              separator: '=',
              range: logical.range(w.start, w.end),
            });
          }
        }
        break;
      }
      case 'env':
      case 'label': {
        const words = parseWords(s, argsStart, argsEnd, this.escape);
        const first = words[0];
        if (first === undefined) break;
        if (!first.value.includes('=')) {
          const parts = splitWhitespace(s, argsStart, argsEnd, 2);
          const k = parts[0]!;
          const v = parts[1];
          if (v === undefined) {
            this.error('KeyValueMissingValue', `${name === 'label' ? 'LABEL' : 'ENV'} must have two arguments`, errRange, { instruction: name.toUpperCase() });
            keyValues.push({ key: tok(k), value: undefined, separator: '', range: logical.range(k.start, k.end) });
            argNodes = [tok(k)];
          } else {
            const kv: KeyValue = { key: tok(k), value: tok(v), separator: '', range: logical.range(k.start, v.end) };
            keyValues.push(kv);
            argNodes = [kv.key, kv.value!, { value: '', range: logical.range(v.end, v.end) }];
          }
          break;
        }
        for (const w of words) {
          const eq = w.value.indexOf('=');
          if (eq < 0) {
            this.error('KeyValueMissingEquals', `Syntax error - can't find = in ${goQuote(w.value)}. Must be of the form: name=value`, logical.range(w.start, w.end), { word: w.value });
            continue;
          }
          const kv: KeyValue = {
            key: { value: w.value.slice(0, eq), range: logical.range(w.start, w.start + eq) },
            value: { value: w.value.slice(eq + 1), range: logical.range(w.start + eq + 1, w.end) },
            separator: '=',
            range: logical.range(w.start, w.end),
          };
          keyValues.push(kv);
          argNodes.push(kv.key, kv.value!, { value: '=', range: logical.range(w.start + eq, w.start + eq + 1) });
        }
        break;
      }
      case 'healthcheck': {
        if (argsStart >= argsEnd) break;
        let sep = argsStart;
        while (sep < argsEnd && !isGoSpace(s.charCodeAt(sep))) sep++;
        let next = sep;
        while (next < argsEnd && isGoSpace(s.charCodeAt(next))) next++;
        argNodes = [{ value: s.slice(argsStart, sep), range: logical.range(argsStart, sep) }, ...maybeJson(next, false)];
        break;
      }
      case 'onbuild': {
        if (argsStart >= argsEnd) break;
        const inner = this.instructionFromLine(logical, argsStart, argsEnd, [], false);
        onbuild = {
          ...inner.instruction,
          range: inner.instruction.textRange,
        };
        argNodes = [{ child: onbuild }];
        break;
      }
      default:
        // BuildKit keeps unknown instructions with one empty argument node (they fail later, at dispatch).
        argNodes = [{ value: '', range: args.range }];
    }

    const canContainHeredoc = onbuild !== undefined
      ? HEREDOC_INSTRUCTIONS.has(onbuild.name) && !onbuild.json
      : HEREDOC_INSTRUCTIONS.has(name) && !json;

    const variables: VariableRef[] = [];
    if (!json && (EXPANDED.has(name) || SHELL_FORM.has(name))) {
      const raw: RawVariableRef[] = [];
      scanVariables(s, argsStart, argsEnd, this.escape, raw);
      for (const w of flagWords) {
        if (w.eq >= 0) scanVariables(s, w.eq + 1, w.end, this.escape, raw);
      }
      for (const r of raw) {
        variables.push({
          name: r.name,
          range: logical.range(r.start, r.end),
          nameRange: logical.range(r.nameStart, r.nameStart + r.name.length),
          braced: r.braced,
          modifier: r.modifier,
          word: r.word,
          wordRange: r.word === undefined ? undefined : logical.range(r.wordStart, r.wordEnd),
        });
      }
    } else if (onbuild !== undefined) {
      variables.push(...onbuild.variables);
    }

    const keywordRange = logical.range(a, cmdEnd);
    const instruction: Instruction = {
      keyword,
      name,
      keywordRange,
      range: logical.range(a, b),
      textRange: logical.range(a, b),
      startLine: 0,
      endLine: 0,
      original: s.slice(from, to),
      flags,
      args,
      argNodes,
      json,
      keyValues,
      heredocs,
      onbuild,
      comments,
      variables,
      emptyContinuationLine: emptyContinuation,
      toSource: logical.mapperFrom(from),
    };
    return { instruction, heredocs, canContainHeredoc };
  }

  private flagFrom(w: { value: string; start: number; end: number; eq: number }, logical: LogicalLine): Flag {
    const body = w.value.startsWith('--') ? w.value.slice(2) : w.value;
    const eqInValue = body.indexOf('=');
    const name = eqInValue < 0 ? body : body.slice(0, eqInValue);
    const value = eqInValue < 0 ? undefined : body.slice(eqInValue + 1);
    const nameEnd = w.eq >= 0 ? w.eq : w.end;
    return {
      range: logical.range(w.start, w.end),
      name,
      nameRange: logical.range(Math.min(w.start + 2, nameEnd), nameEnd),
      value,
      valueRange: w.eq >= 0 ? logical.range(w.eq + 1, w.end) : undefined,
      word: w.value,
    };
  }
}

interface HeredocMarker {
  readonly name: string;
  readonly expand: boolean;
  readonly chomp: boolean;
  readonly fd: number | undefined;
  readonly start: number;
  readonly end: number;
  readonly nameStart: number;
}

/**
 * BuildKit's heredocsFromLine: split the line into shell words (quotes and escapes kept raw), and take
 * every word of the form `[fd]<<[-]WORD`.
 */
export function heredocMarkers(line: string, _escape: number): HeredocMarker[] {
  const out: HeredocMarker[] = [];
  for (const w of rawShellWords(line)) {
    // ^(\d*)<<(-?)\s*([^<]*)$
    let p = w.start;
    while (p < w.end && line.charCodeAt(p) >= 0x30 && line.charCodeAt(p) <= 0x39) p++;
    const fdText = line.slice(w.start, p);
    if (!line.startsWith('<<', p)) continue;
    p += 2;
    let chomp = false;
    if (line.charCodeAt(p) === 0x2d) {
      chomp = true;
      p++;
    }
    while (p < w.end && isReSpace(line.charCodeAt(p))) p++;
    const rest = line.slice(p, w.end);
    if (rest.length === 0 || rest.includes('<')) continue;
    const cooked = cookShellWords(rest);
    if (cooked.length !== 1) continue;
    const name = cooked[0]!;
    const quotes = (x: string): number => (x.match(/['"]/g) ?? []).length;
    out.push({
      name,
      expand: quotes(name) === quotes(rest),
      chomp,
      fd: fdText === '' ? undefined : Number(fdText),
      start: w.start,
      end: w.end,
      nameStart: p,
    });
  }
  return out;
}

/** Shell words of a line, split at unquoted, unescaped white space; `${…}` stays one piece. */
function rawShellWords(line: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let i = 0;
  const n = line.length;
  while (i < n) {
    while (i < n && isGoSpace(line.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let quote = 0;
    while (i < n) {
      const c = line.charCodeAt(i);
      if (quote === 0x27) {
        if (c === 0x27) quote = 0;
        i++;
        continue;
      }
      if (c === BACKSLASH) {
        i += 2;
        continue;
      }
      if (quote === 0x22) {
        if (c === 0x22) quote = 0;
        i++;
        continue;
      }
      if (c === 0x27 || c === 0x22) {
        quote = c;
        i++;
        continue;
      }
      if (c === 0x24 && line.charCodeAt(i + 1) === 0x7b) {
        const close = line.indexOf('}', i + 2);
        i = close < 0 ? n : close + 1;
        continue;
      }
      if (isGoSpace(c)) break;
      i++;
    }
    out.push({ start, end: Math.min(i, n) });
  }
  return out;
}

/** Shell words with quotes removed and escapes processed (unset variables are kept as written). */
function cookShellWords(s: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote === 0x27) {
      if (c === 0x27) quote = 0;
      else word += s[i];
      continue;
    }
    if (quote === 0x22) {
      if (c === 0x22) quote = 0;
      else if (c === BACKSLASH && i + 1 < s.length && '"$`\\'.includes(s[i + 1]!)) word += s[++i];
      else word += s[i];
      continue;
    }
    if (isGoSpace(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      continue;
    }
    inWord = true;
    if (c === 0x27 || c === 0x22) quote = c;
    else if (c === BACKSLASH) {
      if (i + 1 < s.length) word += s[++i];
    } else word += s[i];
  }
  if (inWord) words.push(word);
  return words;
}

/** Parses a Dockerfile. Never throws. */
export function parse(text: string): ParseResult {
  return new Parser(text).parse();
}
