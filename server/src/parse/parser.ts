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
import { isGoSpace, isReSpace, isSplitSpace, NON_SPLIT_SPACE_RUN } from './chars';
import { goQuote } from './goQuote';
import { firstWhere, movedRange, planResume, recordSources, resultSources, tailLimit, TAIL_TAKEN, type Resume, type Tail, type Taken } from './incremental';
import { computeLineStarts, extendLineStarts } from './lineIndex';
import { extractBuilderFlags, parseJsonArray, parseWordsInto, splitWhitespace, type FlagWord, type Piece } from './lineParsers';
import { LogicalLine } from './logicalLine';
import { scanVariableRefs } from './variables';

const BACKSLASH = 0x5c;
const BACKTICK = 0x60;
/** bufio.MaxScanTokenSize: BuildKit cannot read a line longer than this (newline included). */
const MAX_LINE_BYTES = 64 * 1024;

const VALID_DIRECTIVES = new Set(['syntax', 'escape', 'check']);
/** Instructions whose arguments BuildKit expands with build variables. */
const EXPANDED: ReadonlySet<string> = new Set(['add', 'arg', 'copy', 'env', 'expose', 'from', 'label', 'stopsignal', 'user', 'volume', 'workdir', 'onbuild']);
/** Shell-form instructions whose variables the shell (not the builder) expands; still worth knowing. */
const SHELL_FORM: ReadonlySet<string> = new Set(['run', 'cmd', 'entrypoint', 'healthcheck']);
const HEREDOC_INSTRUCTIONS: ReadonlySet<string> = new Set(['add', 'copy', 'run']);

/** Whether the parse lists variable references for this instruction (EXPANDED or SHELL_FORM). */
function hasVariables(name: string): boolean {
  switch (name) {
    case 'run':
    case 'copy':
    case 'env':
    case 'from':
    case 'arg':
    case 'cmd':
    case 'workdir':
      return true;
    case 'shell':
    case 'maintainer':
      return false;
    default:
      return EXPANDED.has(name) || SHELL_FORM.has(name);
  }
}

function takesHeredocs(name: string): boolean {
  switch (name) {
    case 'run':
    case 'copy':
    case 'add':
      return true;
    case 'from':
    case 'env':
    case 'arg':
    case 'cmd':
    case 'workdir':
    case 'entrypoint':
      return false;
    default:
      return HEREDOC_INSTRUCTIONS.has(name);
  }
}

/** Instructions whose variables the shell expands (not the builder): their references are found on first read. */
function isShellForm(name: string): boolean {
  return name === 'run' || name === 'cmd' || name === 'entrypoint' || name === 'healthcheck';
}

/**
 * An instruction of the parse: the fields of `Instruction`, `toSource` and `variables` on the prototype.
 * `toSource` reads `_line`, `_a`, `_b` (one function serves every instruction, instead of a closure and its context
 * per instruction, ~100 bytes each, kept as long as the parse): `_line` is the logical line when it has several
 * pieces (then `_a` is the offset of the instruction in it); for a one-piece line, undefined, and an offset `o` maps
 * to `min(o + _a, _b)` (`_a` = piece start + offset of the instruction, `_b` = piece end).
 * The variable references of a shell-form instruction (RUN, CMD, ENTRYPOINT, HEALTHCHECK) without flags are found
 * when first read: the shell expands them, not the builder, so a lint mostly never reads them (finding them was
 * about a sixth of a corpus parse); the answer is the same list the parse would have made.
 */
class ParsedInstruction implements Instruction {
  declare keyword: string;
  declare name: string;
  declare keywordRange: Range;
  declare range: Range;
  declare textRange: Range;
  declare startLine: number;
  declare endLine: number;
  declare original: string;
  declare flags: readonly Flag[];
  declare args: Token;
  declare argNodes: readonly ArgNode[];
  declare json: boolean;
  declare keyValues: readonly KeyValue[];
  declare heredocs: readonly Heredoc[];
  declare onbuild: Instruction | undefined;
  declare comments: readonly string[];
  declare emptyContinuationLine: boolean;
  declare _line: LogicalLine | undefined;
  declare _a: number;
  declare _b: number;
  /** The references; null until first read (then `_va`, `_vb`: the arguments in `original`; `_esc`: the escape). */
  declare _vars: readonly VariableRef[] | null;
  declare _va: number;
  declare _vb: number;
  declare _esc: number;

  // Fields set in the constructor, in one order (one shape), not by class-field initializers (slower without
  // TurboFan, as the language server runs).
  constructor(
    keyword: string,
    name: string,
    keywordRange: Range,
    textRange: Range,
    original: string,
    flags: readonly Flag[],
    args: Token,
    argNodes: readonly ArgNode[],
    json: boolean,
    keyValues: readonly KeyValue[],
    onbuild: Instruction | undefined,
    comments: readonly string[],
    emptyContinuationLine: boolean,
    line: LogicalLine | undefined,
    a: number,
    b: number,
    vars: readonly VariableRef[] | null,
    va: number,
    vb: number,
    esc: number,
  ) {
    this.keyword = keyword;
    this.name = name;
    this.keywordRange = keywordRange;
    this.range = textRange;
    this.textRange = textRange;
    this.startLine = 0;
    this.endLine = 0;
    this.original = original;
    this.flags = flags;
    this.args = args;
    this.argNodes = argNodes;
    this.json = json;
    this.keyValues = keyValues;
    this.heredocs = NO_HEREDOCS;
    this.onbuild = onbuild;
    this.comments = comments;
    this.emptyContinuationLine = emptyContinuationLine;
    this._line = line;
    this._a = a;
    this._b = b;
    this._vars = vars;
    this._va = va;
    this._vb = vb;
    this._esc = esc;
  }

