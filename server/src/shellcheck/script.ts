/**
 * The script ShellCheck reads for one RUN, line by line, each line knowing where its characters sit in the
 * document, and the shell to check it as.
 *
 * What hadolint does (src/Hadolint/Shell.hs `shellcheck`, src/Hadolint/Rule/Shellcheck.hs), which we follow:
 * - the shell is the first word of the stage's SHELL (or of a `# hadolint shell=` pragma), `/bin/sh` by default
 *   (we add: `cmd`, so nothing is checked, on Windows base images, as BuildKit runs RUN there with `cmd /S /C`);
 *   SHELL resets at FROM, except that a stage built FROM an earlier stage keeps that stage's shell;
 *   non-POSIX shells (powershell, pwsh, cmd) are not checked;
 * - the ARG and ENV names of the stage, and the proxy ARGs BuildKit always passes to RUN, are exported at the top
 *   of the script, so ShellCheck does not call them unassigned (SC2154). hadolint writes `export NAME=1`; we write
 *   `export NAME` without a value, because a known value such as `1` also hides SC2086 (unquoted `$VERSION`);
 * - SC1090, SC1091 (they need a `# shellcheck source=` directive) and SC2187 (ash checked as dash) are excluded.
 * Where we differ: the variables in scope are the model's (BuildKit's scoping: a global ARG counts only when
 * redeclared in the stage; ENV of a parent stage counts), and a `RUN <<EOF` body with a shebang is checked as the
 * shebang's shell, because BuildKit runs such a body directly as a program.
 */
import type { Instruction } from '../parse/ast';
import { rootStage, type DockerfileModel, type Stage } from '../model/model';
import { shellScriptOf } from '../shell/shell';
import { builtOnWindows } from '../rules/hadolint/commandLine';

/** Shells ShellCheck knows (`--shell`). */
export type CheckShell = 'sh' | 'bash' | 'dash' | 'ksh';

/** One line of the checked script; `toDocument` is undefined for lines we added (the exports). */
export interface ScriptLine {
  readonly text: string;
  /** Document offset of the UTF-16 index `i` of `text` (0 ≤ i < text.length, or 0 for an empty line). */
  readonly toDocument: ((i: number) => number) | undefined;
}

export interface RunScript {
  readonly instruction: Instruction;
  readonly shell: CheckShell;
  readonly lines: readonly ScriptLine[];
  /** The lines joined with `\n`: what ShellCheck reads on stdin. */
  readonly text: string;
}

/** Proxy ARGs BuildKit passes to every RUN without a declaration (and hadolint's default variables). */
const PROXY_ARGS = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy'];

const SHELL_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The ShellCheck dialect of a shell program (`/bin/bash`, `busybox sh`); undefined when ShellCheck cannot check it. */
export function checkShellOf(words: readonly string[]): CheckShell | undefined {
  const base = (w: string | undefined): string => (w ?? '').replace(/\\/g, '/').split('/').pop()?.toLowerCase().replace(/\.exe$/, '') ?? '';
  let name = base(words[0]);
  let rest = words.slice(1);
  if (name === 'env') {
    while (rest[0]?.startsWith('-') === true || rest[0]?.includes('=') === true) rest = rest.slice(1);
    name = base(rest[0]);
    rest = rest.slice(1);
  }
  if (name === 'busybox') name = rest.length === 0 || base(rest[0]) === 'sh' || base(rest[0]) === 'ash' ? 'ash' : '';
  switch (name) {
    case 'sh':
    case 'bash':
    case 'dash':
    case 'ksh':
      return name;
    case 'ash': // ShellCheck checks ash as dash (its SC2187)
      return 'dash';
    case 'mksh':
    case 'pdksh':
    case 'oksh':
    case 'ksh93':
      return 'ksh';
    default:
      return undefined;
  }
}

/** The words of a SHELL instruction's JSON array. */
function shellWords(ins: Instruction): string[] {
  return ins.argNodes.flatMap((n) => ('child' in n ? [] : [n.value]));
}

/** Per RUN (ONBUILD triggers included), the shell the stage runs it with: undefined when not checkable. */
export function shellsOf(model: DockerfileModel): Map<Instruction, CheckShell | undefined> {
  const out = new Map<Instruction, CheckShell | undefined>();
  // Comments and instructions in document order, so a pragma applies from where it is written.
  const pragmas = model.parse.comments
    .filter((c) => !c.insideInstruction)
    .map((c) => ({ line: c.line, m: /^hadolint\s+shell\s*=\s*(\S+)/.exec(c.text) }))
    .filter((p) => p.m !== null)
    .map((p) => ({ line: p.line, shell: checkShellOf((p.m?.[1] ?? '').split(/\s+/)) }));
  let pragmaIndex = 0;
  let defaultShell: CheckShell | undefined = 'sh';
  let pragmaSeen = false;
  const lastShellOfStage: (CheckShell | undefined)[] = [];
  for (const stage of model.stages) {
    // Windows images run RUN with `cmd /S /C` unless SHELL says otherwise (a pragma is the user's word, it wins).
    let shell: CheckShell | undefined = !pragmaSeen && onWindows(model, stage) ? undefined : defaultShell;
    if (stage.baseStage !== undefined && stage.baseStage < lastShellOfStage.length) shell = lastShellOfStage[stage.baseStage];
    for (const ins of stage.instructions) {
      while (pragmaIndex < pragmas.length && (pragmas[pragmaIndex]?.line ?? Infinity) < ins.startLine) {
        shell = pragmas[pragmaIndex]?.shell;
        defaultShell = shell;
        pragmaSeen = true;
        pragmaIndex++;
      }
      if (ins.name === 'shell') shell = checkShellOf(shellWords(ins));
      if (ins.name === 'run') out.set(ins, shell);
      if (ins.onbuild?.name === 'run') out.set(ins.onbuild, shell);
    }
    lastShellOfStage[stage.index] = shell;
  }
  return out;
}

