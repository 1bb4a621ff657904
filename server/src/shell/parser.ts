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
 */

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
  readonly words: RawWord[];
  readonly assignments: RawWord[];
  readonly redirects: RawRedirect[];
  start: number;
  end: number;
  next: ShellOperator;
  readonly context: ShellContext;
}

export interface RawScript {
  /** Simple commands that have a command word, in order of their start. */
  readonly commands: RawCommand[];
  /** Every heredoc redirection, in order of appearance. */
  readonly heredocs: RawRedirect[];
  /** Number of pipe operators. */
  readonly pipes: number;
  readonly error: boolean;
}

const enum T { Eof, Newline, Op, Word, Redirect }

const RESERVED = new Set(['if', 'then', 'elif', 'else', 'fi', 'do', 'done', 'case', 'esac', 'while', 'until', 'for', 'select', 'in', '{', '}', '!', 'function', 'time', '[[', ']]']);
/** Words that end a list (with `)` and the case terminators). */
const LIST_END = new Set(['then', 'elif', 'else', 'fi', 'do', 'done', 'esac', '}']);

const SPACE = 32, TAB = 9, NL = 10, CR = 13, HASH = 35, BSL = 92, SQ = 39, DQ = 34, DOLLAR = 36, BTICK = 96;
const LPAR = 40, RPAR = 41, LBRACE = 123, RBRACE = 125, SEMI = 59, AMP = 38, PIPE = 124, LT = 60, GT = 62;

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

interface Token {
  readonly type: T;
  readonly start: number;
  readonly end: number;
  /** Operator text, redirect operator, or the word's raw text for reserved-word checks. */
  readonly op: string;
  readonly word: RawWord | undefined;
  /** For a word: it has no quotes, escapes or expansions (may be a reserved word). */
  readonly plain: boolean;
  readonly fd: string;
}

const EOF_TOKEN: Token = { type: T.Eof, start: 0, end: 0, op: '', word: undefined, plain: false, fd: '' };

class Parser {
  private pos = 0;
  private limit: number;
  private peeked: Token | undefined;
  private pending: RawRedirect[] = [];
  readonly commands: RawCommand[] = [];
  readonly heredocs: RawRedirect[] = [];
  pipes = 0;
  error = false;
  private sorted = true;
  private depth = 0;

  constructor(private readonly src: string, start: number, end: number) {
    this.pos = start;
    this.limit = end;
  }

  run(): RawScript {
    this.parseList('top');
    // Anything left (a stray `)` or a list terminator at top level) is an error; parse on after it.
    while (this.peek().type !== T.Eof) {
      this.error = true;
      this.take();
      this.parseList('top');
    }
    if (!this.sorted) this.commands.sort((a, b) => a.start - b.start);
    return { commands: this.commands, heredocs: this.heredocs, pipes: this.pipes, error: this.error };
  }

  // ---- tokens ----

  private peek(): Token {
    if (this.peeked === undefined) this.peeked = this.lex();
    return this.peeked;
  }

  private take(): Token {
    const t = this.peek();
    this.peeked = undefined;
    return t;
  }

  private skipBlanks(): void {
    const s = this.src;
    while (this.pos < this.limit) {
      const c = s.charCodeAt(this.pos);
      if (c === SPACE || c === TAB || c === CR) this.pos++;
      else if (c === BSL && s.charCodeAt(this.pos + 1) === NL && this.pos + 1 < this.limit) this.pos += 2;
      else if (c === HASH) {
        while (this.pos < this.limit && s.charCodeAt(this.pos) !== NL) this.pos++;
      } else break;
    }
  }