  get variables(): readonly VariableRef[] {
    const v = this._vars;
    return v !== null ? v : this.findVariables();
  }

  /** Maps an offset in `original` to a document offset. */
  toSource(logicalOffset: number): number {
    const line = this._line;
    if (line !== undefined) return line.toSource(logicalOffset + this._a);
    const p = logicalOffset + this._a;
    const end = this._b;
    return p >= end ? end : p;
  }

  /**
   * What the parse finds for the arguments of a top-level instruction without flags (`original` is its logical
   * line): the same scan, its ranges mapped by the same line (a one-piece line made again from `_a`, `_b`).
   */
  private findVariables(): readonly VariableRef[] {
    let line = this._line;
    if (line === undefined) {
      line = new LogicalLine('');
      line.append(this._a, this._b);
    }
    const refs: VariableRef[] = [];
    scanVariableRefs(this.original, this._va, this._vb, this._esc, line, refs);
    const v = refs.length > 0 ? exact(refs) : NO_VARIABLES;
    this._vars = v;
    return v;
  }
}

/**
 * Whether the variables of an instruction of the parse are still to be found (their first read finds them): the
 * model resolves such an instruction's references only when its resolutions are read.
 */
export function variablesPending(ins: Instruction): boolean {
  return (ins as Partial<ParsedInstruction>)._vars === null;
}

/**
 * Shared empty lists for the many instructions without flags, pairs, heredocs, variables or comments. Not frozen:
 * V8 iterates frozen arrays (`for…of`) on a slow path, and these are read everywhere; `readonly` keeps them empty.
 */
const NO_FLAGS: readonly Flag[] = [];
const NO_KEY_VALUES: readonly KeyValue[] = [];
const NO_HEREDOCS: readonly Heredoc[] = [];
const NO_VARIABLES: readonly VariableRef[] = [];
const NO_COMMENTS: readonly string[] = [];
const NO_ARGS: readonly ArgNode[] = [];
/** Stands in for an instruction's ranges until the parse loop knows where it ends. */
const PENDING_RANGE: Range = Object.freeze({ start: 0, end: 0 });

const KEYWORDS = ['add', 'arg', 'cmd', 'copy', 'entrypoint', 'env', 'expose', 'from', 'healthcheck', 'label', 'maintainer', 'onbuild', 'run', 'shell', 'stopsignal', 'user', 'volume', 'workdir'];
/**
 * The instruction keywords written all upper or all lower case, by length and first character (index
 * `length * 128 + code`): each entry lists the keywords as written, each followed by its lower case, so a keyword
 * written in either is read as a shared constant string (no slice, no lower-casing), with one `startsWith` for most
 * keywords (no scan of every keyword of that length, a charCodeAt builtin call each without TurboFan).
 */
const KEYWORDS_BY_START: readonly (readonly string[] | undefined)[] = (() => {
  const table: (string[] | undefined)[] = [];
  for (const k of KEYWORDS) {
    for (const w of [k.toUpperCase(), k]) (table[w.length * 128 + w.charCodeAt(0)] ??= []).push(w, k);
  }
  for (let i = 0; i < table.length; i++) table[i] ??= undefined;
  return table;
})();
const LOWER_KEYWORDS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const k of KEYWORDS) {
    m.set(k, k);
    m.set(k.toUpperCase(), k);
  }
  return m;
})();

/** The lower-case name of the keyword `knownKeyword` found last. */
let knownName = '';

/** The keyword `[a, end)` of `s` when written all upper or all lower case (and sets `knownName`), else undefined. */
function knownKeyword(s: string, a: number, end: number): string | undefined {
  const c = s.charCodeAt(a);
  if (c >= 128 || end - a > 11) return undefined;
  const list = KEYWORDS_BY_START[(end - a) * 128 + c];
  if (list === undefined) return undefined;
  for (let k = 0; k < list.length; k += 2) {
    const w = list[k]!;
    if (s.startsWith(w, a)) {
      knownName = list[k + 1]!;
      return w;
    }
  }
  return undefined;
}

/**
 * An exact-size copy of a list built by `push` (which leaves room for 16 more): the parse is kept for the life
 * of the document, so its lists should not carry that room.
 */
function exact<T>(list: T[]): T[] {
  return list.slice();
}

// The character tests of the hot loops ask `isGoSpace`/`isSplitSpace` only for the few characters that can be
// space (<= 0x20, or >= 0x85 for Go's): without TurboFan (the language server) every call costs.

function skipGoSpace(s: string, from: number, to: number): number {
  if (from >= to) return from;
  const c = s.charCodeAt(from);
  if (c !== 0x20 && (c < 0x20 || c >= 0x85 ? !isGoSpace(c) : true)) return from;
  let a = from + 1;
  while (a < to) {
    const c = s.charCodeAt(a);
    if (c !== 0x20 && (c < 0x20 || c >= 0x85 ? !isGoSpace(c) : true)) break;
    a++;
  }
  return a;
}

function trimGoSpaceEnd(s: string, from: number, to: number): number {
  let b = to;
  while (b > from) {
    const c = s.charCodeAt(b - 1);
    if (c !== 0x20 && (c < 0x20 || c >= 0x85 ? !isGoSpace(c) : true)) break;
    b--;
  }
  return b;
}

function movedToken(t: Token, by: number): Token {
  return { value: t.value, range: movedRange(t.range, by) };
}

function movedFlag(f: Flag, by: number): Flag {
  return { ...f, range: movedRange(f.range, by), nameRange: movedRange(f.nameRange, by), valueRange: f.valueRange === undefined ? undefined : movedRange(f.valueRange, by) };
}

