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
import type { Instruction, ParseResult } from '../parse/ast';
import type { ShellCommand, ShellScript } from '../rules/types';
import { parseScript, ScriptText, type Script } from './parser';

const cache = new WeakMap<Instruction, ShellScript | null>();
/** Whether `cache` ever got an entry (most processes that lint never call `shellScriptOf`). */
let cacheUsed = false;

/** The shell script of a shell-form RUN; undefined for exec form, other instructions and non-shell heredocs. */
export function shellScriptOf(ins: Instruction): ShellScript | undefined {
  const hit = cache.get(ins);
  if (hit !== undefined) return hit ?? undefined;
  const script = analyzeRun(ins);
  cache.set(ins, script ?? null);
  cacheUsed = true;
  return script;
}

/**
 * A reader of shell scripts for one job (a lint call): each RUN is parsed once for the job, in a Map that dies
 * with it. A script `shellScriptOf` already made is reused; new ones do not go into its WeakMap: V8's minor GC keeps
 * a WeakMap's values alive while the key lives, so every script (and its RUN) was copied and promoted to the old
 * generation (>90% of a scavenge's survivors in a corpus pass were scripts; ~22 ms of ~68 ms CPU per pass).
 */
export function jobShellScripts(reuse?: ShellScriptReuse): (ins: Instruction) => ShellScript | undefined {
  const local = new Map<Instruction, ShellScript | null>();
  return (ins) => {
    let hit = local.get(ins);
    if (hit === undefined) {
      const shared = cacheUsed ? cache.get(ins) : undefined;
      hit = shared !== undefined ? shared : reuse !== undefined ? reuse.scriptOf(ins) : analyzeRun(ins) ?? null;
      local.set(ins, hit);
    }
    return hit ?? undefined;
  };
}

/**
 * A RUN's text (heredoc bodies included) and its script, by the RUN's start offset; `origin` numbers the lint that
 * parsed the script.
 */
type ScriptsByStart = Map<number, { readonly text: string; readonly script: ShellScript | null; readonly origin: number }>;

/**
 * Scripts parsed in at most this many earlier lints are offered. A script keeps the text of the version it was
 * parsed from (its RUN's logical line holds the document's text): without a limit, edits further and further down a
 * file would keep one old copy of the whole text for each, 4 MB each for the 2 MB benchmark file. Two are enough
 * for typing in one place: the RUNs before it come from the first lint, those after it from the last.
 */
const MAX_ORIGINS = 2;

/**
 * The shell scripts of one document's previous lint, for the next: a RUN whose text (heredoc bodies included)
 * starts at the same offset as before, in a file with the same escape character, has the same script, which is
 * taken instead of parsed again. For the lint worker, which lints a large document again after every edit: the
 * RUNs before the edit keep their offsets (a 2 MB file has 2,840; parsing them is about a third of its lint).
 * A script keeps the RUN it was parsed from (its words' ranges are made from it when first read); that RUN has the
 * same text at the same place, so they come out the same.
 */
export class ShellScriptReuse {
  private previous: ScriptsByStart = new Map();
  private current: ScriptsByStart = new Map();
  private escape = '';
  private source = '';
  private lintNumber = 0;
  /** Scripts taken from the previous lint during the last one (for tests). */
  reused = 0;

  /** Starts a lint of `parse`: the scripts of the lint before it are offered, and this lint's are kept for the next. */
  begin(parse: ParseResult): void {
    this.previous = parse.escapeToken === this.escape ? withRecentOrigins(this.current) : (new Map() as ScriptsByStart);
    this.current = new Map() as ScriptsByStart;
    this.escape = parse.escapeToken;
    this.source = parse.text;
    this.lintNumber++;
    this.reused = 0;
  }

  /** How many lints parsed the scripts kept for the next one (for tests: at most MAX_ORIGINS + 1, the last included). */
  get origins(): number {
    return new Set([...this.current.values()].map((e) => e.origin)).size;
  }

