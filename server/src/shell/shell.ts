/**
 * The shell script of a RUN, as simple commands with document ranges. Parsed with our own POSIX/bash parser
 * (./parser.ts; why not mvdan/sh or tree-sitter: bench/shell-parsers.ts), lazily on the first request, and
 * cached per instruction.
 *
 * What the script is follows BuildKit (frontend/dockerfile/dockerfile2llb/convert.go, dispatchRun):
 * - `RUN <<EOF` whose arguments are only one heredoc word: the body is the script (unless it starts with a
 *   `#!` line naming a non-POSIX interpreter: then it is no shell script);
 * - otherwise the arguments are the script, and their `<<EOF` redirections read the heredoc bodies as data.
 */
import type { Instruction, Range } from '../parse/ast';
import type { ShellCommand, ShellRedirect, ShellScript, ShellWord } from '../rules/types';
import { parseShell, type RawCommand, type RawRedirect, type RawScript, type RawWord } from './parser';

const cache = new WeakMap<Instruction, ShellScript | null>();

/** The shell script of a shell-form RUN; undefined for exec form, other instructions and non-shell heredocs. */
export function shellScriptOf(ins: Instruction): ShellScript | undefined {
  const hit = cache.get(ins);
  if (hit !== undefined) return hit ?? undefined;
  const script = analyzeRun(ins);
  cache.set(ins, script ?? null);
  return script;
}

/** The same as `shellScriptOf`, without the cache (for benchmarks). */
export function analyzeRun(ins: Instruction): ShellScript | undefined {
  return ins.name === 'run' && !ins.json ? build(ins) : undefined;
}

/** BuildKit's test (parser.go `reHeredoc` + a single word): the arguments are exactly one heredoc marker. */
const ONLY_HEREDOC = /^\d*<<-?\s*[^<\s]+$/;
const POSIX_SHEBANG = /^#!\s*(?:\/usr)?\/bin\/(?:env\s+)?(?:sh|bash|ash|dash|ksh|zsh|busybox\s+sh)\b/;

function build(ins: Instruction): ShellScript | undefined {
  const args = ins.args.value;
  const first = ins.heredocs[0];
  if (first !== undefined && ONLY_HEREDOC.test(args)) {
    const body = first.content;
    if (body.startsWith('#!') && !POSIX_SHEBANG.test(body)) return undefined;
    return new Converter(body, first.bodyRange.start, undefined, 0).script(parseShell(body), 'heredoc');
  }
  const start = ins.args.range.start;
  if (ins.args.range.end - start === args.length) return new Converter(args, start, undefined, 0).script(parseShell(args), 'args');
  const from = ins.original.lastIndexOf(args);
  return new Converter(args, 0, ins, from < 0 ? 0 : from).script(parseShell(args), 'args');
}

/**
 * Raw parser output → document ranges. Offsets map linearly (`base + o`) when the script's text is a plain slice
 * of the document, else through the instruction's logical line (`ins.toSource`). No closure per word: a script
 * can have thousands of words.
 */
class Converter {
  constructor(
    readonly src: string,
    private readonly base: number,
    private readonly ins: Instruction | undefined,
    private readonly from: number,
  ) {}

  range(start: number, end: number): { start: number; end: number } {
    if (this.ins === undefined) return { start: this.base + start, end: this.base + (end > start ? end : start) };
    const s = this.ins.toSource(this.from + start);
    return { start: s, end: end > start ? this.ins.toSource(this.from + end - 1) + 1 : s };
  }

  private word(w: RawWord): ShellWord {
    return new Word(this, w);
  }

  private words(ws: readonly RawWord[]): ShellWord[] {
    const out: ShellWord[] = new Array<ShellWord>(ws.length);
    for (let i = 0; i < ws.length; i++) out[i] = this.word(ws[i]!);
    return out;
  }

  private redirects(rs: readonly RawRedirect[]): ShellRedirect[] {
    const out: ShellRedirect[] = new Array<ShellRedirect>(rs.length);
    for (let i = 0; i < rs.length; i++) {
      const r = rs[i]!;
      out[i] = { op: r.op, fd: r.fd, target: r.target === undefined ? undefined : this.word(r.target), range: this.range(r.start, r.end) };
    }
    return out;
  }

  script(raw: RawScript, source: ShellScript['source']): ShellScript {
    const commands: ShellCommand[] = new Array<ShellCommand>(raw.commands.length);
    let hasSet = false;
    for (let i = 0; i < raw.commands.length; i++) {
      const c: RawCommand = raw.commands[i]!;
      const words = this.words(c.words);
      const first = words[0];
      const name = first === undefined ? '' : (first.value ?? first.raw);
      if (name === 'set') hasSet = true;
      commands[i] = {
        name,
        words,
        range: this.range(c.start, c.end),
        next: c.next,
        assignments: c.assignments.length === 0 ? NONE : this.words(c.assignments),
        redirects: c.redirects.length === 0 ? NO_REDIRECTS : this.redirects(c.redirects),
        context: c.context,
      };
    }
    return { commands, parseError: raw.error, source, options: hasSet ? setOptions(commands) : NO_OPTIONS, pipes: raw.pipes };
  }
}

/**
 * A word whose `raw` text and document range are made on first use: most rules read only `value`/`text`, and a
 * corpus pass has ~100k words.
 */
class Word implements ShellWord {
  readonly value: string | undefined;
  readonly text: string;
  private rawText: string | undefined = undefined;
  private where: Range | undefined = undefined;
  private readonly start: number;
  private readonly end: number;

  constructor(
    private readonly conv: Converter,
    at: RawWord,
  ) {
    this.value = at.value;
    this.text = at.text;
    this.start = at.start;
    this.end = at.end;
  }

  get raw(): string {
    return (this.rawText ??= this.conv.src.slice(this.start, this.end));
  }

  get range(): Range {
    return (this.where ??= this.conv.range(this.start, this.end));
  }
}

const NO_OPTIONS: readonly string[] = Object.freeze([]);
const NONE: readonly ShellWord[] = Object.freeze([]);
const NO_REDIRECTS: readonly ShellRedirect[] = Object.freeze([]);

/** Options switched on by `set` at the top level: `set -eux`, `set -o pipefail`, `set -euxo pipefail`; `+x` switches off. */
function setOptions(commands: readonly ShellCommand[]): string[] {
  const on: string[] = [];
  for (const c of commands) {
    if (c.name !== 'set' || (c.context !== 'top' && c.context !== 'group')) continue;
    const words = c.words.slice(1).map((w) => w.value ?? '');
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (w === '--' || !(w.startsWith('-') || w.startsWith('+')) || w.length < 2) break;
      const enable = w.startsWith('-');
      for (const ch of w.slice(1)) {
        let name: string = ch;
        if (ch === 'o') {
          name = words[i + 1] ?? '';
          i++;
          if (name === '') continue;
        }
        const at = on.indexOf(name);
        if (enable && at < 0) on.push(name);
        if (!enable && at >= 0) on.splice(at, 1);
      }
    }
  }
  return on;
}

/** Whether the text of a RUN (arguments and heredoc bodies) contains one of these words: a cheap test before parsing. */
export function runMentions(ins: Instruction, words: readonly string[]): boolean {
  for (const w of words) {
    if (ins.args.value.includes(w)) return true;
    for (const h of ins.heredocs) if (h.content.includes(w)) return true;
  }
  return false;
}