function movedKeyValue(kv: KeyValue, by: number): KeyValue {
  return { ...kv, key: movedToken(kv.key, by), value: kv.value === undefined ? undefined : movedToken(kv.value, by), range: movedRange(kv.range, by) };
}

function movedVariable(v: VariableRef, by: number): VariableRef {
  return { ...v, range: movedRange(v.range, by), nameRange: movedRange(v.nameRange, by), wordRange: v.wordRange === undefined ? undefined : movedRange(v.wordRange, by) };
}

function movedHeredoc(h: Heredoc, by: number): Heredoc {
  return {
    ...h,
    markerRange: movedRange(h.markerRange, by),
    nameRange: movedRange(h.nameRange, by),
    bodyRange: movedRange(h.bodyRange, by),
    terminatorRange: h.terminatorRange === undefined ? undefined : movedRange(h.terminatorRange, by),
  };
}

/** Each item of a list moved; an empty list is kept (the shared empty lists stay shared). */
function movedList<T>(list: readonly T[], by: number, move: (item: T, by: number) => T): readonly T[] {
  if (list.length === 0) return list;
  const out = new Array<T>(list.length);
  for (let k = 0; k < list.length; k++) out[k] = move(list[k]!, by);
  return out;
}

/**
 * A copy of an instruction of an earlier parse, for the same characters `by` characters further on and `lines` lines
 * lower in `source` (the unchanged end of an edited text: incremental.ts). Every range moves; strings and the lists
 * of strings are the old ones (the same characters). Shared empty lists stay shared; `range` and `textRange` stay one
 * object when they were.
 */
function movedInstruction(ins: Instruction, by: number, lines: number, source: string): Instruction {
  const p = ins as ParsedInstruction;
  const line = p._line === undefined ? undefined : p._line.moved(source, by);
  // A nested instruction (ONBUILD's) keeps the lines the parse gave it.
  const onbuild = p.onbuild === undefined ? undefined : movedInstruction(p.onbuild, by, 0, source);
  const args = movedToken(p.args, by);
  let argNodes = p.argNodes;
  if (argNodes.length > 0) {
    const list = new Array<ArgNode>(argNodes.length);
    for (let k = 0; k < argNodes.length; k++) {
      const node = argNodes[k]!;
      if ('child' in node) list[k] = { child: node.child === p.onbuild && onbuild !== undefined ? onbuild : movedInstruction(node.child, by, 0, source) };
      else list[k] = node === p.args ? args : movedToken(node, by);
    }
    argNodes = list;
  }
  const vars = p._vars === null ? null : movedList(p._vars, by, movedVariable);
  // Without a logical line, `_a` and `_b` are document offsets; with one, offsets in it.
  const a = line === undefined ? p._a + by : p._a;
  const b = line === undefined ? p._b + by : p._b;
  const textRange = movedRange(p.textRange, by);
  const copy = new ParsedInstruction(p.keyword, p.name, movedRange(p.keywordRange, by), textRange, p.original, movedList(p.flags, by, movedFlag), args, argNodes, p.json, movedList(p.keyValues, by, movedKeyValue), onbuild, p.comments, p.emptyContinuationLine, line, a, b, vars, p._va, p._vb, p._esc);
  copy.range = p.range === p.textRange ? textRange : movedRange(p.range, by);
  copy.heredocs = movedList(p.heredocs, by, movedHeredoc);
  copy.startLine = p.startLine + lines;
  copy.endLine = p.endLine + lines;
  return copy;
}

class Parser {
  private readonly errors: ParseError[];
  private readonly directives: Directive[];
  private readonly comments: Comment[];
  private readonly instructions: Instruction[];
  private escape: number;
  private directivesDone: boolean;
  /** The line the parse starts at: 0, or where it goes on from an earlier parse's kept prefix (incremental.ts). */
  private readonly firstLine: number;
  /** The old parse's end, when the parse may take it (incremental.ts), from its line `tailFrom` on (`tailLimit`). */
  private readonly tail: Tail | undefined;
  private readonly tailFrom: number;
  /** Set when the parse took the old parse's end. */
  taken: Taken | undefined = undefined;
  private seenDirectives: Set<string> | undefined;
  private bomLength = 0;
  private readonly lineStarts: number[];
  /** Lines as bufio.Scanner sees them: a final empty line after the last newline is not one. */
  private readonly lineCount: number;
  /** Set by `continuation`: whether the instruction goes on on the next line. */
  private continues = false;
  /**
   * Where `run` stopped at the end of a slice (`SlicedParse`): the line its next turn starts at, and the comments
   * read above it (the main loop's `prevComments` and `prevGrown`).
   */
  nextLine: number;
  private waiting: string[] | undefined = undefined;
  private waitingGrown = false;
  /** Set by `maybeJson`: whether the arguments were a JSON string array. */
  private json = false;
  private readonly flagScratch: FlagWord[] = [];
  /** `words` puts its pieces here; `wordCount` of them are this call's. */
  private readonly wordScratch: Piece[] = [];
  private wordCount = 0;

  constructor(
    private readonly text: string,
    resume?: Resume,
  ) {
    if (resume === undefined) {
      this.errors = [];
      this.directives = [];
      this.comments = [];
      this.instructions = [];
      this.escape = BACKSLASH;
      this.directivesDone = false;
      this.firstLine = 0;
      this.lineStarts = computeLineStarts(text);
      this.tail = undefined;
      this.tailFrom = Number.POSITIVE_INFINITY;
    } else {
      // What a full parse has made when it reaches `resume.line` (right after an instruction: directives done).
      this.errors = resume.errors;
      this.directives = resume.directives;
      this.comments = resume.comments;
      this.instructions = resume.instructions;
      this.escape = resume.escapeToken === '`' ? BACKTICK : BACKSLASH;
      this.directivesDone = true;
      this.firstLine = resume.line;
      this.lineStarts = extendLineStarts(text, resume.lineStarts);
      this.tailFrom = tailLimit(resume);
      this.tail = this.tailFrom < Number.POSITIVE_INFINITY ? resume.tail : undefined;
    }
    let n = this.lineStarts.length;
    if (n > 1 && this.lineStarts[n - 1] === text.length) n--;
    this.lineCount = n;
    this.nextLine = this.firstLine;
    if (text.charCodeAt(0) === 0xfeff) this.bomLength = 1;
  }

