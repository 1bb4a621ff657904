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
import { moveScript, parseScript, ScriptText, type Command, type Script } from './parser';

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
 * A RUN's text (heredoc bodies included) and its script, as one lint kept it for the next; `origin` numbers the lint
 * that parsed the script. `doc` and `commands` are the script's ScriptText and command list (undefined and empty
 * when the RUN has no script), to move it to another place (parser.ts `moveScript`).
 */
interface Kept {
  readonly start: number;
  readonly text: string;
  readonly script: ShellScript | null;
  readonly origin: number;
  readonly doc: ScriptText | undefined;
  readonly commands: readonly Command[];
}

/** Kept scripts by their RUN's start offset. */
type ScriptsByStart = Map<number, Kept>;

/**
 * Scripts parsed in at most this many earlier lints are offered. A script keeps the text of the version it was
 * parsed from (its RUN's logical line holds the document's text, and the strings its words made on first read may be
 * slices of it): without a limit, edits further and further down a file would keep one old copy of the whole text
 * for each, 4 MB each for the 2 MB benchmark file. Two are enough for typing in one place: the RUN typed in comes
 * from the last lint, the others from the first (moved where they moved).
 * When more are kept, those of the lints that parsed the fewest scripts are dropped (the older of two that parsed
 * as many), and their RUNs are parsed again by the next lint. Dropping the oldest instead went round in circles: once
 * scripts of three lints were kept (typing in one RUN, then in another), the lint that had parsed most of the file
 * was the oldest, and each drop made a new origin, so one lint in three parsed most of the 2 MB file's RUNs again
 * (340 ms instead of 230), even while the text did not change. Now the bulk stays, and what goes round is one RUN.
 */
const MAX_ORIGINS = 2;

/**
 * The shell scripts of one document's previous lint, for the next: a RUN whose text (heredoc bodies included) is
 * that of a RUN of the previous lint, in a file with the same escape character, has the same script, which is taken
 * instead of parsed again. For the lint worker, which lints a large document again after every edit (a 2 MB file has
 * 2,840 RUNs; parsing them is about a third of its lint).
 *
 * - At the same offset (the RUNs before an edit), the script is taken as it is: it reads its ranges from the RUN it
 *   was parsed from, moved by as much as it was moved so far, which has the same text at the same place.
 * - At another offset (the RUNs after an edit that changed the length), it is moved there first (parser.ts
 *   `moveScript`: a shift added to its ScriptText, the ranges made so far forgotten). Looked for at the shift of the
 *   last one moved (the RUNs after one edit all move by as much, the change in length at first), else by text.
 *
 * A script serves at most one RUN of a lint: it leaves `previous` when taken (two equal RUNs cannot share one, the
 * ranges of one would be wrong for the other).
 *
 * Moving changes the script's objects in place, which is safe because nothing that needs the old ranges reads them:
 * - The scripts here were parsed by `scriptOf` and reached only the rules of earlier lints, through `jobShellScripts`'
 *   per-lint map. Those lints are over (`lint` is synchronous) and what they answered is plain data: a finding's
 *   range is a Range object of its own or one a word made, and forgetting a range drops it, never changes it. The lint
 *   worker keeps the last model only to parse the next version from (parse/incremental.ts, which reads no script);
 *   whoever keeps a model must not ask it for shell scripts through this reuse. Instructions the next parse shares
 *   with the last are not changed by a move either: a moved script changes its own ScriptText only.
 * - `shellScriptOf`'s process-wide WeakMap (keyed by Instruction, on the main thread: its scripts must keep their
 *   ranges as long as the instruction lives) never shares a script with this: it parses its own, and
 *   `jobShellScripts` hands out a script from it without offering it here. The two sets are disjoint.
 * - A moved script still reads the instruction it was parsed from (plus the shift), so it keeps only the text of
 *   the lint that parsed it, its `origin`, alive: MAX_ORIGINS bounds the old texts kept as before. (Pointing it at the
 *   new instruction instead would keep one more text for each edit further down the file, with no limit.)
 */
export class ShellScriptReuse {
  private previous: ScriptsByStart = new Map();
  private current: ScriptsByStart = new Map();
  /** `previous` by the length of the text, made on the first RUN found neither at its offset nor shifted. */
  private byLength: Map<number, Kept[]> | undefined = undefined;
  /**
   * How far the last script moved (new start − old start); at first, how much longer the text got: one edit moves
   * every RUN after it by that much.
   */
  private shift = 0;
  private escape = '';
  private source = '';
  private lintNumber = 0;
  /** Scripts taken from the previous lint during the last one, moved ones included (for tests). */
  reused = 0;
  /** Of those, the scripts moved to another offset (for tests). */
  moved = 0;