  private lex(): Token {
    this.skipBlanks();
    const s = this.src;
    const p = this.pos;
    if (p >= this.limit) return EOF_TOKEN;
    const c = s.charCodeAt(p);
    const c1 = p + 1 < this.limit ? s.charCodeAt(p + 1) : -1;
    if (c === NL) {
      this.pos++;
      if (this.pending.length > 0) this.readHeredocBodies();
      return { type: T.Newline, start: p, end: p + 1, op: '\n', word: undefined, plain: false, fd: '' };
    }
    if ((c === LT || c === GT) && c1 === LPAR) return this.wordToken();
    if (c === LT || c === GT || (c === AMP && c1 === GT)) return this.redirect(p, '');
    if (isDigit(c)) {
      let q = p + 1;
      while (q < this.limit && isDigit(s.charCodeAt(q))) q++;
      const cq = s.charCodeAt(q);
      if (q < this.limit && (cq === LT || cq === GT) && s.charCodeAt(q + 1) !== LPAR) return this.redirect(q, s.slice(p, q));
    }
    const op = this.operator(c, c1, p);
    if (op !== '') {
      this.pos = p + op.length;
      return { type: T.Op, start: p, end: this.pos, op, word: undefined, plain: false, fd: '' };
    }
    return this.wordToken();
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

  private redirect(p: number, fd: string): Token {
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
    return { type: T.Redirect, start: p - fd.length, end: this.pos, op, word: undefined, plain: false, fd };
  }

  private wordToken(): Token {
    const start = this.pos;
    const w = this.readWord();
    const plain = this.wordPlain;
    return { type: T.Word, start, end: w.end, op: plain ? w.text : '', word: w, plain, fd: '' };
  }

  // ---- words ----

  /** Set by `readWord`: the word it read has no quotes, escapes or expansions (no wrapper object per word). */
  private wordPlain = false;

  /** Reads a word at `pos` up to the next metacharacter. */
  private readWord(): RawWord {
    const s = this.src;
    const start = this.pos;
    let i = start;
    let plain = true;
    let expands = false;
    let value = '';
    let text = '';
    let seg = start;
    while (i < this.limit) {
      const c = s.charCodeAt(i);
      if ((c === LT || c === GT) && s.charCodeAt(i + 1) === LPAR && i + 1 < this.limit) {
        // Process substitution <(list) / >(list).
        if (i > seg) { const part = s.slice(seg, i); value += part; text += part; }
        plain = false;
        expands = true;
        const end = this.substitution(i + 2, i);
        text += s.slice(i, end);
        i = end;
        seg = i;
        continue;
      }
      if (isMeta(c)) break;
      if (c === BSL) {
        if (i > seg) { const part = s.slice(seg, i); value += part; text += part; }
        plain = false;
        if (i + 1 >= this.limit) { i++; seg = i; continue; }
        if (s.charCodeAt(i + 1) === NL) { i += 2; seg = i; continue; }
        const ch = s[i + 1] ?? '';
        value += ch;
        text += ch;
        i += 2;
        seg = i;
        continue;
      }
      if (c === SQ) {
        if (i > seg) { const part = s.slice(seg, i); value += part; text += part; }
        plain = false;
        const close = s.indexOf("'", i + 1);
        const end = close < 0 || close >= this.limit ? this.limit : close;
        if (close < 0 || close >= this.limit) this.error = true;
        const part = s.slice(i + 1, end);
        value += part;
        text += part;
        i = Math.min(end + 1, this.limit);
        seg = i;
        continue;
      }
      if (c === DQ) {
        if (i > seg) { const part = s.slice(seg, i); value += part; text += part; }
        plain = false;
        const r = this.doubleQuoted(i + 1);
        value += r.value;
        text += r.text;
        if (r.expands) expands = true;
        i = r.end;
        seg = i;
        continue;
      }
      if (c === DOLLAR) {
        const r = this.dollar(i);
        if (r === undefined) { i++; continue; }
        if (i > seg) { const part = s.slice(seg, i); value += part; text += part; }
        plain = false;
        if (r.literal !== undefined) { value += r.literal; text += r.literal; } else { expands = true; text += s.slice(i, r.end); }
        i = r.end;
        seg = i;
        continue;
      }
      if (c === BTICK) {
        if (i > seg) { const part = s.slice(seg, i); value += part; text += part; }
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
    if (plain) {
      this.pos = i;
      const t = s.slice(start, i);
      this.wordPlain = true;
      return { start, end: i, value: t, text: t };
    }
    if (i > seg) { const part = s.slice(seg, i); value += part; text += part; }
    this.pos = i;
    this.wordPlain = false;
    return { start, end: i, value: expands ? undefined : value, text };
  }

  /** `"..."` from after the opening quote; returns the end after the closing quote. */
  private doubleQuoted(from: number): { end: number; value: string; text: string; expands: boolean } {
    const s = this.src;
    let i = from;
    let value = '';
    let text = '';
    let seg = from;
    let expands = false;
    while (i < this.limit) {
      const c = s.charCodeAt(i);
      if (c === DQ) {
        const part = s.slice(seg, i);
        return { end: i + 1, value: value + part, text: text + part, expands };
      }
      if (c === BSL && i + 1 < this.limit) {
        const n = s.charCodeAt(i + 1);
        if (n === DOLLAR || n === BTICK || n === DQ || n === BSL || n === NL) {
          const part = s.slice(seg, i);
          const ch = n === NL ? '' : (s[i + 1] ?? '');
          value += part + ch;
          text += part + ch;
          i += 2;
          seg = i;
          continue;
        }
        i += 2;
        continue;
      }
      if (c === DOLLAR) {
        const r = this.dollar(i);
        if (r === undefined || r.literal !== undefined) { i++; continue; }
        const part = s.slice(seg, i);
        value += part;
        text += part + s.slice(i, r.end);
        expands = true;
        i = r.end;
        seg = i;
        continue;
      }
      if (c === BTICK) {
        const part = s.slice(seg, i);
        value += part;
        const end = this.backticks(i);
        text += part + s.slice(i, end);
        expands = true;
        i = end;
        seg = i;
        continue;
      }
      i++;
    }
    this.error = true;
    const part = s.slice(seg, this.limit);
    return { end: this.limit, value: value + part, text: text + part, expands };
  }

  /** An expansion at `$`; undefined when the `$` is literal. `literal` is set for `$'...'` (ANSI-C quoting). */
  private dollar(i: number): { end: number; literal?: string } | undefined {
    const s = this.src;
    if (i + 1 >= this.limit) return undefined;
    const c = s.charCodeAt(i + 1);
    if (c === LPAR) {
      if (s.charCodeAt(i + 2) === LPAR && i + 2 < this.limit) return { end: this.arithmetic(i + 3) };
      return { end: this.substitution(i + 2, i) };
    }
    if (c === LBRACE) return { end: this.braced(i + 2) };
    if (c === SQ) {
      const r = this.ansiC(i + 2);
      return { end: r.end, literal: r.value };
    }
    if (c === DQ) {
      const r = this.doubleQuoted(i + 2);
      return r.expands ? { end: r.end } : { end: r.end, literal: r.value };
    }
    if (isNameStart(c)) {
      let q = i + 2;
      while (q < this.limit && isNameChar(s.charCodeAt(q))) q++;
      return { end: q };
    }
    if (isDigit(c) || c === 64 /* @ */ || c === 42 /* * */ || c === 35 /* # */ || c === 63 /* ? */ || c === 45 /* - */ || c === 36 /* $ */ || c === 33 /* ! */) {
      return { end: i + 2 };
    }
    return undefined;
  }

  private ansiC(from: number): { end: number; value: string } {
    const s = this.src;
    let value = '';
    let i = from;
    while (i < this.limit) {
      const c = s.charCodeAt(i);
      if (c === SQ) return { end: i + 1, value };
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
    return { end: this.limit, value };
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
      if (c === DQ) { i = this.doubleQuoted(i + 1).end; continue; }
      if (c === DOLLAR) { const r = this.dollar(i); i = r === undefined ? i + 1 : r.end; continue; }
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
      } else if (c === DOLLAR) { const r = this.dollar(i); if (r !== undefined) { i = r.end; continue; } }
      else if (c === BTICK) { i = this.backticks(i); continue; }
      i++;
    }
    this.error = true;
    return this.limit;
  }

  /** `$(list)` or `<(list)`: parses the list recursively; returns the end after `)`. */
  private substitution(from: number, _dollar: number): number {
    if (this.depth > 64) { this.error = true; return this.limit; }
    const savedPeek = this.peeked;
    const savedPos = this.pos;
    this.peeked = undefined;
    this.pos = from;
    this.depth++;
    this.parseList('substitution');
    this.depth--;
    const t = this.peek();
    let end: number;
    if (t.type === T.Op && t.op === ')') { this.take(); end = t.end; } else { this.error = true; this.peeked = undefined; end = this.limit; }
    this.sorted = false;
    this.peeked = savedPeek;
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
      const saved = { peeked: this.peeked, pos: this.pos, limit: this.limit, pending: this.pending };
      this.peeked = undefined;
      this.pos = at + 1;
      this.limit = close;
      this.pending = [];
      this.depth++;
      this.parseList('substitution');
      while (this.peek().type !== T.Eof) { this.take(); this.parseList('substitution'); }
      this.depth--;
      this.peeked = saved.peeked;
      this.pos = saved.pos;
      this.limit = saved.limit;
      this.pending = saved.pending;
      this.sorted = false;
    }
    return Math.min(close + 1, this.limit);
  }

  private readHeredocBodies(): void {
    const s = this.src;
    for (const h of this.pending) {
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
        if (s.slice(a, b) === delim) {
          h.body = { start: bodyStart, end: lineStart };
          found = true;
          break;
        }
      }
      if (!found) h.body = { start: bodyStart, end: this.limit };
    }
    this.pending = [];
  }