  /** Start offset of a line's content (after the BOM on the first line). */
  private lineStart(i: number): number {
    return i === 0 ? this.bomLength : this.lineStarts[i]!;
  }

  /** End of a line's content, trailing `\r`s removed (BuildKit's trimNewline). */
  private lineEnd(i: number, start: number): number {
    const t = this.text;
    const nextStart = this.lineStarts[i + 1];
    let end = nextStart === undefined ? t.length : nextStart - 1;
    while (end > start) {
      const c = t.charCodeAt(end - 1);
      if (c !== 0x0d && c !== 0x0a) break;
      end--;
    }
    return end;
  }

  /** End of a line including the newline character, if any. */
  private lineNext(i: number): number {
    const nextStart = this.lineStarts[i + 1];
    return nextStart === undefined ? this.text.length : nextStart;
  }

  /** Go's strings.TrimSpace over `[from, to)` of the text. */
  private trimmed(from: number, to: number): string {
    const a = skipGoSpace(this.text, from, to);
    return this.text.slice(a, trimGoSpaceEnd(this.text, a, to));
  }

  parse(): ParseResult {
    this.run(Number.POSITIVE_INFINITY);
    return this.result();
  }

  /**
   * Reads the text from where the last call stopped (the first line at first) until a turn of the main loop would
   * start at line `stop` or later, or to the end. True when the text is read.
   */
  run(stop: number): boolean {
    const t = this.text;
    const n = this.lineCount;
    let prevComments = this.waiting;
    /** Whether `prevComments` grew by push (then it has spare room and is copied at its size). */
    let prevGrown = this.waitingGrown;
    let i = this.nextLine;
    const tail = this.tail;
    while (i < n) {
      if (i >= stop) {
        this.nextLine = i;
        this.waiting = prevComments;
        this.waitingGrown = prevGrown;
        return false;
      }
      const lineStart = i === 0 ? this.bomLength : this.lineStarts[i]!;
      // A turn that starts in the unchanged end of an edited text, with nothing waiting: the old parse's end may serve.
      if (tail !== undefined && prevComments === undefined && lineStart >= tail.from && this.takeTail(tail.previous, tail.by, i, lineStart)) break;
      // lineNext and lineEnd, in place (two calls per line cost without TurboFan, as the language server runs).
      const nextStart = this.lineStarts[i + 1];
      const lineNext = nextStart === undefined ? t.length : nextStart;
      let lineEnd = nextStart === undefined ? t.length : nextStart - 1;
      while (lineEnd > lineStart) {
        const c = t.charCodeAt(lineEnd - 1);
        if (c !== 0x0d && c !== 0x0a) break;
        lineEnd--;
      }
      // (checkLength's own first test, made here: most lines are far shorter.)
      if ((lineNext - lineStart) * 3 >= MAX_LINE_BYTES) this.checkLength(lineStart, lineEnd, lineNext);
      // (Most lines start with no space: skipGoSpace only when the first character may be one.)
      const c0 = lineStart < lineEnd ? t.charCodeAt(lineStart) : 0;
      const contentStart = c0 <= 0x20 || c0 >= 0x85 ? skipGoSpace(t, lineStart, lineEnd) : lineStart;
      const isComment = contentStart < lineEnd && t.charCodeAt(contentStart) === 0x23;
      /** The comment's text for BuildKit (see below), kept for the Comment when it is the same text. */
      let above = '';
      let aboveStart = -1;
      let aboveEnd = -1;
      if (isComment) {
        // BuildKit takes the text after the line's first byte (not after the `#`), then trims it.
        const a = skipGoSpace(t, lineStart + 1, lineNext);
        const b = trimGoSpaceEnd(t, a, lineNext);
        if (a === b) prevComments = undefined;
        else {
          above = t.slice(a, b);
          aboveStart = a;
          aboveEnd = b;
          if (prevComments === undefined) {
            prevComments = [above];
            prevGrown = false;
          } else {
            prevComments.push(above);
            prevGrown = true;
          }
        }
      }
      const directive = !this.directivesDone && this.possibleDirective(contentStart, lineEnd, i);
      if (directive && prevComments !== undefined) {
        prevComments.pop();
        if (prevComments.length === 0) prevComments = undefined;
      }
      if (isComment) {
        // Go's TrimSpace of the text after `#`: usually the same characters as BuildKit's text above (one string).
        // With the `#` first on the line and some text, it is that text (only newline characters lie between
        // lineEnd and lineNext): no second trim.
        let text = above;
        if (contentStart !== lineStart || aboveStart < 0) {
          const ta = skipGoSpace(t, contentStart + 1, lineEnd);
          const tb = trimGoSpaceEnd(t, ta, lineEnd);
          if (ta !== aboveStart || tb !== aboveEnd) text = t.slice(ta, tb);
        }
        this.comments.push({
          text,
          range: { start: contentStart, end: lineEnd },
          line: i,
          insideInstruction: false,
          isDirective: directive,
        });
      }
      const startLine = i;
      i++;
      if (isComment) continue;
      let contEnd = this.continuation(contentStart, lineEnd);
      if (contEnd === contentStart && !this.continues) continue;
      const logical = new LogicalLine(t);
      logical.append(contentStart, contEnd);
      let emptyContinuation = false;
      let lastLine = startLine;
      let textEnd = lineEnd;
      while (this.continues && i < n) {
        const ls = this.lineStarts[i]!;
        const nextStart = this.lineStarts[i + 1];
        const lnext = nextStart === undefined ? t.length : nextStart;
        let le = nextStart === undefined ? t.length : nextStart - 1;
        while (le > ls) {
          const c = t.charCodeAt(le - 1);
          if (c !== 0x0d && c !== 0x0a) break;
          le--;
        }
        if ((lnext - ls) * 3 >= MAX_LINE_BYTES) this.checkLength(ls, le, lnext);
        if (!this.directivesDone) this.possibleDirective(ls, le, i);
        const cs = skipGoSpace(t, ls, le);
        lastLine = i;
        textEnd = le;
        i++;
        if (cs < le && t.charCodeAt(cs) === 0x23) {
          this.comments.push({
            text: this.trimmed(cs + 1, le),
            range: { start: cs, end: le },
            line: lastLine,
            insideInstruction: true,
            isDirective: false,
          });
          continue;
        }
        if (cs === le) {
          emptyContinuation = true;
          continue;
        }
        contEnd = this.continuation(ls, le);
        logical.append(ls, contEnd);
      }
      const text = logical.text;
      const ins = this.instructionFromLine(logical, 0, text.length, prevComments === undefined ? NO_COMMENTS : prevGrown ? exact(prevComments) : prevComments, emptyContinuation, false);
      prevComments = undefined;
      let endLine = lastLine;
      let rangeEnd = textEnd;
      const inner = ins.onbuild;
      const canContainHeredoc = inner !== undefined
        ? takesHeredocs(inner.name) && !inner.json
        : takesHeredocs(ins.name) && !ins.json;
      if (canContainHeredoc && text.includes('<<')) {
        const markers = heredocMarkers(text, this.escape);
        const heredocs: Heredoc[] = [];
        for (const marker of markers) {
          let terminated: Range | undefined;
          const bodyStart = i < n ? this.lineStart(i) : t.length;
          let bodyEnd = bodyStart;
          while (i < n) {
            const ls = this.lineStart(i);
            const le = this.lineEnd(i, ls);
            endLine = i;
            i++;
            let ts = ls;
            if (marker.chomp) while (ts < le && t.charCodeAt(ts) === 0x09) ts++;
            if (le - ts === marker.name.length && t.startsWith(marker.name, ts)) {
              terminated = { start: ls, end: le };
              rangeEnd = le;
              break;
            }
            bodyEnd = this.lineNext(i - 1);
            rangeEnd = le;
          }
          if (terminated === undefined) {
            this.error('UnterminatedHeredoc', 'unterminated heredoc', { start: logical.toSource(marker.start), end: t.length }, { name: marker.name });
          }
          heredocs.push({
            name: marker.name,
            expand: marker.expand,
            chomp: marker.chomp,
            fd: marker.fd,
            markerRange: logical.range(marker.start, marker.end),
            nameRange: logical.range(marker.nameStart, marker.end),
            // The body lines are contiguous in the document, newlines included.
            content: t.slice(bodyStart, Math.max(bodyStart, bodyEnd)),
            bodyRange: { start: bodyStart, end: Math.max(bodyStart, bodyEnd) },
            terminatorRange: terminated,
          });
        }
        if (heredocs.length > 0) ins.heredocs = exact(heredocs);
      }
      const start = ins.keywordRange.start;
      // Without heredocs the two ranges are the same: one object (ranges are never changed once made).
      const textRange: Range = { start, end: textEnd };
      ins.range = rangeEnd === textEnd ? textRange : { start, end: rangeEnd };
      ins.textRange = textRange;
      ins.startLine = startLine;
      ins.endLine = endLine;
      this.instructions.push(ins);
    }
    this.nextLine = n;
    this.waiting = undefined;
    return true;
  }

