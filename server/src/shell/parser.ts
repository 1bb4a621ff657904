/**
 * A POSIX/bash shell parser, written for the linter: one pass over the text, char codes only, no regexes on
 * the hot path, never throws, always terminates. It produces the simple commands of a script (with nested
 * commands from subshells, groups, `if`/`for`/`while`/`case` bodies, functions, `$(...)`, backticks and
 * process substitutions), their words, assignments and redirections, each with offsets into the text.
 *
 * Grammar (POSIX Shell Command Language, section 2.10, with the bash forms RUN scripts use):
 *   list     := and_or ((';' | '&' | newline) and_or)*
 *   and_or   := pipeline (('&&' | '||') newline* pipeline)*
 *   pipeline := ['!'] ['time'] command (('|' | '|&') newline* command)*
 *   command  := simple | '(' list ')' | '{' list '}' | if | for | select | while | until | case
 *             | '((' arith '))' | '[[' test ']]' | name '()' command | 'function' name ['()'] command
 *
 * Choice and measurements: see bench/shell-parsers.ts (this parser is 20–100× faster than the WASM and
 * GopherJS builds of mvdan/sh and tree-sitter-bash on the corpus, and synchronous).
 *
 * Speed (a corpus pass parses ~1,400 RUN scripts, the 2 MB test file ~10,000): the current token lives in
 * fields of the parser (no object per token), a plain word (no quotes, escapes or expansions) keeps only its
 * offsets and makes its text on first read, and the objects the parser makes (`Word`, `Command`,
 * `Redirect`) are the ones the rules read (`ShellWord`, `ShellCommand`, `ShellRedirect`), with their document
 * ranges computed on first read.
 */
import type { Instruction, Range } from '../parse/ast';

export type ShellOperator = '&&' | '||' | ';' | '|' | '&' | '';
export type ShellContext = 'top' | 'subshell' | 'group' | 'compound' | 'function' | 'substitution';

export interface RawWord {
  readonly start: number;
  readonly end: number;
  /** Literal value with quotes removed; undefined when the word has an expansion (`$x`, `$(...)`, backticks). */
  readonly value: string | undefined;
  /** Quotes removed, expansions kept as written. */
  readonly text: string;
}

export interface RawRedirect {
  readonly start: number;
  readonly end: number;
  /** `>`, `>>`, `<`, `<<`, `<<-`, `<<<`, `>&`, `<&`, `<>`, `>|`, `&>`, `&>>`. */
  readonly op: string;
  /** The file descriptor written before the operator (`2>`), or ``. */
  readonly fd: string;
  readonly target: RawWord | undefined;
  /** For `<<`/`<<-`: the body's offsets, when it is inside the text (multi-line scripts). */
  body?: { start: number; end: number };
}

export interface RawCommand {
  readonly words: readonly RawWord[];
  readonly assignments: readonly RawWord[];
  readonly redirects: readonly RawRedirect[];
  start: number;
  end: number;
  next: ShellOperator;
  readonly context: ShellContext;
}

export interface RawScript {
  /** Simple commands that have a command word, in order of their start. */
  readonly commands: RawCommand[];
  /** Every heredoc redirection, in order of appearance. */
  readonly heredocs: readonly RawRedirect[];
  /** Number of pipe operators. */
  readonly pipes: number;
  readonly error: boolean;
}

/**
 * The text a script is parsed from, and how its offsets map to document offsets. Every Word, Redirect and Command
 * of a script reads its document range through the script's one ScriptText, so `moveScript` can move a whole
 * script to where the same text moved by changing this object alone (and forgetting the ranges already made).
 */
export class ScriptText {
  // Fields are declared and set in the constructor, not with class-field initializers: those run as a separate
  // initializer that defines every field before the constructor body (measurably slower without TurboFan, as the
  // language server runs). The same for Word, Redirect, Command and Parser below.
  declare readonly src: string;
  declare private readonly base: number;
  declare private readonly ins: Instruction | undefined;
  /** Where `src` starts in `ins.original` (found on the first range asked). */
  declare private from: number;
  /** Added to every document offset: how far the text moved since it was parsed (`moveScript`). */
  declare private shift: number;
  /** A range was made since the text was parsed or last moved: objects of its script may hold one. */
  declare private ranged: boolean;

  /**
   * Offsets map linearly (`base + o`) when `ins` is undefined (the script's text is a plain slice of the
   * document), else through the instruction's logical line: `ins.toSource(from + o)`, where `from` is the last
   * place of `src` in `ins.original` (0 when absent); then `shift` is added.
   */
  constructor(src: string, base: number, ins: Instruction | undefined) {
    this.src = src;
    this.base = base;
    this.ins = ins;
    this.from = -1;
    this.shift = 0;
    this.ranged = false;
  }

  range(start: number, end: number): Range {
    this.ranged = true;
    const ins = this.ins;
    if (ins === undefined) {
      const base = this.base + this.shift;
      return { start: base + start, end: base + (end > start ? end : start) };
    }
    const from = this.fromIn(ins);
    const shift = this.shift;
    const s = ins.toSource(from + start) + shift;
    return { start: s, end: end > start ? ins.toSource(from + end - 1) + 1 + shift : s };
  }

  /**
   * How far `to` is from this text: the shift that takes the document offset of each character of this text to
   * that of `to`, when `to` has the same characters and its first and last characters are both that far (then all
   * are: the same text maps the same way); undefined otherwise.
   */
  distanceTo(to: ScriptText): number | undefined {
    const src = this.src;
    if (to.src !== src) return undefined;
    const last = src.length > 0 ? src.length - 1 : 0;
    const by = to.offsetOf(0) - this.offsetOf(0);
    return to.offsetOf(last) - this.offsetOf(last) === by ? by : undefined;
  }

  /** For `moveScript`: moves the text `by` characters; answers whether a range was made at the old place. */
  moveBy(by: number): boolean {
    const ranged = this.ranged;
    this.shift += by;
    this.ranged = false;
    return ranged;
  }

  /** The document offset of the character at `o` (as `range` finds it). */
  private offsetOf(o: number): number {
    const ins = this.ins;
    return (ins === undefined ? this.base + o : ins.toSource(this.fromIn(ins) + o)) + this.shift;
  }

  private fromIn(ins: Instruction): number {
    let from = this.from;
    if (from < 0) {
      const original = ins.original;
      const src = this.src;
      // `lastIndexOf`, with a cheap answer for the usual case (the arguments end the logical line).
      from = original.endsWith(src) ? original.length - src.length : original.lastIndexOf(src);
      if (from < 0) from = 0;
      this.from = from;
    }
    return from;
  }
}

/**
 * Moves a parsed script `by` characters in the document: its commands, words and redirections then give ranges
 * that far from where they were, without parsing it again (the caller has checked with `distanceTo` that the same
 * text is there). Everything in a script is in script offsets except the ranges made on first read, which are
 * forgotten here (only when one was made: the rules read the ranges of few scripts).
 *
 * The script still reads the instruction it was parsed from, so it keeps no other version of the document alive. Its
 * objects change in place: whoever still holds this script sees the new ranges (the caller's business: see
 * ShellScriptReuse in shell.ts). `commands` must be every command parsed from `doc` (a script's list is).
 */