  // ---- grammar ----

  private isEnd(t: Token): boolean {
    if (t.type === T.Eof) return true;
    if (t.type === T.Op) return t.op === ')' || t.op === ';;' || t.op === ';&' || t.op === ';;&';
    return t.type === T.Word && t.plain && LIST_END.has(t.op);
  }

  private skipNewlines(): void {
    while (this.peek().type === T.Newline) this.take();
  }

  /** A list up to a terminator (not consumed). Returns the last simple command of the list. */
  private parseList(ctx: ShellContext): RawCommand | undefined {
    let last: RawCommand | undefined;
    for (;;) {
      this.skipNewlines();
      const t = this.peek();
      if (this.isEnd(t)) return last;
      if (t.type === T.Op && (t.op === ';' || t.op === '&' || t.op === '&&' || t.op === '||' || t.op === '|' || t.op === '|&')) {
        this.error = true;
        this.take();
        continue;
      }
      const before = this.pos;
      const cmd = this.parseAndOr(ctx);
      if (cmd !== undefined) last = cmd;
      const sep = this.peek();
      if ((sep.type === T.Op && (sep.op === ';' || sep.op === '&')) || sep.type === T.Newline) {
        this.take();
        // A `;` or newline that ends the list joins nothing; `&` still says the command runs in the background.
        if (cmd !== undefined) cmd.next = sep.op === '&' ? '&' : ';';
        this.skipNewlines();
        if (cmd !== undefined && cmd.next === ';' && this.isEnd(this.peek())) cmd.next = '';
      } else if (!this.isEnd(sep)) {
        this.error = true;
        if (this.pos === before && sep === t) this.take();
      }
    }
  }

