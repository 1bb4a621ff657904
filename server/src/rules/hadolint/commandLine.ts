/**
 * Reading the simple commands of a RUN the way hadolint does (src/Hadolint/Shell.hs): arguments, flags
 * (`--name[=v]` gives `name`, `-abc` gives `a`, `b`, `c`), arguments that are not flags, a flag's value,
 * and BuildKit cache mounts (src/Hadolint/Utils.hs). Shared by the hadolint rules DL3030–DL4006.
 */
import type { Instruction } from '../../parse/ast';
import { rootStage, type Stage } from '../../model/model';
import { memoized, memoOf } from '../memo';
import { Word } from '../../shell/parser';
import type { Edit, RuleContext, ShellCommand, ShellScript, ShellWord } from '../types';

/** A word's text as hadolint sees it: quotes removed; an expansion keeps its `$` text. */
export function wordText(w: ShellWord): string {
  const v = w.value;
  if (v !== undefined) return v;
  const raw = w.raw;
  return raw.indexOf('"') < 0 && raw.indexOf("'") < 0 ? raw : raw.replace(/["']/g, '');
}

/**
 * Whether `wordText(w)` is `s`, without making the text of a plain word not read yet (most words are compared, not
 * read: their text is then never sliced out of the script).
 */
export function wordIs(w: ShellWord, s: string): boolean {
  // The constructor test is a property read (`instanceof` is a call in the server's baseline code).
  if (w.constructor === Word && (w as Word).plainCodeAt(0) !== -2) return (w as Word).is(s);
  return wordText(w) === s;
}

/** `wordText(w).charCodeAt(0)` (NaN for an empty text), without making the text of a plain word not read yet. */
export function wordFirstCode(w: ShellWord): number {
  if (w.constructor === Word) {
    const c = (w as Word).plainCodeAt(0);
    if (c !== -2) return c === -1 ? NaN : c;
  }
  return wordText(w).charCodeAt(0);
}

/** Whether one of the words after the command name has the text `s` (`args(cmd).includes(s)` without the list). */
export function hasArg(cmd: ShellCommand, s: string): boolean {
  const words = cmd.words;
  for (let i = 1; i < words.length; i++) if (wordIs(words[i]!, s)) return true;
  return false;
}

/** Whether the words after the command name contain `seq` as consecutive texts (`-m pip install`). */
export function hasArgSeq(cmd: ShellCommand, seq: readonly string[]): boolean {
  const words = cmd.words;
  const n = seq.length;
  for (let i = 1; i + n <= words.length; i++) {
    let j = 0;
    while (j < n && wordIs(words[i + j]!, seq[j]!)) j++;
    if (j === n) return true;
  }
  return false;
}

/** Whether one of the words after the command name has one of these texts. */
export function hasArgIn(cmd: ShellCommand, wanted: readonly string[]): boolean {
  const words = cmd.words;
  for (let i = 1; i < words.length; i++) if (isOneOf(words[i]!, wanted)) return true;
  return false;
}

/** `wanted.includes(wordText(w))`, by `wordIs`. */
function isOneOf(w: ShellWord, wanted: readonly string[]): boolean {
  for (let k = 0; k < wanted.length; k++) if (wordIs(w, wanted[k]!)) return true;
  return false;
}

/** The words after the command name. */
export function argWords(cmd: ShellCommand): readonly ShellWord[] {
  return cmd.words.slice(1);
}

export function args(cmd: ShellCommand): string[] {
  const words = cmd.words;
  const out: string[] = [];
  for (let i = 1; i < words.length; i++) out.push(wordText(words[i]!));
  return out;
}

interface FlagPart {
  readonly name: string;
  /** Index in `argWords`. */
  readonly index: number;
}

/** hadolint's getAllFlags. */
export function flags(cmd: ShellCommand): FlagPart[] {
  const out: FlagPart[] = [];
  const words = cmd.words;
  for (let i = 1; i < words.length; i++) {
    if (wordFirstCode(words[i]!) !== 45) continue;
    const a = wordText(words[i]!);
    if (a === '--' || a === '-') continue;
    const index = i - 1;
    if (a.startsWith('--')) out.push({ name: flagName(a), index });
    else for (const c of a.slice(1)) out.push({ name: c, index });
  }
  return out;
}

/** `--name=value` → `name`. */
function flagName(a: string): string {
  const eq = a.indexOf('=', 2);
  return eq < 0 ? a.slice(2) : a.slice(2, eq);
}

/** Whether one of `flags(cmd)` is named in `names` (without making the list). */
export function hasAnyFlag(cmd: ShellCommand, names: readonly string[]): boolean {
  const words = cmd.words;
  for (let i = 1; i < words.length; i++) {
    if (wordFirstCode(words[i]!) !== 45) continue;
    const a = wordText(words[i]!);
    if (a === '--' || a === '-') continue;
    if (a.startsWith('--')) {
      if (names.includes(flagName(a))) return true;
    } else for (const c of a.slice(1)) if (names.includes(c)) return true;
  }
  return false;
}

/** hadolint's cmdsHaveArgs: the command is one of `names` and one of its arguments is in `wanted`. */
export function isCommand(cmd: ShellCommand, names: readonly string[], wanted?: readonly string[]): boolean {
  if (!names.includes(cmd.name)) return false;
  return wanted === undefined || hasArgIn(cmd, wanted);
}

/** The first argument word equal to one of `wanted`. */
export function argWord(cmd: ShellCommand, wanted: readonly string[]): ShellWord | undefined {
  const words = cmd.words;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (isOneOf(w, wanted)) return w;
  }
  return undefined;
}

/** Arguments that are not flags (hadolint's getArgsNoFlags: a flag's separate value still counts). */
export function argsNoFlags(cmd: ShellCommand): ShellWord[] {
  const flagIdx = new Set(flags(cmd).map((f) => f.index));
  return argWords(cmd).filter((_w, i) => !flagIdx.has(i));
}

/** Values of a flag: the word after `-u`/`--uid`, or the part after `=` of `--uid=…`. */
export function flagValues(cmd: ShellCommand, names: readonly string[]): string[] {
  const words = cmd.words;
  const out: string[] = [];
  for (let i = 1; i < words.length; i++) {
    if (wordFirstCode(words[i]!) !== 45) continue;
    const a = wordText(words[i]!);
    const next = words[i + 1];
    if (a.charCodeAt(1) === 45) {
      const eq = a.indexOf('=', 2);
      if (!names.includes(eq < 0 ? a.slice(2) : a.slice(2, eq))) continue;
      if (eq >= 0) out.push(a.slice(eq + 1));
      else if (next !== undefined) out.push(wordText(next));
    } else if (a.length === 2 && names.includes(a.slice(1)) && next !== undefined) {
      out.push(wordText(next));
    }
  }
  return out;
}

/** Index of the first command that passes `test`, -1 when none. */
export function findIndex(script: ShellScript, test: (c: ShellCommand) => boolean): number {
  return script.commands.findIndex(test);
}

/** One RUN to check: `ins` is where findings go (the ONBUILD line for `ONBUILD RUN`), `run` the RUN itself. */
export interface RunEntry {
  readonly ins: Instruction;
  readonly run: Instruction;
  readonly script: ShellScript;
  /** Index of the stage the RUN is in. */
  readonly stage: number;
}


/** The RUN instructions of a stage with their scripts, `ONBUILD RUN` included (hadolint's `onbuild`). Shared: do not change. */
export function runsOf(ctx: RuleContext, stage: Stage, withOnbuild = true): readonly RunEntry[] {
  // Keyed by number in one map of the memo: no key string made per call (~30 rules ask, stage by stage).
  const memo = memoOf(ctx);
  let byStage = memo?.get('runsOf') as Map<number, readonly RunEntry[]> | undefined;
  if (memo !== undefined && byStage === undefined) {
    byStage = new Map();
    memo.set('runsOf', byStage);
  }
  const key = stage.index * 2 + (withOnbuild ? 1 : 0);
  const hit = byStage?.get(key);
  if (hit !== undefined) return hit;
  // Without ONBUILD: the entries whose RUN is the instruction itself (the same list when the stage has no ONBUILD RUN).
  const list = withOnbuild ? makeRunsOf(ctx, stage, true) : withoutOnbuild(runsOf(ctx, stage, true));
  byStage?.set(key, list);
  return list;
}

function withoutOnbuild(runs: readonly RunEntry[]): readonly RunEntry[] {
  for (let i = 0; i < runs.length; i++) if (runs[i]!.run !== runs[i]!.ins) return runs.filter((r) => r.run === r.ins);
  return runs;
}

function makeRunsOf(ctx: RuleContext, stage: Stage, withOnbuild: boolean): readonly RunEntry[] {
  const out: RunEntry[] = [];
  for (const ins of stage.instructions) {
    const run = withOnbuild && ins.onbuild !== undefined ? ins.onbuild : ins;
    if (run.name !== 'run') continue;
    const script = ctx.isPosixShell(ins) ? ctx.shell(run) : undefined;
    if (script !== undefined) out.push({ ins, run, script, stage: stage.index });
  }
  return out;
}

/** Every RUN of the file, stage by stage. Shared: do not change. */
export function allRuns(ctx: RuleContext, withOnbuild = true): readonly RunEntry[] {
  return memoized(ctx, withOnbuild ? 'allRuns:true' : 'allRuns:false', () => {
    if (!withOnbuild) return withoutOnbuild(allRuns(ctx, true));
    const out: RunEntry[] = [];
    for (const s of ctx.model.stages) for (const r of runsOf(ctx, s, withOnbuild)) out.push(r);
    return out;
  });
}

/**
 * Every command name (`cmd.name`) of the file's RUNs (ONBUILD RUN included), each with the positions in
 * `allRuns(ctx, true)` of the RUNs that run it (ascending, each RUN once): a cheap first test for rules that look
 * for a few commands (most files have no `yum`, `zypper` or `gem` at all), and their RUNs without a walk of all.
 */
interface CommandIndex {
  readonly byName: ReadonlyMap<string, readonly number[]>;
  /** The same entries as lists (names in first-seen order), walked by index: no iterator and entry pair per name. */
  readonly names: readonly string[];
  readonly positions: readonly (readonly number[])[];
}

function commandIndex(ctx: RuleContext): CommandIndex {
  return memoized(ctx, 'commandIndex', () => makeCommandIndex(ctx));
}

function makeCommandIndex(ctx: RuleContext): CommandIndex {
  const byName = new Map<string, number[]>();
  const names: string[] = [];
  const positions: number[][] = [];
  const runs = allRuns(ctx, true);
  for (let i = 0; i < runs.length; i++) {
    const commands = runs[i]!.script.commands;
    for (let k = 0; k < commands.length; k++) {
      const name = commands[k]!.name;
      const at = byName.get(name);
      if (at === undefined) {
        const list = [i];
        byName.set(name, list);
        names.push(name);
        positions.push(list);
      } else if (at[at.length - 1] !== i) at.push(i);
    }
  }
  return { byName, names, positions };
}

/**
 * The shared empty answer. Not frozen: `for…of` over a frozen array allocates an iterator in Node 20's optimized
 * code (a plain one does not); the type keeps it read-only.
 */
const NO_RUNS: readonly RunEntry[] = [];

/**
 * The entries of `allRuns(ctx, withOnbuild)` (same order) whose script has a command named one of `names`
 * (`cmd.name`, as written: `/usr/bin/apt-get` is not `apt-get`). For rules that can only report on such commands:
 * the other RUNs cannot give them a finding.
 */
export function allRunsWith(ctx: RuleContext, names: readonly string[], withOnbuild = true): readonly RunEntry[] {
  const index = commandIndex(ctx).byName;
  let first: readonly number[] | undefined;
  let more: (readonly number[])[] | undefined;
  for (let i = 0; i < names.length; i++) {
    const at = index.get(names[i]!);
    if (at === undefined || at === first || (more !== undefined && more.includes(at))) continue;
    if (first === undefined) first = at;
    else (more ??= [first]).push(at);
  }
  return first === undefined ? NO_RUNS : runsAt(ctx, more ?? first, withOnbuild);
}

/** The entries of `allRuns(ctx, withOnbuild)` (same order) whose script has a command whose name passes `test`. */
export function allRunsMatching(ctx: RuleContext, test: (name: string) => boolean, withOnbuild = true): readonly RunEntry[] {
  // The test runs once per distinct name.
  let first: readonly number[] | undefined;
  let more: (readonly number[])[] | undefined;
  const { names, positions } = commandIndex(ctx);
  for (let i = 0; i < names.length; i++) {
    if (!test(names[i]!)) continue;
    const at = positions[i]!;
    if (first === undefined) first = at;
    else (more ??= [first]).push(at);
  }
  return first === undefined ? NO_RUNS : runsAt(ctx, more ?? first, withOnbuild);
}

/**
 * The entries of `allRuns(ctx, withOnbuild)` at the positions (in `allRuns(ctx, true)`) of one list of the command
 * index, or of the union of several, in order.
 */
function runsAt(ctx: RuleContext, positions: readonly number[] | readonly (readonly number[])[], withOnbuild: boolean): readonly RunEntry[] {
  const runs = allRuns(ctx, true);
  let at: readonly number[];
  if (typeof positions[0] === 'number') at = positions as readonly number[];
  else {
    const all: number[] = [];
    for (const list of positions as readonly (readonly number[])[]) for (let i = 0; i < list.length; i++) all.push(list[i]!);
    all.sort((a, b) => a - b);
    at = all;
  }
  const out: RunEntry[] = [];
  let last = -1;
  for (let i = 0; i < at.length; i++) {
    const k = at[i]!;
    if (k === last) continue;
    last = k;
    const r = runs[k]!;
    // Without ONBUILD: `allRuns(ctx, false)` is the entries whose RUN is the instruction itself.
    if (withOnbuild || r.run === r.ins) out.push(r);
  }
  return out.length === 0 ? NO_RUNS : out;
}

/** Targets of `RUN --mount=type=cache|tmpfs,target=…` (hadolint counts tmpfs too: nothing stays in the layer). */
export function cacheMountTargets(run: Instruction): string[] {
  const out: string[] = [];
  for (const f of run.flags) {
    if (f.name !== 'mount' || f.value === undefined) continue;
    const fields = new Map<string, string>();
    for (const part of f.value.split(',')) {
      const eq = part.indexOf('=');
      const k = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
      const v = eq < 0 ? '' : part.slice(eq + 1).trim().replace(/^["']|["']$/g, '');
      fields.set(k, v);
    }
    const type = fields.get('type') ?? 'bind';
    const target = fields.get('target') ?? fields.get('dst') ?? fields.get('destination');
    if ((type === 'cache' || type === 'tmpfs') && target !== undefined) out.push(target);
  }
  return out;
}

/**
 * Whether a cache (or tmpfs) mount covers a cache folder: its target contains one of `fragments`
 * (hadolint's test), or it is the folder itself or one of its parents (`/root/.cache` covers `/root/.cache/pip`).
 */
export function cacheMountCovers(run: Instruction, fragments: readonly string[], dirs: readonly string[] = []): boolean {
  if (run.flags.length === 0) return false;
  return cacheMountTargets(run).some((t) => {
    if (fragments.some((fr) => t.includes(fr))) return true;
    const target = t.replace(/\/+$/, '');
    return dirs.some((d) => d === target || d.startsWith(target + '/'));
  });
}

/** Insert ` text` right after a word. */
export function insertAfter(w: ShellWord | ShellCommand, text: string): Edit {
  return { range: { start: w.range.end, end: w.range.end }, newText: ' ' + text };
}

/** The last command passing `test`, with the edit that appends ` && <cleanup>` after it (none after a pipe or `&`). */
export function appendCleanup(script: ShellScript, test: (c: ShellCommand) => boolean, cleanup: string): Edit | undefined {
  let last: ShellCommand | undefined;
  for (const c of script.commands) if (test(c)) last = c;
  if (last === undefined || last.next === '|' || last.next === '&' || script.parseError) return undefined;
  return { range: { start: last.range.end, end: last.range.end }, newText: ' && ' + cleanup };
}

/** Names of the variables in scope before an instruction (ARG and ENV), for `${NAME}` in package specs. */
export function definedAt(ctx: RuleContext, ins: Instruction): ReadonlySet<string> {
  const names = new Set<string>();
  for (const [name, def] of ctx.model.scopeAt(ins.range.start)) if (def.kind !== 'predefined') names.add(name);
  return names;
}

/** Whether a text uses `${NAME}` or `$NAME` of one of these variables. */
export function usesVariable(text: string, names: ReadonlySet<string>): boolean {
  for (const m of text.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) if (m[1] !== undefined && names.has(m[1])) return true;
  return false;
}

/**
 * hadolint's check of a yum/dnf package spec (DL3033, DL3041): `name-version[-release]` with a version part
 * that starts with a digit, an `.rpm` file, or a `-${VAR}` defined by ARG/ENV.
 */
export function rpmVersionPinned(spec: string, defined: ReadonlySet<string>): boolean {
  // An .rpm file names one exact build (hadolint tests the dash first, so it flags `/tmp/tool.rpm`).
  if (spec.endsWith('.rpm')) return true;
  const parts = spec.split('-');
  if (parts.length <= 1) return false;
  if (spec.includes('$')) return usesVariable(spec, defined);
  const rest = parts.slice(1);
  return rest.every((p) => /^[0-9A-Za-z.~^_:+]*$/.test(p)) && rest.some((p) => /^[0-9]/.test(p));
}

/**
 * The package-manager command that leaves its cache in the layer: the last command passing `install` when no
 * command passing `clean` follows it (hadolint compares the first install with the first clean; a clean
 * between two installs does not remove the second one's cache, so we look at the last install).
 */
export function uncleanedInstall(script: ShellScript, install: (c: ShellCommand) => boolean, clean: (c: ShellCommand) => boolean): ShellCommand | undefined {
  const commands = script.commands;
  let last = -1;
  for (let i = 0; i < commands.length; i++) if (install(commands[i]!)) last = i;
  if (last < 0) return undefined;
  for (let i = last + 1; i < commands.length; i++) if (clean(commands[i]!)) return undefined;
  return commands[last];
}

/** `rm` with an argument under one of these folders (`rm -rf /var/cache/yum/*`). */
export function removesUnder(cmd: ShellCommand, dirs: readonly string[]): boolean {
  if (cmd.name !== 'rm') return false;
  const words = cmd.words;
  for (let i = 1; i < words.length; i++) {
    const a = wordText(words[i]!);
    if (dirs.some((d) => a === d || a.startsWith(d + '/') || a.startsWith(d + '*'))) return true;
  }
  return false;
}

/** Whether a stage is built, through the stages it is built FROM, on `scratch` (empty: no files, WORKDIR `/`). */
export function builtOnScratch(stages: readonly Stage[], stage: Stage): boolean {
  const s = rootStage(stages, stage);
  return (s.resolvedBase ?? s.base?.value ?? '').toLowerCase() === 'scratch';
}

/** Whether a stage's base image (through the stages it is built FROM) is a Windows image. */
export function builtOnWindows(stages: readonly Stage[], stage: Stage): boolean {
  const s = rootStage(stages, stage);
  const base = (s.resolvedBase ?? s.base?.value ?? '').toLowerCase();
  return /(^|\/)windows\/|nanoserver|servercore|windowsservercore/.test(base);
}