export function moveScript(doc: ScriptText, commands: readonly Command[], by: number): void {
  if (!doc.moveBy(by)) return;
  for (let i = 0; i < commands.length; i++) commands[i]!.forgetRanges();
}

/**
 * A word. A plain word (no quotes, escapes or expansions: most words) stores only its offsets and slices its
 * text on first read; `range` (document offsets) is made on first read too, `raw` (the text as written) on each.
 */
export class Word implements RawWord {
  declare private readonly doc: ScriptText;
  declare readonly start: number;
  declare readonly end: number;
  /** `null`: a plain word whose text is not made yet (value = text = raw). */
  declare private v: string | undefined | null;
  declare private t: string | null;
  declare private where: Range | undefined;

  constructor(doc: ScriptText, start: number, end: number, value: string | undefined | null, text: string | null) {
    this.doc = doc;
    this.start = start;
    this.end = end;
    this.v = value;
    this.t = text;
    this.where = undefined;
  }

  get value(): string | undefined {
    const v = this.v;
    return v === null ? this.plain() : v;
  }

  get text(): string {
    const t = this.t;
    return t === null ? this.plain() : t;
  }

  get raw(): string {
    const t = this.t;
    if (t === null) return this.plain();
    // Not kept in a field (8 bytes less per word; a 2 MB lint has ~68k words): the text when it is the written
    // text (a plain word once read, most words with an expansion), else a slice of the script.
    const start = this.start;
    const end = this.end;
    const src = this.doc.src;
    if (t.length === end - start && src.startsWith(t, start)) return t;
    return src.slice(start, end);
  }

  get range(): Range {
    return (this.where ??= this.doc.range(this.start, this.end));
  }

  /** Drops the range made on first read (the script moved: see `moveScript`). */
  forgetRange(): void {
    this.where = undefined;
  }

  /**
   * For a plain word whose text is not made yet: the character code at `i` of its text (-1 past its end), read
   * from the script without making the text; -2 for any other word (then read `value` or `raw`).
   */
  plainCodeAt(i: number): number {
    if (this.v !== null) return -2;
    const p = this.start + i;
    return p < this.end ? this.doc.src.charCodeAt(p) : -1;
  }

  /** Whether `value ?? raw` is `s`, without making the text. */
  is(s: string): boolean {
    const v = this.v;
    if (v !== null && v !== undefined) return v === s;
    return this.end - this.start === s.length && this.doc.src.startsWith(s, this.start);
  }

  private plain(): string {
    const s = this.doc.src.slice(this.start, this.end);
    this.v = s;
    this.t = s;
    return s;
  }
}

/** A redirection; its document range is made on first read. */
export class Redirect implements RawRedirect {
  declare private readonly doc: ScriptText;
  declare readonly start: number;
  declare readonly end: number;
  declare readonly op: string;
  declare readonly fd: string;
  declare readonly target: Word | undefined;
  declare body: { start: number; end: number } | undefined;
  declare private where: Range | undefined;

  constructor(doc: ScriptText, start: number, end: number, op: string, fd: string, target: Word | undefined) {
    this.doc = doc;
    this.start = start;
    this.end = end;
    this.op = op;
    this.fd = fd;
    this.target = target;
    this.body = undefined;
    this.where = undefined;
  }

  get range(): Range {
    return (this.where ??= this.doc.range(this.start, this.end));
  }

  /** Drops the ranges made on first read, its target's too (see `moveScript`). */
  forgetRange(): void {
    this.where = undefined;
    this.target?.forgetRange();
  }
}

const NO_WORDS: readonly Word[] = Object.freeze([]);
const NO_REDIRECTS: readonly Redirect[] = Object.freeze([]);

/**
 * A simple command (it has a command word); `name`, the words and the document range are made on first read.
 * Until its words are read, a command keeps them as `coded`: a plain word (no quotes, escapes or expansions) as two
 * numbers, its start and end, any other word as its Word. Most commands' words are never read (the rules look at
 * most commands by name only): 27% of the commands of the 2 MB test file, 77% in a corpus pass.
 */
export class Command implements RawCommand {
  declare private readonly doc: ScriptText;
  /** The words, once made (undefined: still in `coded`). */
  declare private w: readonly Word[] | undefined;
  declare private coded: readonly (Word | number)[] | undefined;
  declare readonly assignments: readonly Word[];
  declare redirects: readonly Redirect[];
  declare start: number;
  declare end: number;
  declare readonly context: ShellContext;
  declare next: ShellOperator;
  declare private n: string | undefined;
  declare private where: Range | undefined;

  /** Either `words` or `coded` (the other undefined). */
  constructor(
    doc: ScriptText,
    words: readonly Word[] | undefined,
    coded: readonly (Word | number)[] | undefined,
    assignments: readonly Word[],
    redirects: readonly Redirect[],
    start: number,
    end: number,
    context: ShellContext,
  ) {
    this.doc = doc;
    this.w = words;
    this.coded = coded;
    this.assignments = assignments;
    this.redirects = redirects;
    this.start = start;
    this.end = end;
    this.context = context;
    this.next = '';
    this.n = undefined;
    this.where = undefined;
  }

  /** Every word, the name first (the same list and Word objects on every read). */
  get words(): readonly Word[] {
    const w = this.w;
    return w !== undefined ? w : this.decode();
  }

  /** The first word's value, or its raw text when it has an expansion. */
  get name(): string {
    const n = this.n;
    if (n !== undefined) return n;
    const coded = this.coded;
    if (coded !== undefined) {
      const first = coded[0]!;
      // A plain word's value is its text.
      return (this.n = typeof first === 'number' ? this.doc.src.slice(first, coded[1] as number) : (first.value ?? first.raw));
    }
    const first = this.w![0];
    return (this.n = first === undefined ? '' : (first.value ?? first.raw));
  }

  private decode(): readonly Word[] {
    const coded = this.coded!;
    const doc = this.doc;
    let n = 0;
    for (let i = 0; i < coded.length; i++, n++) if (typeof coded[i] === 'number') i++;
    // A slice for a list at its size and packed, as the parser's lists are (the list lives as long as the script);
    // each of its items is then set to its word.
    const words = coded.slice(0, n) as Word[];
    for (let i = 0, k = 0; k < n; k++) {
      const x = coded[i]!;
      if (typeof x === 'number') {
        words[k] = new Word(doc, x, coded[i + 1] as number, null, null);
        i += 2;
      } else {
        words[k] = x;
        i++;
      }
    }
    this.w = words;
    this.coded = undefined;
    return words;
  }

  get range(): Range {
    return (this.where ??= this.doc.range(this.start, this.end));
  }