  /** Starts a lint of `parse`: the scripts of the lint before it are offered, and this lint's are kept for the next. */
  begin(parse: ParseResult): void {
    this.previous = parse.escapeToken === this.escape ? withLargestOrigins(this.current) : (new Map() as ScriptsByStart);
    this.current = new Map() as ScriptsByStart;
    this.byLength = undefined;
    this.shift = parse.text.length - this.source.length;
    this.escape = parse.escapeToken;
    this.source = parse.text;
    this.lintNumber++;
    this.reused = 0;
    this.moved = 0;
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
    const previous = this.previous;
    const before = previous.get(start);
    if (before !== undefined && before.text === text) {
      previous.delete(start);
      this.reused++;
      this.current.set(start, before);
      return before.script;
    }
    const moved = this.elsewhere(start, text);
    if (moved !== undefined && moveTo(moved, ins, start - moved.start)) {
      previous.delete(moved.start);
      this.shift = start - moved.start;
      this.reused++;
      this.moved++;
      this.current.set(start, { ...moved, start });
      return moved.script;
    }
    const parsed = parseRun(ins);
    this.current.set(start, { start, text, script: parsed?.script ?? null, origin: this.lintNumber, doc: parsed?.doc, commands: parsed?.commands ?? NO_COMMANDS });
    return parsed?.script ?? null;
  }

  /** A script of the previous lint, still untaken, whose RUN had `text` at another offset. */
  private elsewhere(start: number, text: string): Kept | undefined {
    const previous = this.previous;
    if (previous.size === 0) return undefined;
    if (this.shift !== 0) {
      const e = previous.get(start - this.shift);
      if (e !== undefined && e.text === text) return e;
    }
    // By length, not by text: a Map keyed by 2,800 texts hashes every character of them (2.5 ms for the 2 MB
    // file, made again for each lint with a changed RUN), a length is a number; few texts share one.
    let byLength = this.byLength;
    if (byLength === undefined) {
      byLength = new Map();
      for (const e of previous.values()) {
        const same = byLength.get(e.text.length);
        if (same === undefined) byLength.set(e.text.length, [e]);
        else same.push(e);
      }
      this.byLength = byLength;
    }
    const same = byLength.get(text.length);
    if (same === undefined) return undefined;
    for (let i = same.length - 1; i >= 0; i--) {
      const e = same[i]!;
      if (previous.get(e.start) !== e) {
        // Taken since: dropped (the last one put in its slot; the order does not matter).
        same[i] = same[same.length - 1]!;
        same.pop();
      } else if (e.text === text) return e;
    }
    return undefined;
  }
}

const NO_COMMANDS: readonly Command[] = Object.freeze([]);

/**
 * Moves a kept script `by` characters, to the RUN `ins` with the same text; false (and nothing moved) if the script
 * read from `ins` would not be that text that far away: the same RUN text gives the same script text at the same
 * distance, so this is a guard (a string comparison and four offsets), not a case that happens.
 */
function moveTo(kept: Kept, ins: Instruction, by: number): boolean {
  const script = kept.script;
  const doc = kept.doc;
  if (script === null || doc === undefined) return true;
  if (doc.distanceTo(scriptText(ins, script.source)) !== by) return false;
  moveScript(doc, kept.commands, by);
  return true;
}

/** The entries parsed in the MAX_ORIGINS lints that parsed the most of `scripts` (all of them, usually). */
function withLargestOrigins(scripts: ScriptsByStart): ScriptsByStart {
  const counts = new Map<number, number>();
  for (const e of scripts.values()) counts.set(e.origin, (counts.get(e.origin) ?? 0) + 1);
  if (counts.size <= MAX_ORIGINS) return scripts;
  // The MAX_ORIGINS origins with the most scripts, the more recent first among equals.
  const keep = new Set([...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0]).slice(0, MAX_ORIGINS).map(([origin]) => origin));
  const kept = new Map() as ScriptsByStart;
  for (const [start, e] of scripts) if (keep.has(e.origin)) kept.set(start, e);
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
  return parseRun(ins)?.script;
}

/** A RUN's script, with the ScriptText and commands it was parsed into (to move it: `moveScript`); undefined when it has none. */
function parseRun(ins: Instruction): { readonly script: ShellScript; readonly doc: ScriptText; readonly commands: readonly Command[] } | undefined {
  const source = sourceOf(ins);
  if (source === undefined) return undefined;
  const doc = scriptText(ins, source);
  const raw = parseScript(doc);
  return { script: shellScript(raw, source), doc, commands: raw.commands };
}

/** Which text of a shell-form RUN is its script; undefined when it has none (a heredoc another interpreter runs). */
function sourceOf(ins: Instruction): ShellScript['source'] | undefined {
  const first = ins.heredocs[0];
  if (first === undefined || !ONLY_HEREDOC.test(ins.args.value)) return 'args';
  const body = first.content;
  return body.startsWith('#!') && !POSIX_SHEBANG.test(body) ? undefined : 'heredoc';
}

/** The script's text and its place in the document (for `source`, which `sourceOf` gave). */
function scriptText(ins: Instruction, source: ShellScript['source']): ScriptText {
  const first = ins.heredocs[0];
  if (source === 'heredoc' && first !== undefined) return new ScriptText(first.content, first.bodyRange.start, undefined);
  const args = ins.args.value;
  const start = ins.args.range.start;
  // Offsets map linearly when the arguments are a plain slice of the document, else through the logical line.
  return new ScriptText(args, start, ins.args.range.end - start === args.length ? undefined : ins);
}

/**
 * The parser's commands are the script's commands (their words, names and ranges are made on first read:
 * a corpus pass has ~100k words, and most rules read only the words of a few commands).
 */
function shellScript(raw: Script, source: ShellScript['source']): ShellScript {
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
