/**
 * ShellCheck findings as lint rules: one rule object per SC code (and level) found in the document, so the findings
 * go through `lint()` like every other rule and `# hadolint ignore=SC2086`, `.hadolint.yaml` `ignored`/`override`
 * and `dockerfileTutor.rules` apply to them. Off unless the caller passes options (the setting
 * `dockerfileTutor.shellcheck.enable`, or `dockerfile-tutor lint --shellcheck`).
 *
 * Levels: ShellCheck's `error` becomes `warning` (the builder does not reject a script ShellCheck dislikes:
 * `error` is kept for what the builder rejects), the others keep their level.
 */
import type { Severity } from '../../../common/src/protocol';
import type { Edit, Fix, Report, Rule } from '../rules/types';
import type { DockerfileModel } from '../model/model';
import { SHELLCHECK_TEXT } from '../knowledge/rules/shellcheck';
import { documentOffset, runScriptOf, scriptSlice, shellsOf, type RunScript } from './script';
import { runShellCheck, type ShellCheckComment, type ShellCheckLevel } from './run';

export interface ShellCheckOptions {
  /** The program: a name looked up on PATH, or a path. */
  readonly path: string;
  /** Time allowed for one document, all its RUNs together (default 10 s). */
  readonly timeoutMs?: number;
  /** Where failures are reported (a missing program, a timeout, garbage output). */
  readonly log?: (message: string) => void;
}

/** The settings value (`dockerfileTutor.shellcheck`). */
export interface ShellCheckSettings {
  readonly enable: boolean;
  readonly path: string | undefined;
}

export const DEFAULT_SHELLCHECK_PROGRAM = 'shellcheck';

/** ShellCheck codes as we report them: `SC2086`. */
export const SHELLCHECK_CODE = /^SC\d{4}$/;

export function shellcheckWikiUrl(code: string): string {
  return `https://www.shellcheck.net/wiki/${code}`;
}

const SEVERITY: Readonly<Record<ShellCheckLevel, Severity>> = { error: 'warning', warning: 'warning', info: 'info', style: 'style' };

const DEFAULT_TIMEOUT_MS = 10_000;

/** The last failure logged per program: a failing program is reported once, not on every keystroke. */
const lastFailure = new Map<string, string>();

function rangeOf(script: RunScript, c: { line: number; column: number; endLine: number; endColumn: number }): { start: number; end: number } | undefined {
  const start = documentOffset(script, c.line, c.column, false);
  if (start === undefined) return undefined;
  const empty = c.line === c.endLine && c.endColumn <= c.column;
  const end = empty ? start : documentOffset(script, c.endLine, c.endColumn, true);
  if (end === undefined || end < start) return { start, end: start };
  return { start, end };
}

/** ShellCheck's suggested fix as document edits, only when every replaced piece maps one to one onto the document. */
function fixOf(model: DockerfileModel, script: RunScript, c: ShellCheckComment): Fix | undefined {
  if (c.replacements === undefined) return undefined;
  const edits: Edit[] = [];
  for (const r of c.replacements) {
    if (r.line !== r.endLine) return undefined;
    const range = rangeOf(script, r);
    if (range === undefined || model.parse.text.slice(range.start, range.end) !== scriptSlice(script, r.line, r.column, r.endColumn)) return undefined;
    edits.push({ range, newText: r.replacement });
  }
  edits.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  for (let i = 1; i < edits.length; i++) if ((edits[i]?.range.start ?? 0) < (edits[i - 1]?.range.end ?? 0)) return undefined;
  return { title: 'shellcheckFix', edits };
}

/**
 * Runs ShellCheck on every shell-form RUN (and `RUN <<EOF` shell body) and returns one rule per SC code and level,
 * whose check reports the findings. Empty when the program is missing or fails (logged once per program).
 */
export function shellcheckRules(model: DockerfileModel, options: ShellCheckOptions): Rule[] {
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const groups = new Map<string, { code: string; level: ShellCheckLevel; reports: Report[] }>();
  for (const [ins, shell] of shellsOf(model)) {
    const script = runScriptOf(model, ins, shell);
    if (script === undefined) continue;
    const left = deadline - Date.now();
    const result = left <= 0
      ? { ok: false as const, reason: `${options.path} took longer than ${options.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms for the document; the remaining RUN instructions were not checked` }
      : runShellCheck(options.path, script.shell, script.text, left);
    if (!result.ok) {
      if (lastFailure.get(options.path) !== result.reason) options.log?.(`ShellCheck: ${result.reason}`);
      lastFailure.set(options.path, result.reason);
      break;
    }
    lastFailure.delete(options.path);
    for (const c of result.comments) {
      const range = rangeOf(script, c);
      if (range === undefined) continue;
      const code = `SC${c.code}`;
      const key = `${code}/${c.level}`;
      const group = groups.get(key) ?? { code, level: c.level, reports: [] };
      groups.set(key, group);
      group.reports.push({ range, params: { message: c.message }, fix: fixOf(model, script, c) });
    }
  }
  return [...groups.values()].map(({ code, level, reports }): Rule => {
    const severity = SEVERITY[level];
    return {
      id: code,
      source: 'shellcheck',
      defaultSeverity: severity,
      ...(level === 'error' ? { upstreamSeverity: 'error' as const } : {}),
      text: SHELLCHECK_TEXT,
      concept: 'shell-and-exec-form',
      reference: shellcheckWikiUrl(code),
      check: (ctx) => {
        for (const r of reports) ctx.report(r);
      },
    };
  });
}