  scriptOf(ins: Instruction): ShellScript | null {
    if (!isShellFormRun(ins)) return null;
    const start = ins.range.start;
    let end = ins.range.end;
    for (const h of ins.heredocs) if (h.bodyRange.end > end) end = h.bodyRange.end;
    const text = this.source.slice(start, end);
    const before = this.previous.get(start);
    if (before !== undefined && before.text === text) {
      this.reused++;
      this.current.set(start, { text, script: before.script, origin: before.origin });
      return before.script;
    }
    const script = analyzeRun(ins) ?? null;
    this.current.set(start, { text, script, origin: this.lintNumber });
    return script;
  }
}

/** The entries parsed in the MAX_ORIGINS most recent lints among `scripts` (all of them, usually). */
function withRecentOrigins(scripts: ScriptsByStart): ScriptsByStart {
  const origins = new Set<number>();
  for (const e of scripts.values()) origins.add(e.origin);
  if (origins.size <= MAX_ORIGINS) return scripts;
  const oldestKept = [...origins].sort((a, b) => b - a)[MAX_ORIGINS - 1]!;
  const kept = new Map() as ScriptsByStart;
  for (const [start, e] of scripts) if (e.origin >= oldestKept) kept.set(start, e);
  return kept;
}

/** The same as `shellScriptOf`, without the cache (for benchmarks). */
export function analyzeRun(ins: Instruction): ShellScript | undefined {
  return isShellFormRun(ins) ? build(ins) : undefined;
}

/** Only a shell-form RUN (ONBUILD's trigger included) has a shell script. */
function isShellFormRun(ins: Instruction): boolean {
  return ins.name === 'run' && !ins.json;
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
    return script(parseScript(new ScriptText(body, first.bodyRange.start, undefined)), 'heredoc');
  }
  const start = ins.args.range.start;
  // Offsets map linearly when the arguments are a plain slice of the document, else through the logical line.
  return script(parseScript(new ScriptText(args, start, ins.args.range.end - start === args.length ? undefined : ins)), 'args');
}

/**
 * The parser's commands are the script's commands (their words, names and ranges are made on first read:
 * a corpus pass has ~100k words, and most rules read only the words of a few commands).
 */
function script(raw: Script, source: ShellScript['source']): ShellScript {
  const commands = raw.commands;
  let hasSet = false;
  for (let i = 0; i < commands.length; i++) {
    // The name (`value ?? raw` of the first word), not the words: those are made only when read.
    if (commands[i]!.name === 'set') {
      hasSet = true;
      break;
    }
  }
  return { commands, parseError: raw.error, source, options: hasSet ? setOptions(commands) : NO_OPTIONS, pipes: raw.pipes };
}

const NO_OPTIONS: readonly string[] = Object.freeze([]);

/** Options switched on by `set` at the top level: `set -eux`, `set -o pipefail`, `set -euxo pipefail`; `+x` switches off. */
function setOptions(commands: readonly ShellCommand[]): string[] {
  const on: string[] = [];
  for (const c of commands) {
    if (c.name !== 'set' || (c.context !== 'top' && c.context !== 'group')) continue;
    // The words after `set` (index 1 on), read in place.
    const words = c.words;
    for (let i = 1; i < words.length; i++) {
      const w = words[i]!.value ?? '';
      if (w === '--' || !(w.startsWith('-') || w.startsWith('+')) || w.length < 2) break;
      const enable = w.startsWith('-');
      // Index by index (a `for…of` over `w.slice(1)` made the slice and an iterator).
      for (let k = 1; k < w.length; k++) {
        let ch = w[k]!;
        const c = w.charCodeAt(k);
        // A surrogate pair is one character, as for…of reads it.
        if (c >= 0xd800 && c <= 0xdbff && k + 1 < w.length) {
          const d = w.charCodeAt(k + 1);
          if (d >= 0xdc00 && d <= 0xdfff) ch = w.slice(k, ++k + 1);
        }
        let name: string = ch;
        if (ch === 'o') {
          name = words[i + 1]?.value ?? '';
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
  // (Index loops: a for…of makes an iterator, which costs without TurboFan, as the language server runs.)
  const args = ins.args.value;
  const heredocs = ins.heredocs;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (args.includes(w)) return true;
    for (let j = 0; j < heredocs.length; j++) if (heredocs[j]!.content.includes(w)) return true;
  }
  return false;
}