  /** The parse's result, once `run` has read the whole text. */
  result(): ParseResult {
    const t = this.text;
    if (this.instructions.length === 0) {
      this.error('NoInstructions', 'file with no instructions', { start: t.length, end: t.length });
    }
    return {
      text: t,
      instructions: this.instructions,
      directives: this.directives,
      comments: this.comments,
      escapeToken: this.escape === BACKTICK ? '`' : '\\',
      errors: this.errors,
      lineStarts: this.lineStarts,
      bomLength: this.bomLength,
    };
  }

  /**
   * Takes the old parse's instructions, comments and errors from the line that starts at `at` (new offsets; the old
   * text's characters lie `by` earlier) to the end, moved, when the old parse started an instruction with no comments
   * above it on that line: both parses are then in the same state there and read the same characters (incremental.ts).
   * False, and nothing taken, otherwise.
   */
  private takeTail(old: ParseResult, by: number, line: number, at: number): boolean {
    const oldAt = at - by;
    const starts = old.lineStarts;
    const oldLine = firstWhere(starts.length, (m) => starts[m]! >= oldAt);
    if (oldLine >= starts.length || starts[oldLine] !== oldAt || oldLine < this.tailFrom) return false;
    const olds = old.instructions;
    let k = firstWhere(olds.length, (m) => olds[m]!.startLine >= oldLine);
    if (k >= olds.length || olds[k]!.startLine !== oldLine || olds[k]!.comments.length > 0) return false;
    const lines = line - oldLine;
    const t = this.text;
    TAIL_TAKEN.parses++;
    TAIL_TAKEN.instructions += olds.length - k;
    for (; k < olds.length; k++) this.instructions.push(movedInstruction(olds[k]!, by, lines, t));
    const comments = old.comments;
    let c = firstWhere(comments.length, (m) => comments[m]!.line >= oldLine);
    for (; c < comments.length; c++) {
      const cm = comments[c]!;
      this.comments.push({ text: cm.text, range: movedRange(cm.range, by), line: cm.line + lines, insideInstruction: cm.insideInstruction, isDirective: cm.isDirective });
    }
    for (const e of old.errors) {
      if (e.range.start >= oldAt && e.code !== 'NoInstructions') this.errors.push({ ...e, range: movedRange(e.range, by) });
    }
    this.taken = { line, oldLine };
    return true;
  }