  private parseAndOr(ctx: ShellContext): RawCommand | undefined {
    let last = this.parsePipeline(ctx);
    for (;;) {
      const t = this.peek();
      if (t.type !== T.Op || (t.op !== '&&' && t.op !== '||')) return last;
      this.take();
      if (last !== undefined) last.next = t.op;
      this.skipNewlines();
      last = this.parsePipeline(ctx);
    }
  }

  private parsePipeline(ctx: ShellContext): RawCommand | undefined {
    let t = this.peek();
    while (t.type === T.Word && t.plain && (t.op === '!' || t.op === 'time')) { this.take(); t = this.peek(); }
    let last = this.parseCommand(ctx);
    for (;;) {
      const p = this.peek();
      if (p.type !== T.Op || (p.op !== '|' && p.op !== '|&')) return last;
      this.take();
      this.pipes++;
      if (last !== undefined) last.next = '|';
      this.skipNewlines();
      last = this.parseCommand(ctx);
    }
  }

  private expectWord(word: string): boolean {
    this.skipNewlines();
    const t = this.peek();
    if (t.type === T.Word && t.plain && t.op === word) { this.take(); return true; }
    this.error = true;
    return false;
  }

  private parseCommand(ctx: ShellContext): RawCommand | undefined {
    const t = this.peek();
    let last: RawCommand | undefined;
    if (this.depth > 200) { this.error = true; this.take(); return undefined; }
    this.depth++;
    try {
      if (t.type === T.Op && t.op === '(') {
        this.take();
        last = this.parseList('subshell');
        this.expectOp(')');
      } else if (t.type === T.Op && t.op === '((') {
        this.take();
        this.pos = this.arithmetic(this.pos);
      } else if (t.type === T.Word && t.plain && RESERVED.has(t.op) && t.op !== 'in' && t.op !== '!' && t.op !== 'time') {
        last = this.compound(t.op, ctx);
      } else if (t.type === T.Word || t.type === T.Redirect) {
        return this.simple(ctx);
      } else {
        this.error = true;
        if (t.type !== T.Eof) this.take();
        return undefined;
      }
      this.trailingRedirects(last);
      return last;
    } finally {
      this.depth--;
    }
  }