/** builtOnWindows, plus the bare `mcr.microsoft.com/windows:TAG` image its pattern misses. */
function onWindows(model: DockerfileModel, stage: Stage): boolean {
  if (builtOnWindows(model.stages, stage)) return true;
  const s = rootStage(model.stages, stage);
  return /(^|\/)windows(?:[:@]|$)/.test((s.resolvedBase ?? s.base?.value ?? '').toLowerCase());
}

/** Splits a text into script lines; `map` gives the document offset of each index of `text`. */
function linesOf(text: string, map: (i: number) => number): ScriptLine[] {
  const out: ScriptLine[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const lineEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    const from = start;
    out.push({ text: text.slice(start, lineEnd), toDocument: (i) => map(from + i) });
    if (nl < 0) return out;
    start = nl + 1;
  }
}

/** The script of a RUN as ShellCheck reads it, or undefined when it is no shell script ShellCheck can check. */
export function runScriptOf(model: DockerfileModel, ins: Instruction, stageShell: CheckShell | undefined): RunScript | undefined {
  const analysed = shellScriptOf(ins);
  if (analysed === undefined) return undefined;
  const doc = model.parse.text;
  let body: ScriptLine[];
  let shell = stageShell;
  const first = ins.heredocs[0];
  if (analysed.source === 'heredoc' && first !== undefined) {
    // BuildKit runs the body itself as the script; `<<-` tabs are left in: ShellCheck reads them as the shell would.
    const start = first.bodyRange.start;
    const text = doc.slice(start, first.bodyRange.end).replace(/\r?\n$/, '');
    body = linesOf(text, (i) => start + i);
    const shebang = /^#!\s*(\S+)(?:[ \t]+(.*))?$/.exec(body[0]?.text ?? '');
    if (shebang !== null) shell = checkShellOf([shebang[1] ?? '', ...(shebang[2] ?? '').trim().split(/\s+/)]);
  } else {
    // The same mapping as the shell analysis (shell/shell.ts): `args` is a slice of the logical line `original`.
    const args = ins.args.value;
    const from = ins.original.lastIndexOf(args);
    const base = from < 0 ? 0 : from;
    const linear = ins.args.range.end - ins.args.range.start === args.length;
    const argsStart = ins.args.range.start;
    body = linesOf(args, linear ? (o) => argsStart + o : (o) => ins.toSource(base + o));
    // Heredocs read by the command (`cat <<EOF > file`): their bodies and terminators follow, as the shell sees them.
    const last = ins.heredocs[ins.heredocs.length - 1];
    if (first !== undefined && last !== undefined) {
      const start = first.bodyRange.start;
      const end = last.terminatorRange?.end ?? last.bodyRange.end;
      body.push(...linesOf(doc.slice(start, end).replace(/\r?\n$/, ''), (i) => start + i));
    }
  }
  if (shell === undefined) return undefined;
  const names = new Set(PROXY_ARGS);
  for (const name of model.scopeAt(ins.range.start).keys()) if (SHELL_NAME.test(name)) names.add(name);
  const exports: ScriptLine = { text: `export ${[...names].sort().join(' ')}`, toDocument: undefined };
  const firstLine = body[0];
  const lines = firstLine !== undefined && firstLine.text.startsWith('#!') ? [firstLine, exports, ...body.slice(1)] : [exports, ...body];
  return { instruction: ins, shell, lines, text: lines.map((l) => l.text).join('\n') + '\n' };
}

/** The UTF-16 index of a 1-based ShellCheck column (ShellCheck counts code points, a tab as one). */
function indexOfColumn(text: string, column: number): number {
  let i = 0;
  for (let c = 1; c < column && i < text.length; c++) {
    const code = text.charCodeAt(i);
    i += code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
  }
  return i;
}

/** Document offset of a 1-based ShellCheck position, as the start (`edge` false) or end (`edge` true) of a range. */
export function documentOffset(script: RunScript, line: number, column: number, edge: boolean): number | undefined {
  const l = script.lines[line - 1];
  if (l === undefined || l.toDocument === undefined) return undefined;
  const i = indexOfColumn(l.text, column);
  if (l.text.length === 0) return l.toDocument(0);
  // An end position maps the character before it, so a range never swallows a line continuation after it.
  if (edge || i >= l.text.length) return i === 0 ? l.toDocument(0) : l.toDocument(Math.min(i, l.text.length) - 1) + 1;
  return l.toDocument(i);
}

/** The script text between two 1-based ShellCheck positions on one line (for checking a fix maps one to one). */
export function scriptSlice(script: RunScript, line: number, column: number, endColumn: number): string | undefined {
  const l = script.lines[line - 1];
  if (l === undefined) return undefined;
  return l.text.slice(indexOfColumn(l.text, column), indexOfColumn(l.text, endColumn));
}