  private checkLength(start: number, end: number, next: number): void {
    const chars = next - start;
    if (chars * 3 < MAX_LINE_BYTES) return;
    const bytes = Buffer.byteLength(this.text.slice(start, next), 'utf8');
    if (bytes > MAX_LINE_BYTES) {
      this.error('LineTooLong', `dockerfile line greater than max allowed size of ${MAX_LINE_BYTES - 1}`, { start, end });
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
    if (this.seenDirectives?.has(name) === true) {
      this.error('DuplicateDirective', `only one ${name} parser directive can be used`, range, { name });
      return false;
    }
    (this.seenDirectives ??= new Set()).add(name);
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
   * BuildKit's trimContinuationCharacter with `([^E])E[ \t]*$|^E[ \t]*$`: where the kept part of the line ends;
   * sets `continues` when the instruction goes on on the next line.
   */
  private continuation(start: number, end: number): number {
    const t = this.text;
    let e = end;
    // Each character read once (a charCodeAt is a builtin call without TurboFan, as the language server runs).
    let c = 0;
    while (e > start) {
      c = t.charCodeAt(e - 1);
      if (c !== 0x20 && c !== 0x09) break;
      e--;
    }
    const escape = this.escape;
    if (e > start && c === escape) {
      if (e - 1 === start || t.charCodeAt(e - 2) !== escape) {
        this.continues = true;
        return e - 1;
      }
    }
    this.continues = false;
    return end;
  }

  private error(code: ParseErrorCode, message: string, range: Range, params?: Record<string, string>): void {
    this.errors.push(params === undefined ? { code, message, range } : { code, message, range, params });
  }

  /**
   * BuildKit's parseWords over `[from, to)` into a list the parser reuses (valid until the next call); sets
   * `wordCount`. The list is cleared when the parse ends, so it does not keep the text alive.
   */
  private words(s: string, from: number, to: number): readonly Piece[] {
    this.wordCount = parseWordsInto(s, from, to, this.escape, this.wordScratch);
    return this.wordScratch;
  }

  private tok(logical: LogicalLine, p: Piece): Token {
    return { value: p.value, range: logical.range(p.start, p.end) };
  }

  /** `reWhitespace.Split` of `[from, to)` as tokens (BuildKit's parseStringsWhitespaceDelimited). */
  private splitTokens(logical: LogicalLine, s: string, from: number, to: number): Token[] {
    const out: Token[] = [];
    let start = from;
    let i = from;
    while (i < to) {
      // The token: one native scan (see chars.ts).
      NON_SPLIT_SPACE_RUN.lastIndex = i;
      NON_SPLIT_SPACE_RUN.test(s);
      i = NON_SPLIT_SPACE_RUN.lastIndex;
      if (i >= to) break;
      out.push({ value: s.slice(start, i), range: logical.range(start, i) });
      let j = i + 1;
      while (j < to && isSplitSpace(s.charCodeAt(j))) j++;
      start = j;
      i = j;
    }
    out.push({ value: s.slice(start, to), range: logical.range(start, to) });
    return exact(out);
  }

  /**
   * BuildKit's parseMaybeJSON / parseMaybeJSONToList over `[start, argsEnd)`; sets `json`. `whole` is the token of
   * `[start, argsEnd)` when the caller has it (the instruction's arguments), for the one-node shell form.
   */
  private maybeJson(logical: LogicalLine, s: string, start: number, argsEnd: number, toList: boolean, errFrom: number, errTo: number, whole?: Token): ArgNode[] {
    this.json = false;
    if (start >= argsEnd) return [];
    const parsed = parseJsonArray(s, start, argsEnd);
    if (parsed.kind === 'ok') {
      this.json = true;
      const items = parsed.items;
      const out: ArgNode[] = new Array<ArgNode>(items.length);
      for (let k = 0; k < items.length; k++) out[k] = this.tok(logical, items[k]!);
      return out;
    }
    if (parsed.kind === 'not-strings') {
      this.error('JSONNotStringArray', 'when using JSON array syntax, arrays must be comprised of strings only', logical.range(errFrom, errTo));
    }
    if (toList) return this.splitTokens(logical, s, start, argsEnd);
    return [whole ?? { value: s.slice(start, argsEnd), range: logical.range(start, argsEnd) }];
  }

  /** BuildKit's newNodeFromLine over `[from, to)` of a logical line. Ranges wait for the caller unless nested. */
  private instructionFromLine(
    logical: LogicalLine,
    from: number,
    to: number,
    comments: readonly string[],
    emptyContinuation: boolean,
    nested: boolean,
  ): ParsedInstruction {
    const s = logical.text;
    // The trims call only when the edge character may be space (it seldom is: the line was trimmed already).
    const cf = s.charCodeAt(from);
    const a = from < to && cf > 0x20 && cf < 0x85 ? from : skipGoSpace(s, from, to);
    const cl = s.charCodeAt(to - 1);
    const b = a < to && cl > 0x20 && cl < 0x85 ? to : trimGoSpaceEnd(s, a, to);
    let cmdEnd = a;
    while (cmdEnd < b) {
      const c = s.charCodeAt(cmdEnd);
      if (c <= 0x20 && (c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0x0d)) break;
      cmdEnd++;
    }
    let restStart = cmdEnd;
    while (restStart < b) {
      const c = s.charCodeAt(restStart);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0b && c !== 0x0c && c !== 0x0d) break;
      restStart++;
    }
    const known = knownKeyword(s, a, cmdEnd);
    const keyword = known ?? s.slice(a, cmdEnd);
    const name = known !== undefined ? knownName : (LOWER_KEYWORDS.get(keyword) ?? keyword.toLowerCase());
    const flagWords = this.flagScratch;
    if (flagWords.length !== 0) flagWords.length = 0;
    let argsFrom = b;
    // Flags start with `--` (extractBuilderFlags would stop at once otherwise).
    if (cmdEnd < b) {
      const f = skipGoSpace(s, restStart, b);
      argsFrom = f + 1 < b && s.charCodeAt(f) === 0x2d && s.charCodeAt(f + 1) === 0x2d
        ? extractBuilderFlags(s, restStart, b, this.escape, flagWords)
        : f;
    }
    const ca = s.charCodeAt(argsFrom);
    const argsStart = argsFrom < b && ca > 0x20 && ca < 0x85 ? argsFrom : skipGoSpace(s, argsFrom, b);
    const cb = s.charCodeAt(b - 1);
    const argsEnd = argsStart < b && cb > 0x20 && cb < 0x85 ? b : trimGoSpaceEnd(s, argsStart, b);
    const args: Token = { value: s.slice(argsStart, argsEnd), range: logical.range(argsStart, argsEnd) };
    let flags: readonly Flag[] = NO_FLAGS;
    if (flagWords.length > 0) {
      const list: Flag[] = new Array<Flag>(flagWords.length);
      for (let k = 0; k < flagWords.length; k++) list[k] = flagFrom(flagWords[k]!, logical);
      flags = list;
    }

    let argNodes: ArgNode[] | readonly ArgNode[] = NO_ARGS;
    let json = false;
    let keyValues: KeyValue[] | readonly KeyValue[] = NO_KEY_VALUES;
    let onbuild: Instruction | undefined;

    switch (name) {
      case 'add':
      case 'copy':
      case 'volume':
        argNodes = this.maybeJson(logical, s, argsStart, argsEnd, true, a, b);
        json = this.json;
        break;
      case 'cmd':
      case 'entrypoint':
      case 'run':
      case 'shell':
        argNodes = this.maybeJson(logical, s, argsStart, argsEnd, false, a, b, args);
        json = this.json;
        break;
      case 'expose':
      case 'from':
        argNodes = argsStart < argsEnd ? this.splitTokens(logical, s, argsStart, argsEnd) : [];
        break;
      case 'maintainer':
      case 'stopsignal':
      case 'user':
      case 'workdir':
        argNodes = argsStart < argsEnd ? [args] : [];
        break;
      case 'arg': {
        const words = this.words(s, argsStart, argsEnd);
        const n = this.wordCount;
        if (n === 0) {
          argNodes = [];
          break;
        }
        // One node and one pair per word: both lists are made at their size.
        const nodes: ArgNode[] = new Array<ArgNode>(n);
        const kvs: KeyValue[] = new Array<KeyValue>(n);
        for (let k = 0; k < n; k++) nodes[k] = this.tok(logical, words[k]!);
        for (let k = 0; k < n; k++) {
          const w = words[k]!;
          const eq = w.value.indexOf('=');
          if (eq < 0) {
            kvs[k] = { key: this.tok(logical, w), value: undefined, separator: '', range: logical.range(w.start, w.end) };
          } else {
            kvs[k] = {
              key: { value: w.value.slice(0, eq), range: logical.range(w.start, w.start + eq) },
              value: { value: w.value.slice(eq + 1), range: logical.range(w.start + eq + 1, w.end) },
              separator: '=',
              range: logical.range(w.start, w.end),
            };
          }
        }
        argNodes = nodes;
        keyValues = kvs;
        break;
      }
      case 'env':
      case 'label': {
        const words = this.words(s, argsStart, argsEnd);
        const n = this.wordCount;
        const first = n > 0 ? words[0] : undefined;
        if (first === undefined) {
          argNodes = [];
          break;
        }
        if (!first.value.includes('=')) {
          const parts = splitWhitespace(s, argsStart, argsEnd, 2);
          const k = parts[0]!;
          const v = parts[1];
          if (v === undefined) {
            this.error('KeyValueMissingValue', `${name === 'label' ? 'LABEL' : 'ENV'} must have two arguments`, logical.range(a, b), { instruction: name.toUpperCase() });
            keyValues = [{ key: this.tok(logical, k), value: undefined, separator: '', range: logical.range(k.start, k.end) }];
            argNodes = [this.tok(logical, k)];
          } else {
            const key = this.tok(logical, k);
            const value = this.tok(logical, v);
            keyValues = [{ key, value, separator: '', range: logical.range(k.start, v.end) }];
            argNodes = [key, value, { value: '', range: logical.range(v.end, v.end) }];
          }
          break;
        }
        // The words with `=` make a pair and three nodes each (counted first: the lists are made at their size).
        let pairs = 0;
        for (let k = 0; k < n; k++) if (words[k]!.value.includes('=')) pairs++;
        const kvs: KeyValue[] = new Array<KeyValue>(pairs);
        const nodes: ArgNode[] = new Array<ArgNode>(3 * pairs);
        let p = 0;
        for (let k = 0; k < n; k++) {
          const w = words[k]!;
          const eq = w.value.indexOf('=');
          if (eq < 0) {
            this.error('KeyValueMissingEquals', `Syntax error - can't find = in ${goQuote(w.value)}. Must be of the form: name=value`, logical.range(w.start, w.end), { word: w.value });
            continue;
          }
          const key: Token = { value: w.value.slice(0, eq), range: logical.range(w.start, w.start + eq) };
          const value: Token = { value: w.value.slice(eq + 1), range: logical.range(w.start + eq + 1, w.end) };
          kvs[p] = { key, value, separator: '=', range: logical.range(w.start, w.end) };
          nodes[3 * p] = key;
          nodes[3 * p + 1] = value;
          nodes[3 * p + 2] = { value: '=', range: logical.range(w.start + eq, w.start + eq + 1) };
          p++;
        }
        argNodes = nodes;
        keyValues = kvs;
        break;
      }
      case 'healthcheck': {
        if (argsStart >= argsEnd) {
          argNodes = [];
          break;
        }
        let sep = argsStart;
        while (sep < argsEnd && !isGoSpace(s.charCodeAt(sep))) sep++;
        let next = sep;
        while (next < argsEnd && isGoSpace(s.charCodeAt(next))) next++;
        const rest = this.maybeJson(logical, s, next, argsEnd, false, a, b);
        json = this.json;
        const nodes: ArgNode[] = [{ value: s.slice(argsStart, sep), range: logical.range(argsStart, sep) }];
        for (const node of rest) nodes.push(node);
        argNodes = exact(nodes);
        break;
      }
      case 'onbuild': {
        if (argsStart >= argsEnd) {
          argNodes = [];
          break;
        }
        onbuild = this.instructionFromLine(logical, argsStart, argsEnd, NO_COMMENTS, false, true);
        argNodes = [{ child: onbuild }];
        break;
      }
      default:
        // BuildKit keeps unknown instructions with one empty argument node (they fail later, at dispatch).
        argNodes = [{ value: '', range: args.range }];
    }

    let variables: readonly VariableRef[] | null = NO_VARIABLES;
    if (!json && !nested && flagWords.length === 0 && isShellForm(name)) {
      // Found on first read (see ParsedInstruction); only a `$` can start a reference.
      if (s.indexOf('$', argsStart) >= 0) variables = null;
    } else if (!json && hasVariables(name)) {
      let refs: VariableRef[] | undefined;
      // Only a `$` can start a reference.
      if (s.indexOf('$', argsStart) >= 0) {
        refs = [];
        scanVariableRefs(s, argsStart, argsEnd, this.escape, logical, refs);
        // (Index loops: a for…of makes an iterator, which costs without TurboFan, as the language server runs.)
        for (let k = 0; k < flagWords.length; k++) {
          const w = flagWords[k]!;
          if (w.eq >= 0) scanVariableRefs(s, w.eq + 1, w.end, this.escape, logical, refs);
        }
      } else {
        for (let k = 0; k < flagWords.length; k++) {
          const w = flagWords[k]!;
          if (w.eq >= 0 && s.indexOf('$', w.eq + 1) >= 0 && s.indexOf('$', w.eq + 1) < w.end) {
            refs ??= [];
            scanVariableRefs(s, w.eq + 1, w.end, this.escape, logical, refs);
          }
        }
      }
      if (refs !== undefined && refs.length > 0) variables = exact(refs);
    } else if (onbuild !== undefined && onbuild.variables.length > 0) {
      variables = onbuild.variables.slice();
    }

    const textRange = nested ? logical.range(a, b) : PENDING_RANGE;
    const one = logical.onePieceStart;
    // (`_line`, `_a`, `_b`: what logical.finalMapperFrom(from) kept in its closure.)
    return new ParsedInstruction(
      keyword,
      name,
      logical.range(a, cmdEnd),
      textRange,
      s.slice(from, to),
      flags,
      args,
      argNodes,
      json,
      keyValues,
      onbuild,
      comments,
      emptyContinuation,
      one < 0 ? logical : undefined,
      one < 0 ? from : one + from,
      one < 0 ? 0 : one + logical.logicalLength,
      variables,
      argsStart,
      argsEnd,
      this.escape,
    );
  }
}

function flagFrom(w: FlagWord, logical: LogicalLine): Flag {
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

export interface ParseOptions {
  /**
   * The parse of the previous version of the same document: what it made before the first changed character is
   * reused and only the rest is parsed (see incremental.ts). The result is the same as without it.
   */
  readonly previous?: ParseResult | undefined;
}

/** Parses a Dockerfile. Never throws. */
export function parse(text: string, options?: ParseOptions): ParseResult {
  const previous = options?.previous;
  const resume = previous === undefined ? undefined : planResume(previous, text);
  if (resume === undefined) return new Parser(text).parse();
  const parser = new Parser(text, resume);
  const result = parser.parse();
  recordSources(result, resultSources(resume, parser.taken));
  return result;
}

/**
 * A full parse made a few lines at a time, with other work between the slices: the language server builds the model
 * of a large document this way, so that requests about other documents are answered between them. The result is
 * the same as `parse(text)`'s.
 */
export class SlicedParse {
  private readonly parser: Parser;
  private done: ParseResult | undefined;

  constructor(readonly text: string) {
    this.parser = new Parser(text);
  }

  /**
   * Reads about `lines` more lines, at least one (an instruction is never cut, so a step may read more); the result
   * once the whole text is read.
   */
  step(lines: number): ParseResult | undefined {
    if (this.done !== undefined) return this.done;
    if (this.parser.run(this.parser.nextLine + Math.max(1, lines))) this.done = this.parser.result();
    return this.done;
  }

  /** Reads the rest at once. */
  finish(): ParseResult {
    return this.step(Number.POSITIVE_INFINITY)!;
  }
}