  private expectOp(op: string): void {
    const t = this.peek();
    if (t.type === T.Op && t.op === op) this.take();
    else this.error = true;
  }

  private trailingRedirects(last: RawCommand | undefined): void {
    for (;;) {
      const t = this.peek();
      if (t.type !== T.Redirect) return;
      this.take();
      const r = this.redirectTarget(t);
      if (last !== undefined) last.redirects.push(r);
    }
  }

  private redirectTarget(t: Token): RawRedirect {
    this.skipBlanks();
    const n = this.peek();
    let target: RawWord | undefined;
    if (n.type === T.Word) { this.take(); target = n.word; } else this.error = true;
    const r: RawRedirect = { start: t.start, end: target?.end ?? t.end, op: t.op, fd: t.fd, target };
    if (t.op === '<<' || t.op === '<<-') {
      this.heredocs.push(r);
      this.pending.push(r);
    }
    return r;
  }

  private compound(word: string, ctx: ShellContext): RawCommand | undefined {
    this.take();
    const inner: ShellContext = ctx === 'substitution' || ctx === 'function' ? ctx : 'compound';
    let last: RawCommand | undefined;
    switch (word) {
      case '{':
        last = this.parseList(ctx === 'top' ? 'group' : ctx);
        this.expectWord('}');
        return last;
      case 'if':
        this.parseList(inner);
        this.expectWord('then');
        last = this.parseList(inner);
        for (;;) {
          const t = this.peek();
          if (t.type === T.Word && t.plain && t.op === 'elif') {
            this.take();
            this.parseList(inner);
            this.expectWord('then');
            last = this.parseList(inner) ?? last;
          } else if (t.type === T.Word && t.plain && t.op === 'else') {
            this.take();
            last = this.parseList(inner) ?? last;
          } else break;
        }
        this.expectWord('fi');
        return last;
      case 'while':
      case 'until':
        this.parseList(inner);
        this.expectWord('do');
        last = this.parseList(inner);
        this.expectWord('done');
        return last;
      case 'for':
      case 'select': {
        const t = this.peek();
        if (t.type === T.Op && t.op === '((') {
          this.take();
          this.pos = this.arithmetic(this.pos);
        } else {
          if (t.type === T.Word) this.take(); else this.error = true;
          this.skipNewlines();
          const i = this.peek();
          if (i.type === T.Word && i.plain && i.op === 'in') {
            this.take();
            while (this.peek().type === T.Word) this.take();
          }
        }
        const sep = this.peek();
        if (sep.type === T.Op && sep.op === ';') this.take();
        this.skipNewlines();
        const d = this.peek();
        if (d.type === T.Word && d.plain && d.op === '{') {
          this.take();
          last = this.parseList(inner);
          this.expectWord('}');
          return last;
        }
        this.expectWord('do');
        last = this.parseList(inner);
        this.expectWord('done');
        return last;
      }
      case 'case': {
        if (this.peek().type === T.Word) this.take(); else this.error = true;
        this.skipNewlines();
        this.expectWord('in');
        for (;;) {
          this.skipNewlines();
          const t = this.peek();
          if (t.type === T.Eof) { this.error = true; return last; }
          if (t.type === T.Word && t.plain && t.op === 'esac') { this.take(); return last; }
          if (t.type === T.Op && t.op === '(') this.take();
          // Patterns separated by `|` up to `)`.
          for (;;) {
            const p = this.take();
            if (p.type === T.Eof) { this.error = true; return last; }
            if (p.type === T.Op && p.op === ')') break;
          }
          last = this.parseList(inner) ?? last;
          const e = this.peek();
          if (e.type === T.Op && (e.op === ';;' || e.op === ';&' || e.op === ';;&')) this.take();
          else if (!(e.type === T.Word && e.plain && e.op === 'esac')) { this.error = true; if (e.type !== T.Eof) this.take(); }
        }
      }
      case 'function': {
        const n = this.peek();
        if (n.type === T.Word) this.take(); else this.error = true;
        const p = this.peek();
        if (p.type === T.Op && p.op === '(') { this.take(); this.expectOp(')'); }
        this.skipNewlines();
        return this.parseCommand('function');
      }
      case '[[': {
        // A test expression: words and operators up to `]]`, kept as one command named `[[`.
        return this.testCommand(ctx);
      }
      default:
        // then/else/fi/do/done/esac/}/]] out of place.
        this.error = true;
        return undefined;
    }
  }