  /**
   * Drops the ranges made on first read: its own, its words' (made or still coded), assignments' and redirections'
   * (see `moveScript`). The words of a `$( … )` inside a word belong to commands of their own, in the same list.
   */
  forgetRanges(): void {
    this.where = undefined;
    const words = this.w ?? this.coded!;
    for (let i = 0; i < words.length; i++) {
      const x = words[i]!;
      if (typeof x !== 'number') x.forgetRange();
    }
    const assignments = this.assignments;
    for (let i = 0; i < assignments.length; i++) assignments[i]!.forgetRange();
    const redirects = this.redirects;
    for (let i = 0; i < redirects.length; i++) redirects[i]!.forgetRange();
  }

  addRedirect(r: Redirect): void {
    if (this.redirects === NO_REDIRECTS) this.redirects = [r];
    else (this.redirects as Redirect[]).push(r);
  }
}

export interface Script extends RawScript {
  readonly commands: Command[];
  readonly heredocs: readonly Redirect[];
}

const enum T { Eof, Newline, Op, Word, Redirect }

/** Reserved words (only a plain word can be one). */
const enum K { Unknown = -1, None, If, Then, Elif, Else, Fi, Do, Done, Case, Esac, While, Until, For, Select, In, LBrace, RBrace, Bang, Function, Time, DLBracket, DRBracket }

function isKw(s: string, a: number, n: number, kw: string): boolean {
  return n === kw.length && s.startsWith(kw, a);
}

/** The reserved word `s[a, e)` is, or K.None. */
function keyword(s: string, a: number, e: number): K {
  const n = e - a;
  if (n > 8 || n < 1) return K.None;
  switch (s.charCodeAt(a)) {
    case 105: /* i */ return isKw(s, a, n, 'if') ? K.If : isKw(s, a, n, 'in') ? K.In : K.None;
    case 116: /* t */ return isKw(s, a, n, 'then') ? K.Then : isKw(s, a, n, 'time') ? K.Time : K.None;
    case 101: /* e */ return isKw(s, a, n, 'elif') ? K.Elif : isKw(s, a, n, 'else') ? K.Else : isKw(s, a, n, 'esac') ? K.Esac : K.None;
    case 102: /* f */ return isKw(s, a, n, 'fi') ? K.Fi : isKw(s, a, n, 'for') ? K.For : isKw(s, a, n, 'function') ? K.Function : K.None;
    case 100: /* d */ return isKw(s, a, n, 'do') ? K.Do : isKw(s, a, n, 'done') ? K.Done : K.None;
    case 99: /* c */ return isKw(s, a, n, 'case') ? K.Case : K.None;
    case 119: /* w */ return isKw(s, a, n, 'while') ? K.While : K.None;
    case 117: /* u */ return isKw(s, a, n, 'until') ? K.Until : K.None;
    case 115: /* s */ return isKw(s, a, n, 'select') ? K.Select : K.None;
    case 123: /* { */ return n === 1 ? K.LBrace : K.None;
    case 125: /* } */ return n === 1 ? K.RBrace : K.None;
    case 33: /* ! */ return n === 1 ? K.Bang : K.None;
    case 91: /* [ */ return n === 2 && s.charCodeAt(a + 1) === 91 ? K.DLBracket : K.None;
    case 93: /* ] */ return n === 2 && s.charCodeAt(a + 1) === 93 ? K.DRBracket : K.None;
    default: return K.None;
  }
}

/** Words that end a list (with `)` and the case terminators). */
function endsList(k: K): boolean {
  return k === K.Then || k === K.Elif || k === K.Else || k === K.Fi || k === K.Do || k === K.Done || k === K.Esac || k === K.RBrace;
}

const SPACE = 32, TAB = 9, NL = 10, CR = 13, HASH = 35, BSL = 92, SQ = 39, DQ = 34, DOLLAR = 36, BTICK = 96;
const LPAR = 40, RPAR = 41, LBRACE = 123, RBRACE = 125, SEMI = 59, AMP = 38, PIPE = 124, LT = 60, GT = 62;

/** ASCII characters that end or need a look in a word: metacharacters, quotes, `\\`, `$`, backtick (1); others 0. */
const WORD_STOP = new Uint8Array(128);
for (const c of [SPACE, TAB, NL, CR, SEMI, AMP, PIPE, LT, GT, LPAR, RPAR, BSL, SQ, DQ, DOLLAR, BTICK]) WORD_STOP[c] = 1;

/**
 * A run of characters that mean nothing special in double quotes (sticky: set `lastIndex`, `test`, read
 * `lastIndex`): without TurboFan, as the language server runs, a charCodeAt per character is a builtin call.
 */