  private testCommand(ctx: ShellContext): RawCommand | undefined {
    const start = this.peeked?.start ?? this.pos;
    const words: RawWord[] = [{ start: start - 2, end: start, value: '[[', text: '[[' }];
    for (;;) {
      const t = this.take();
      if (t.type === T.Eof || t.type === T.Newline) { this.error = true; break; }
      if (t.type === T.Word && t.plain && t.op === ']]') { words.push(t.word!); break; }
      if (t.type === T.Word && t.word !== undefined) words.push(t.word);
      else words.push({ start: t.start, end: t.end, value: t.op, text: t.op });
    }
    const first = words[0]!;
    const cmd: RawCommand = { words, assignments: [], redirects: [], start: first.start, end: words[words.length - 1]!.end, next: '', context: ctx };
    this.push(cmd);
    return cmd;
  }

  private push(cmd: RawCommand): void {
    const prev = this.commands[this.commands.length - 1];
    if (prev !== undefined && prev.start > cmd.start) this.sorted = false;
    this.commands.push(cmd);
  }

  private simple(ctx: ShellContext): RawCommand | undefined {
    const words: RawWord[] = [];
    const assignments: RawWord[] = [];
    const redirects: RawRedirect[] = [];
    let start = -1;
    let end = -1;
    for (;;) {
      const t = this.peek();
      if (t.type === T.Redirect) {
        this.take();
        const r = this.redirectTarget(t);
        redirects.push(r);
        if (start < 0) start = r.start;
        end = r.end;
        continue;
      }
      if (t.type !== T.Word || t.word === undefined) break;
      this.take();
      const w = t.word;
      if (start < 0) start = w.start;
      end = w.end;
      if (words.length === 0 && isAssignment(this.src, w)) {
        assignments.push(w);
        // `a=(1 2 3)`: an array assignment.
        const p = this.peek();
        if (p.type === T.Op && p.op === '(' && p.start === w.end) {
          this.take();
          while (this.peek().type === T.Word || this.peek().type === T.Newline) this.take();
          this.expectOp(')');
          end = this.pos;
        }
        continue;
      }
      words.push(w);
      // `name() compound`: a function definition.
      if (words.length === 1 && assignments.length === 0 && t.plain) {
        const p = this.peek();
        if (p.type === T.Op && p.op === '(') {
          this.take();
          this.expectOp(')');
          this.skipNewlines();
          return this.parseCommand('function');
        }
      }
    }
    if (start < 0) { this.error = true; return undefined; }
    const cmd: RawCommand = { words, assignments, redirects, start, end, next: '', context: ctx };
    if (words.length > 0) this.push(cmd);
    return words.length > 0 ? cmd : undefined;
  }
}

function isAssignment(s: string, w: RawWord): boolean {
  if (!isNameStart(s.charCodeAt(w.start))) return false;
  let i = w.start + 1;
  while (i < w.end && isNameChar(s.charCodeAt(i))) i++;
  if (i < w.end && s.charCodeAt(i) === 91 /* [ */) {
    const close = s.indexOf(']', i);
    if (close < 0 || close >= w.end) return false;
    i = close + 1;
  }
  if (i < w.end && s.charCodeAt(i) === 43 /* + */) i++;
  return i < w.end && s.charCodeAt(i) === 61 /* = */;
}

/** Parses `src[start, end)` as a shell script. */
export function parseShell(src: string, start = 0, end = src.length): RawScript {
  return new Parser(src, start, end).run();
}