const DQ_RUN = /[^"\\$`]*/y;

function isMeta(c: number): boolean {
  return c === SPACE || c === TAB || c === NL || c === CR || c === SEMI || c === AMP || c === PIPE || c === LT || c === GT || c === LPAR || c === RPAR;
}
function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const NO_HEREDOCS: readonly Redirect[] = Object.freeze([]);

/**
 * Stable insertion sort by start: the commands of a `$( … )` come before the command whose word holds it, and
 * only those few are out of place (a stable sort, as `Array.prototype.sort` is: the same order).
 */
function sortByStart(commands: Command[]): void {
  for (let i = 1; i < commands.length; i++) {
    const c = commands[i]!;
    let j = i - 1;
    if (commands[j]!.start <= c.start) continue;
    while (j >= 0 && commands[j]!.start > c.start) {
      commands[j + 1] = commands[j]!;
      j--;
    }
    commands[j + 1] = c;
  }
}

class Parser {
  // One parser reads every script (`parseScript` resets it): the fields are set in `reset`, not by class-field
  // initializers (see ScriptText).
  declare private doc: ScriptText;
  declare private src: string;
  declare private pos: number;
  declare private limit: number;
  /** Heredoc redirections whose bodies start after the next newline. */
  declare private pending: Redirect[] | undefined;
  declare private commands: Command[];
  declare private heredocs: Redirect[] | undefined;
  declare private pipes: number;
  declare private error: boolean;
  /** False once a command was pushed before one that starts earlier (a `$( … )` inside a word). */
  declare private sorted: boolean;
  /** Start of the last command pushed. */
  declare private lastStart: number;
  declare private depth: number;
  /** Words of the simple commands being read (nested ones above outer ones), copied out per command. */
  /** A plain word is two numbers, its start and end (see `Command`). */
  declare private readonly stack: (Word | number | undefined)[];
  declare private sp: number;
  /** The highest `sp` of this script (the stack's slots below it are cleared after the script). */
  declare private spMax: number;

  // The current token (valid after `peek`/`take`, until the next token is read).
  /** A token has been read and not taken. */
  declare private has: boolean;
  declare private tt: T;
  declare private ts: number;
  declare private te: number;
  /** Operator or redirection operator (`\n` for a newline, `` for words). */
  declare private top: string;
  /** For a word: the Word, undefined for a plain word (see `tokenWord`). */
  declare private tw: Word | undefined;
  /** For a word: it has no quotes, escapes or expansions (may be a reserved word). */
  declare private tplain: boolean;
  /** The reserved word the current word token is; K.Unknown until `kw()` looks (most words are never asked). */
  declare private tkw: K;
  declare private tfd: string;
  /** Counts tokens read, to tell whether the current token is still the one seen before. */
  declare private tseq: number;

  /** Set by `dollar`/`ansiC`: the literal value of `$'...'` / `$"..."` (undefined for an expansion). */
  declare private lit: string | undefined;
  /** Set by `doubleQuoted`: the quoted text with quotes removed, and whether it has an expansion. */
  declare private dqText: string;
  declare private dqExpands: boolean;

  constructor() {
    this.stack = [];
    this.reset(EMPTY_TEXT, 0, 0);
  }

  /** Prepares the parser for `doc.src[start, end)`. */
  reset(doc: ScriptText, start: number, end: number): void {
    this.doc = doc;
    this.src = doc.src;
    this.pos = start;
    this.limit = end;
    this.pending = undefined;
    this.commands = [];
    this.heredocs = undefined;
    this.pipes = 0;
    this.error = false;
    this.sorted = true;
    this.lastStart = -1;
    this.depth = 0;
    this.sp = 0;
    this.spMax = 0;
    this.has = false;
    this.tt = T.Eof;
    this.ts = 0;
    this.te = 0;
    this.top = '';
    this.tw = undefined;
    this.tplain = false;
    this.tkw = K.None;
    this.tfd = '';
    this.tseq = 0;
    this.lit = undefined;
    this.dqText = '';
    this.dqExpands = false;
  }

  /** Drops what the parser still holds of the last script (so that it does not keep its text alive). */
  private release(): void {
    const stack = this.stack;
    for (let i = 0; i < this.spMax; i++) stack[i] = undefined;
    this.spMax = 0;
    this.tw = undefined;
    this.pending = undefined;
    this.heredocs = undefined;
    this.commands = NO_COMMANDS;
    this.doc = EMPTY_TEXT;
    this.src = '';
    this.lit = undefined;
    this.dqText = '';
  }

  run(): Script {
    this.parseList('top');
    // Anything left (a stray `)` or a list terminator at top level) is an error; parse on after it.
    while ((this.has ? this.tt : this.peek()) !== T.Eof) {
      this.error = true;
      this.has = false;
      this.parseList('top');
    }
    const commands = this.commands;
    if (!this.sorted) sortByStart(commands);
    const script: Script = { commands, heredocs: this.heredocs ?? NO_HEREDOCS, pipes: this.pipes, error: this.error };
    this.release();
    return script;
  }

  // ---- tokens ----

  /** Reads the next token unless one is waiting; returns its type. */
  // Callers write `(this.has ? this.tt : this.peek())`: the same answer, without a call when the token is read
  // (most asks; a call per ask costs without TurboFan, as the language server runs).
  // The lexer is in here (a labelled block, left by `break lex`), not a method of its own: one call less per token.
  private peek(): T {
    if (!this.has) {
      lex: {
        this.tseq++;
        const s = this.src;
        // Blanks, line continuations and comments before the token, skipped in place (a call per token costs without
        // TurboFan, as the language server runs).
        const limit = this.limit;
        let p = this.pos;
        while (p < limit) {
          const c = s.charCodeAt(p);
          if (c === SPACE || c === TAB || c === CR) p++;
          else if (c === BSL && s.charCodeAt(p + 1) === NL && p + 1 < limit) p += 2;
          else if (c === HASH) {
            while (p < limit && s.charCodeAt(p) !== NL) p++;
          } else break;
        }
        this.pos = p;
        if (p >= this.limit) { this.setToken(T.Eof, 0, 0, '', ''); break lex; }
        const c = s.charCodeAt(p);
        // Most tokens are words that start with an ordinary character, and most of those are plain words (no quotes,
        // escapes or expansions): one is read here, to the metacharacter that ends it, without the call to wordToken
        // (which costs without TurboFan, as the language server runs); any other word is read by wordToken from its start.
        if (c >= 128 || (WORD_STOP[c] === 0 && (c < 48 || c > 57))) {
          let i = p + 1;
          let d = 0;
          while (i < limit) {
            d = s.charCodeAt(i);
            if (d >= 128 || WORD_STOP[d] === 0) i++;
            else break;
          }
          if (i >= limit || (isMeta(d) && !((d === LT || d === GT) && s.charCodeAt(i + 1) === LPAR && i + 1 < limit))) {
            this.pos = i;
            this.tt = T.Word;
            this.ts = p;
            this.te = i;
            this.top = '';
            this.tw = undefined;
            this.tplain = true;
            this.tkw = K.Unknown;
            this.tfd = '';
            break lex;
          }
          this.wordToken();
          break lex;
        }
        const c1 = p + 1 < this.limit ? s.charCodeAt(p + 1) : -1;
        if (c === NL) {
          this.pos++;
          if (this.pending !== undefined) this.readHeredocBodies();
          this.setToken(T.Newline, p, p + 1, '\n', '');
          break lex;
        }
        if ((c === LT || c === GT) && c1 === LPAR) { this.wordToken(); break lex; }
        if (c === LT || c === GT || (c === AMP && c1 === GT)) { this.redirect(p, ''); break lex; }
        if (isDigit(c)) {
          let q = p + 1;
          while (q < this.limit && isDigit(s.charCodeAt(q))) q++;
          const cq = s.charCodeAt(q);
          if (q < this.limit && (cq === LT || cq === GT) && s.charCodeAt(q + 1) !== LPAR) { this.redirect(q, s.slice(p, q)); break lex; }
        }
        const op = this.operator(c, c1, p);
        if (op !== '') {
          this.pos = p + op.length;
          this.setToken(T.Op, p, this.pos, op, '');
          break lex;
        }
        this.wordToken();
      }
      this.has = true;
    }
    return this.tt;
  }

  /** The current word token's Word (made here for a plain word). */
  private tokenWord(): Word {
    return this.tw ?? new Word(this.doc, this.ts, this.te, null, null);
  }

  /** Consumes the current token (its fields stay readable until the next `peek`). */
  private take(): T {
    const t = (this.has ? this.tt : this.peek());
    this.has = false;
    return t;
  }

  private setToken(type: T, start: number, end: number, op: string, fd: string): void {
    this.tt = type;
    this.ts = start;
    this.te = end;
    this.top = op;
    this.tw = undefined;
    this.tplain = false;
    this.tkw = K.None;
    this.tfd = fd;
  }

  /** The reserved word the current token is (K.None for anything else). */
  private kw(): K {
    const k = this.tkw;
    if (k !== K.Unknown) return k;
    return (this.tkw = keyword(this.src, this.ts, this.te));
  }

  private operator(c: number, c1: number, p: number): string {
    switch (c) {
      case AMP: return c1 === AMP ? '&&' : '&';
      case PIPE: return c1 === PIPE ? '||' : c1 === AMP ? '|&' : '|';
      case SEMI:
        if (c1 === SEMI) return this.src.charCodeAt(p + 2) === AMP && p + 2 < this.limit ? ';;&' : ';;';
        return c1 === AMP ? ';&' : ';';
      case LPAR: return c1 === LPAR ? '((' : '(';
      case RPAR: return ')';
      default: return '';
    }
  }

  private redirect(p: number, fd: string): void {
    const s = this.src;
    const c = s.charCodeAt(p);
    const c1 = p + 1 < this.limit ? s.charCodeAt(p + 1) : -1;
    const c2 = p + 2 < this.limit ? s.charCodeAt(p + 2) : -1;
    let op: string;
    if (c === AMP) op = c2 === GT ? '&>>' : '&>';
    else if (c === LT) {
      if (c1 === LT) op = c2 === LT ? '<<<' : c2 === 45 ? '<<-' : '<<';
      else op = c1 === AMP ? '<&' : c1 === GT ? '<>' : '<';
    } else op = c1 === GT ? '>>' : c1 === AMP ? '>&' : c1 === PIPE ? '>|' : '>';
    this.pos = p + op.length;
    this.setToken(T.Redirect, p - fd.length, this.pos, op, fd);
  }

  // ---- words ----

  /**
   * Reads a word at `pos` up to the next metacharacter, as the current token (one function: a call per word
   * costs without TurboFan, as the language server runs).
   */
  private wordToken(): void {
    const s = this.src;
    // (A nested parse in a backtick substitution narrows `limit` and restores it before returning.)
    const limit = this.limit;
    const start = this.pos;
    let i = start;
    let plain = true;
    let expands = false;
    // Without an expansion, the value equals the text: only the text is built.
    let text = '';
    let seg = start;
    while (i < limit) {
      const c = s.charCodeAt(i);
      if (c >= 128 || WORD_STOP[c] === 0) {
        i++;
        continue;
      }
      if ((c === LT || c === GT) && s.charCodeAt(i + 1) === LPAR && i + 1 < limit) {
        // Process substitution <(list) / >(list).
        if (i > seg) text += s.slice(seg, i);
        plain = false;
        expands = true;
        const end = this.substitution(i + 2);
        text += s.slice(i, end);
        i = end;
        seg = i;
        continue;
      }
      if (isMeta(c)) break;
      if (c === BSL) {
        if (i > seg) text += s.slice(seg, i);
        plain = false;
        if (i + 1 >= limit) { i++; seg = i; continue; }
        if (s.charCodeAt(i + 1) === NL) { i += 2; seg = i; continue; }
        text += s[i + 1] ?? '';
        i += 2;
        seg = i;
        continue;
      }
      if (c === SQ) {
        if (i > seg) text += s.slice(seg, i);
        plain = false;
        const close = s.indexOf("'", i + 1);
        const end = close < 0 || close >= limit ? limit : close;
        if (close < 0 || close >= limit) this.error = true;
        text += s.slice(i + 1, end);
        i = Math.min(end + 1, limit);
        seg = i;
        continue;
      }
      if (c === DQ) {
        if (i > seg) text += s.slice(seg, i);
        plain = false;
        i = this.doubleQuoted(i + 1);
        text += this.dqText;
        if (this.dqExpands) expands = true;
        seg = i;
        continue;
      }
      if (c === DOLLAR) {
        const end = this.dollar(i);
        if (end < 0) { i++; continue; }
        const literal = this.lit;
        if (i > seg) text += s.slice(seg, i);
        plain = false;
        if (literal !== undefined) text += literal;
        else { expands = true; text += s.slice(i, end); }
        i = end;
        seg = i;
        continue;
      }
      if (c === BTICK) {
        if (i > seg) text += s.slice(seg, i);
        plain = false;
        expands = true;
        const end = this.backticks(i);
        text += s.slice(i, end);
        i = end;
        seg = i;
        continue;
      }
      i++;
    }
    this.pos = i;
    // A plain word is its offsets (ts, te) until a Word is needed (`tokenWord`): most stay offsets in their command.
    let w: Word | undefined;
    if (!plain) {
      if (i > seg) text += s.slice(seg, i);
      w = new Word(this.doc, start, i, expands ? undefined : text, text);
    }
    // The token's fields are set after reading: a word with `$( … )` parses its inside, which reads tokens.
    this.tt = T.Word;
    this.ts = start;
    this.te = i;
    this.top = '';
    this.tw = w;
    this.tplain = plain;
    this.tkw = plain ? K.Unknown : K.None;
    this.tfd = '';
  }

  /**
   * `"..."` from after the opening quote; returns the end after the closing quote, and sets `dqText` (quotes
   * removed, expansions kept as written; also the value when `dqExpands` is false) and `dqExpands`.
   */
  private doubleQuoted(from: number): number {
    const s = this.src;
    let i = from;
    let text = '';
    let seg = from;
    let expands = false;
    while (i < this.limit) {
      const c = s.charCodeAt(i);
      if (c === DQ) {
        this.dqText = text + s.slice(seg, i);
        this.dqExpands = expands;
        return i + 1;
      }
      if (c === BSL && i + 1 < this.limit) {
        const n = s.charCodeAt(i + 1);
        if (n === DOLLAR || n === BTICK || n === DQ || n === BSL || n === NL) {
          text += s.slice(seg, i);
          if (n !== NL) text += s[i + 1] ?? '';
          i += 2;
          seg = i;
          continue;
        }
        i += 2;
        continue;
      }
      if (c === DOLLAR) {
        const end = this.dollar(i);
        if (end < 0 || this.lit !== undefined) { i++; continue; }
        text += s.slice(seg, end);
        expands = true;
        i = end;
        seg = i;
        continue;
      }
      if (c === BTICK) {
        const end = this.backticks(i);
        text += s.slice(seg, end);
        expands = true;
        i = end;
        seg = i;
        continue;
      }
      // The characters up to the next quote, backslash, `$` or backtick: one native scan (see DQ_RUN).
      DQ_RUN.lastIndex = i + 1;
      DQ_RUN.test(s);
      i = DQ_RUN.lastIndex;
    }
    this.error = true;
    this.dqText = text + s.slice(seg, this.limit);
    this.dqExpands = expands;
    return this.limit;
  }

  /**
   * An expansion at `$`: returns its end, or -1 when the `$` is literal. Sets `lit` to the value of `$'...'`
   * (ANSI-C quoting) and of `$"..."` without expansions, else to undefined.
   */
  private dollar(i: number): number {
    const s = this.src;
    if (i + 1 >= this.limit) return -1;
    const c = s.charCodeAt(i + 1);
    let end: number;
    if (c === LPAR) {
      end = s.charCodeAt(i + 2) === LPAR && i + 2 < this.limit ? this.arithmetic(i + 3) : this.substitution(i + 2);
    } else if (c === LBRACE) end = this.braced(i + 2);
    else if (c === SQ) return this.ansiC(i + 2);
    else if (c === DQ) {
      end = this.doubleQuoted(i + 2);
      this.lit = this.dqExpands ? undefined : this.dqText;
      return end;
    } else if (isNameStart(c)) {
      end = i + 2;
      while (end < this.limit && isNameChar(s.charCodeAt(end))) end++;
    } else if (isDigit(c) || c === 64 /* @ */ || c === 42 /* * */ || c === 35 /* # */ || c === 63 /* ? */ || c === 45 /* - */ || c === 36 /* $ */ || c === 33 /* ! */) {
      end = i + 2;
    } else return -1;
    this.lit = undefined;
    return end;
  }

  /** `$'...'` from after the quote: returns the end, sets `lit` to the value. */
  private ansiC(from: number): number {
    const s = this.src;
    let value = '';
    let i = from;
    while (i < this.limit) {
      const c = s.charCodeAt(i);
      if (c === SQ) { this.lit = value; return i + 1; }
      if (c === BSL && i + 1 < this.limit) {
        const n = s[i + 1] ?? '';
        value += n === 'n' ? '\n' : n === 't' ? '\t' : n === 'r' ? '\r' : n === '\\' || n === "'" || n === '"' ? n : '\\' + n;
        i += 2;
        continue;
      }
      value += s[i] ?? '';
      i++;
    }
    this.error = true;
    this.lit = value;
    return this.limit;
  }

  /** `${...}` from after the brace: balanced braces, quotes and nested expansions. */
  private braced(from: number): number {
    const s = this.src;
    let i = from;
    let depth = 1;
    while (i < this.limit) {
      const c = s.charCodeAt(i);
      if (c === BSL) { i += 2; continue; }
      if (c === RBRACE) { if (--depth === 0) return i + 1; i++; continue; }
      if (c === LBRACE) { depth++; i++; continue; }
      if (c === SQ) {
        const close = s.indexOf("'", i + 1);
        i = close < 0 || close >= this.limit ? this.limit : close + 1;
        continue;
      }
      if (c === DQ) { i = this.doubleQuoted(i + 1); continue; }
      if (c === DOLLAR) { const end = this.dollar(i); i = end < 0 ? i + 1 : end; continue; }
      if (c === BTICK) { i = this.backticks(i); continue; }
      i++;
    }
    this.error = true;
    return this.limit;
  }

  /** `$((...))` from after `((`: skips balanced parentheses. */
  private arithmetic(from: number): number {
    const s = this.src;
    let i = from;
    let depth = 0;
    while (i < this.limit) {
      const c = s.charCodeAt(i);
      if (c === LPAR) depth++;
      else if (c === RPAR) {
        if (depth === 0) return s.charCodeAt(i + 1) === RPAR ? i + 2 : i + 1;
        depth--;
      } else if (c === DOLLAR) { const end = this.dollar(i); if (end >= 0) { i = end; continue; } }
      else if (c === BTICK) { i = this.backticks(i); continue; }
      i++;
    }
    this.error = true;
    return this.limit;
  }

  /** `$(list)` or `<(list)`: parses the list recursively; returns the end after `)`. */
  private substitution(from: number): number {
    if (this.depth > 64) { this.error = true; return this.limit; }
    // The token being read when the substitution started (none today: substitutions are read inside `lex`).
    const has = this.has, tt = this.tt, ts = this.ts, te = this.te, top = this.top, tw = this.tw, tplain = this.tplain, tkw = this.tkw, tfd = this.tfd;
    const savedPos = this.pos;
    this.has = false;
    this.pos = from;
    this.depth++;
    this.parseList('substitution');
    this.depth--;
    let end: number;
    if ((this.has ? this.tt : this.peek()) === T.Op && this.top === ')') { this.has = false; end = this.te; } else { this.error = true; this.has = false; end = this.limit; }
    this.has = has;
    this.tt = tt; this.ts = ts; this.te = te; this.top = top; this.tw = tw; this.tplain = tplain; this.tkw = tkw; this.tfd = tfd;
    this.pos = savedPos;
    return end;
  }

  /** `` `list` ``: finds the closing backtick, parses the inside as a list; returns the end after it. */
  private backticks(at: number): number {
    const s = this.src;
    let i = at + 1;
    while (i < this.limit) {
      const c = s.charCodeAt(i);
      if (c === BSL) { i += 2; continue; }
      if (c === BTICK) break;
      i++;
    }
    const close = Math.min(i, this.limit);
    if (close >= this.limit) this.error = true;
    if (this.depth <= 64) {
      const has = this.has, tt = this.tt, ts = this.ts, te = this.te, top = this.top, tw = this.tw, tplain = this.tplain, tkw = this.tkw, tfd = this.tfd;
      const pos = this.pos, limit = this.limit, pending = this.pending;
      this.has = false;
      this.pos = at + 1;
      this.limit = close;
      this.pending = undefined;
      this.depth++;
      this.parseList('substitution');
      while ((this.has ? this.tt : this.peek()) !== T.Eof) { this.has = false; this.parseList('substitution'); }
      this.depth--;
      this.has = has;
      this.tt = tt; this.ts = ts; this.te = te; this.top = top; this.tw = tw; this.tplain = tplain; this.tkw = tkw; this.tfd = tfd;
      this.pos = pos;
      this.limit = limit;
      this.pending = pending;
    }
    return Math.min(close + 1, this.limit);
  }

  private readHeredocBodies(): void {
    const s = this.src;
    for (const h of this.pending ?? NO_HEREDOCS) {
      const delim = h.target?.value ?? h.target?.text ?? '';
      const strip = h.op === '<<-';
      const bodyStart = this.pos;
      let found = false;
      while (this.pos < this.limit) {
        let nl = s.indexOf('\n', this.pos);
        if (nl < 0 || nl > this.limit) nl = this.limit;
        let a = this.pos;
        if (strip) while (a < nl && s.charCodeAt(a) === TAB) a++;
        let b = nl;
        if (b > a && s.charCodeAt(b - 1) === CR) b--;
        const lineStart = this.pos;
        this.pos = Math.min(nl + 1, this.limit);
        if (b - a === delim.length && s.startsWith(delim, a)) {
          h.body = { start: bodyStart, end: lineStart };
          found = true;
          break;
        }
      }
      if (!found) h.body = { start: bodyStart, end: this.limit };
    }
    this.pending = undefined;
  }

  // ---- grammar ----

  /** Whether the current token ends a list. */
  private isEnd(): boolean {
    const t = this.tt;
    if (t === T.Eof) return true;
    if (t === T.Op) { const op = this.top; return op === ')' || op === ';;' || op === ';&' || op === ';;&'; }
    return t === T.Word && endsList(this.kw());
  }

  private skipNewlines(): void {
    while ((this.has ? this.tt : this.peek()) === T.Newline) this.has = false;
  }

  /** A list up to a terminator (not consumed). Returns the last simple command of the list. */
  private parseList(ctx: ShellContext): Command | undefined {
    let last: Command | undefined;
    for (;;) {
      this.skipNewlines();
      const t = this.tt;
      if (this.isEnd()) return last;
      if (t === T.Op) {
        const op = this.top;
        if (op === ';' || op === '&' || op === '&&' || op === '||' || op === '|' || op === '|&') {
          this.error = true;
          this.has = false;
          continue;
        }
      }
      const before = this.pos;
      const seq = this.tseq;
      const cmd = this.parseAndOr(ctx);
      if (cmd !== undefined) last = cmd;
      const sep = (this.has ? this.tt : this.peek());
      const sepOp = this.top;
      if ((sep === T.Op && (sepOp === ';' || sepOp === '&')) || sep === T.Newline) {
        this.has = false;
        // A `;` or newline that ends the list joins nothing; `&` still says the command runs in the background.
        if (cmd !== undefined) cmd.next = sepOp === '&' ? '&' : ';';
        this.skipNewlines();
        if (cmd !== undefined && cmd.next === ';' && this.isEnd()) cmd.next = '';
      } else if (!this.isEnd()) {
        this.error = true;
        if (this.pos === before && this.tseq === seq) this.has = false;
      }
    }
  }

  private parseAndOr(ctx: ShellContext): Command | undefined {
    let last = this.parsePipeline(ctx);
    for (;;) {
      if ((this.has ? this.tt : this.peek()) !== T.Op) return last;
      const op = this.top;
      if (op !== '&&' && op !== '||') return last;
      this.has = false;
      if (last !== undefined) last.next = op;
      this.skipNewlines();
      last = this.parsePipeline(ctx);
    }
  }

  private parsePipeline(ctx: ShellContext): Command | undefined {
    while ((this.has ? this.tt : this.peek()) === T.Word && (this.kw() === K.Bang || this.kw() === K.Time)) this.has = false;
    let last = this.parseCommand(ctx);
    for (;;) {
      if ((this.has ? this.tt : this.peek()) !== T.Op || (this.top !== '|' && this.top !== '|&')) return last;
      this.has = false;
      this.pipes++;
      if (last !== undefined) last.next = '|';
      this.skipNewlines();
      last = this.parseCommand(ctx);
    }
  }

  private expectWord(kw: K): boolean {
    this.skipNewlines();
    if (this.tt === T.Word && this.kw() === kw) { this.has = false; return true; }
    this.error = true;
    return false;
  }

  private parseCommand(ctx: ShellContext): Command | undefined {
    const t = (this.has ? this.tt : this.peek());
    let last: Command | undefined;
    if (this.depth > 200) { this.error = true; this.has = false; return undefined; }
    const kw = t === T.Word ? this.kw() : K.None;
    if (t === T.Word && (kw === K.None || kw === K.In || kw === K.Bang || kw === K.Time)) {
      // A simple command (the usual case).
      this.depth++;
      last = this.simple(ctx);
      this.depth--;
      return last;
    }
    this.depth++;
    if (t === T.Op && this.top === '(') {
      this.has = false;
      last = this.parseList('subshell');
      this.expectOp(')');
    } else if (t === T.Op && this.top === '((') {
      this.has = false;
      this.pos = this.arithmetic(this.pos);
    } else if (t === T.Word) {
      last = this.compound(kw, ctx);
    } else if (t === T.Redirect) {
      last = this.simple(ctx);
      this.depth--;
      return last;
    } else {
      this.error = true;
      if (t !== T.Eof) this.has = false;
      this.depth--;
      return undefined;
    }
    this.trailingRedirects(last);
    this.depth--;
    return last;
  }

  private expectOp(op: string): void {
    if ((this.has ? this.tt : this.peek()) === T.Op && this.top === op) this.has = false;
    else this.error = true;
  }

  private trailingRedirects(last: Command | undefined): void {
    while ((this.has ? this.tt : this.peek()) === T.Redirect) {
      this.has = false;
      const r = this.redirectTarget(this.ts, this.te, this.top, this.tfd);
      if (last !== undefined) last.addRedirect(r);
    }
  }

  /** After a redirection operator (taken, so the next token is lexed here, blanks skipped): its target word. */
  private redirectTarget(start: number, end: number, op: string, fd: string): Redirect {
    let target: Word | undefined;
    if ((this.has ? this.tt : this.peek()) === T.Word) { this.has = false; target = this.tokenWord(); } else this.error = true;
    const r = new Redirect(this.doc, start, target?.end ?? end, op, fd, target);
    if (op === '<<' || op === '<<-') {
      (this.heredocs ??= []).push(r);
      (this.pending ??= []).push(r);
    }
    return r;
  }

  private compound(word: K, ctx: ShellContext): Command | undefined {
    this.take();
    const inner: ShellContext = ctx === 'substitution' || ctx === 'function' ? ctx : 'compound';
    let last: Command | undefined;
    switch (word) {
      case K.LBrace:
        last = this.parseList(ctx === 'top' ? 'group' : ctx);
        this.expectWord(K.RBrace);
        return last;
      case K.If:
        this.parseList(inner);
        this.expectWord(K.Then);
        last = this.parseList(inner);
        for (;;) {
          const t = (this.has ? this.tt : this.peek());
          if (t === T.Word && this.kw() === K.Elif) {
            this.has = false;
            this.parseList(inner);
            this.expectWord(K.Then);
            last = this.parseList(inner) ?? last;
          } else if (t === T.Word && this.kw() === K.Else) {
            this.has = false;
            last = this.parseList(inner) ?? last;
          } else break;
        }
        this.expectWord(K.Fi);
        return last;
      case K.While:
      case K.Until:
        this.parseList(inner);
        this.expectWord(K.Do);
        last = this.parseList(inner);
        this.expectWord(K.Done);
        return last;
      case K.For:
      case K.Select: {
        const t = (this.has ? this.tt : this.peek());
        if (t === T.Op && this.top === '((') {
          this.has = false;
          this.pos = this.arithmetic(this.pos);
        } else {
          if (t === T.Word) this.has = false; else this.error = true;
          this.skipNewlines();
          if (this.tt === T.Word && this.kw() === K.In) {
            this.has = false;
            while ((this.has ? this.tt : this.peek()) === T.Word) this.has = false;
          }
        }
        if ((this.has ? this.tt : this.peek()) === T.Op && this.top === ';') this.has = false;
        this.skipNewlines();
        if (this.tt === T.Word && this.kw() === K.LBrace) {
          this.has = false;
          last = this.parseList(inner);
          this.expectWord(K.RBrace);
          return last;
        }
        this.expectWord(K.Do);
        last = this.parseList(inner);
        this.expectWord(K.Done);
        return last;
      }
      case K.Case: {
        if ((this.has ? this.tt : this.peek()) === T.Word) this.has = false; else this.error = true;
        this.skipNewlines();
        this.expectWord(K.In);
        for (;;) {
          this.skipNewlines();
          const t = this.tt;
          if (t === T.Eof) { this.error = true; return last; }
          if (t === T.Word && this.kw() === K.Esac) { this.has = false; return last; }
          if (t === T.Op && this.top === '(') this.has = false;
          // Patterns separated by `|` up to `)`.
          for (;;) {
            const p = this.take();
            if (p === T.Eof) { this.error = true; return last; }
            if (p === T.Op && this.top === ')') break;
          }
          last = this.parseList(inner) ?? last;
          const e = (this.has ? this.tt : this.peek());
          const op: string = this.top;
          if (e === T.Op && (op === ';;' || op === ';&' || op === ';;&')) this.has = false;
          else if (!(e === T.Word && this.kw() === K.Esac)) { this.error = true; if (e !== T.Eof) this.has = false; }
        }
      }
      case K.Function: {
        if ((this.has ? this.tt : this.peek()) === T.Word) this.has = false; else this.error = true;
        if ((this.has ? this.tt : this.peek()) === T.Op && this.top === '(') { this.has = false; this.expectOp(')'); }
        this.skipNewlines();
        return this.parseCommand('function');
      }
      case K.DLBracket: {
        // A test expression: words and operators up to `]]`, kept as one command named `[[`.
        return this.testCommand(ctx);
      }
      default:
        // then/else/fi/do/done/esac/}/]] out of place.
        this.error = true;
        return undefined;
    }
  }

  private testCommand(ctx: ShellContext): Command | undefined {
    const start = this.has ? this.ts : this.pos;
    const words: Word[] = [new Word(this.doc, start - 2, start, '[[', '[[')];
    for (;;) {
      const t = this.take();
      if (t === T.Eof || t === T.Newline) { this.error = true; break; }
      if (t === T.Word && this.kw() === K.DRBracket) { words.push(this.tokenWord()); break; }
      if (t === T.Word) words.push(this.tokenWord());
      else words.push(new Word(this.doc, this.ts, this.te, this.top, this.top));
    }
    const first = words[0]!;
    const cmd = new Command(this.doc, words, undefined, NO_WORDS, NO_REDIRECTS, first.start, words[words.length - 1]!.end, ctx);
    this.push(cmd);
    return cmd;
  }

  private push(cmd: Command): void {
    if (this.lastStart > cmd.start) this.sorted = false;
    this.lastStart = cmd.start;
    this.commands.push(cmd);
  }

  private simple(ctx: ShellContext): Command | undefined {
    // Words go on the scratch stack from `base` (a word's `$( … )` pushes and pops its own commands' words above).
    const stack = this.stack;
    const base = this.sp;
    let assignments: Word[] | undefined;
    let redirects: Redirect[] | undefined;
    let start = -1;
    let end = -1;
    let count = 0;
    for (;;) {
      const t = (this.has ? this.tt : this.peek());
      if (t === T.Redirect) {
        this.has = false;
        const r = this.redirectTarget(this.ts, this.te, this.top, this.tfd);
        // A literal of one holds the usual single item without the room `push` on `[]` reserves.
        if (redirects === undefined) redirects = [r];
        else redirects.push(r);
        if (start < 0) start = r.start;
        end = r.end;
        continue;
      }
      if (t !== T.Word) break;
      const plain = this.tplain;
      const ws = this.ts;
      const we = this.te;
      if (start < 0) start = ws;
      end = we;
      if (this.sp === base && isAssignment(this.src, ws, we)) {
        const w = this.tokenWord();
        this.has = false;
        if (assignments === undefined) assignments = [w];
        else assignments.push(w);
        // `a=(1 2 3)`: an array assignment.
        if ((this.has ? this.tt : this.peek()) === T.Op && this.top === '(' && this.ts === we) {
          this.has = false;
          while ((this.has ? this.tt : this.peek()) === T.Word || this.tt === T.Newline) this.has = false;
          this.expectOp(')');
          end = this.pos;
        }
        continue;
      }
      const w = this.tw;
      this.has = false;
      if (w === undefined) {
        stack[this.sp++] = ws;
        stack[this.sp++] = we;
      } else stack[this.sp++] = w;
      count++;
      if (this.sp > this.spMax) this.spMax = this.sp;
      // `name() compound`: a function definition.
      if (count === 1 && assignments === undefined && plain) {
        if ((this.has ? this.tt : this.peek()) === T.Op && this.top === '(') {
          this.sp = base;
          this.has = false;
          this.expectOp(')');
          this.skipNewlines();
          return this.parseCommand('function');
        }
      }
    }
    if (start < 0) { this.sp = base; this.error = true; return undefined; }
    if (this.sp === base) return undefined;
    const words = copyWords(stack as (Word | number)[], base, this.sp);
    const encoded = this.sp - base !== count;
    this.sp = base;
    const cmd = new Command(this.doc, encoded ? undefined : words as Word[], encoded ? words : undefined, assignments ?? NO_WORDS, redirects ?? NO_REDIRECTS, start, end, ctx);
    this.push(cmd);
    return cmd;
  }
}

/**
 * `stack.slice(from, to)`: literals for the usual few words (no builtin call; the list is packed and at its size,
 * as slice makes it).
 */
function copyWords(stack: (Word | number)[], from: number, to: number): (Word | number)[] {
  switch (to - from) {
    case 1: return [stack[from]!];
    case 2: return [stack[from]!, stack[from + 1]!];
    case 3: return [stack[from]!, stack[from + 1]!, stack[from + 2]!];
    case 4: return [stack[from]!, stack[from + 1]!, stack[from + 2]!, stack[from + 3]!];
    default: return stack.slice(from, to);
  }
}

const EMPTY_TEXT = new ScriptText('', 0, undefined);
/** Stands in for the command list between scripts (never returned). */
const NO_COMMANDS: Command[] = [];
const PARSER = new Parser();

/** Whether the word `s[start, end)` is an assignment (`NAME=…`, `NAME+=…`, `NAME[i]=…`). */
function isAssignment(s: string, start: number, end: number): boolean {
  if (!isNameStart(s.charCodeAt(start))) return false;
  let i = start + 1;
  // Name characters tested in place (no call per character: the language server runs without TurboFan).
  while (i < end) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57)) i++;
    else break;
  }
  if (i < end && s.charCodeAt(i) === 91 /* [ */) {
    const close = s.indexOf(']', i);
    if (close < 0 || close >= end) return false;
    i = close + 1;
  }
  if (i < end && s.charCodeAt(i) === 43 /* + */) i++;
  return i < end && s.charCodeAt(i) === 61 /* = */;
}

/** Parses `doc.src[start, end)` as a shell script; words and commands map their offsets through `doc`. */
export function parseScript(doc: ScriptText, start = 0, end = doc.src.length): Script {
  const parser = PARSER;
  parser.reset(doc, start, end);
  return parser.run();
}

/** Parses `src[start, end)` as a shell script. */
export function parseShell(src: string, start = 0, end = src.length): Script {
  return parseScript(new ScriptText(src, 0, undefined), start, end);
}
