/**
 * Runs the `shellcheck` program on one script (stdin, `--format=json1`) and reads its answer defensively: a missing
 * program, a timeout, a crash or output that is not ShellCheck's JSON give a reason, never an exception.
 * Synchronous on purpose: it runs in the lint worker thread (lsp/lintWorker.ts) or in the CLI.
 */
import { spawnSync } from 'node:child_process';
import type { CheckShell } from './script';

export type ShellCheckLevel = 'error' | 'warning' | 'info' | 'style';

export interface Replacement {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly replacement: string;
}

/** One comment of ShellCheck's json1 output (positions 1-based, end exclusive). */
export interface ShellCheckComment {
  readonly code: number;
  readonly level: ShellCheckLevel;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly replacements: readonly Replacement[] | undefined;
}

export type RunResult = { readonly ok: true; readonly comments: readonly ShellCheckComment[] } | { readonly ok: false; readonly reason: string };

/** Codes hadolint excludes for Dockerfiles (src/Hadolint/Shell.hs): source directives cannot be written, ash is checked as dash. */
export const EXCLUDED_CODES = ['SC1090', 'SC1091', 'SC2187'] as const;

const LEVELS: readonly string[] = ['error', 'warning', 'info', 'style'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isPosition(v: Record<string, unknown>): boolean {
  return ['line', 'column', 'endLine', 'endColumn'].every((k) => Number.isInteger(v[k]) && (v[k] as number) >= 1);
}

function replacementsOf(fix: unknown): Replacement[] | undefined {
  if (!isRecord(fix) || !Array.isArray(fix['replacements'])) return undefined;
  const out: Replacement[] = [];
  for (const r of fix['replacements'] as unknown[]) {
    if (!isRecord(r) || !isPosition(r) || typeof r['replacement'] !== 'string') return undefined;
    out.push({ line: r['line'] as number, column: r['column'] as number, endLine: r['endLine'] as number, endColumn: r['endColumn'] as number, replacement: r['replacement'] });
  }
  return out.length === 0 ? undefined : out;
}

/** Reads json1 output; undefined when it is not that format. Malformed comments are skipped. */
export function parseJson1(stdout: string): ShellCheckComment[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed) || !Array.isArray(parsed['comments'])) return undefined;
  const out: ShellCheckComment[] = [];
  for (const c of parsed['comments'] as unknown[]) {
    if (!isRecord(c) || !isPosition(c) || !Number.isInteger(c['code']) || typeof c['message'] !== 'string') continue;
    const level = typeof c['level'] === 'string' && LEVELS.includes(c['level']) ? (c['level'] as ShellCheckLevel) : undefined;
    if (level === undefined) continue;
    out.push({
      code: c['code'] as number,
      level,
      message: c['message'],
      line: c['line'] as number,
      column: c['column'] as number,
      endLine: c['endLine'] as number,
      endColumn: c['endColumn'] as number,
      replacements: replacementsOf(c['fix']),
    });
  }
  return out;
}

/** Results by program, shell and script: while a file is edited, only the changed RUN is checked again. */
const cache = new Map<string, readonly ShellCheckComment[]>();
const CACHE_SIZE = 2000;

export function runShellCheck(program: string, shell: CheckShell, script: string, timeoutMs: number): RunResult {
  const key = `${program}\0${shell}\0${script}`;
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.delete(key);
    cache.set(key, hit);
    return { ok: true, comments: hit };
  }
  const args = ['--format=json1', `--shell=${shell}`, `--exclude=${EXCLUDED_CODES.join(',')}`, '--norc', '-'];
  let r: ReturnType<typeof spawnSync>;
  try {
    r = spawnSync(program, args, { input: script, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 32 * 1024 * 1024, windowsHide: true, shell: false });
  } catch (e) {
    return { ok: false, reason: `cannot run ${program}: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (r.error !== undefined) {
    const code = (r.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: `${program} not found (install ShellCheck or set dockerfileTutor.shellcheck.path)` };
    if (code === 'ETIMEDOUT') return { ok: false, reason: `${program} took longer than ${timeoutMs} ms and was stopped` };
    return { ok: false, reason: `cannot run ${program}: ${r.error.message}` };
  }
  if (r.signal !== null) return { ok: false, reason: `${program} was stopped by ${r.signal}` };
  const stdout = typeof r.stdout === 'string' ? r.stdout : '';
  const stderr = typeof r.stderr === 'string' ? r.stderr : '';
  // ShellCheck exits 0 without and 1 with findings; 2 and above are its own failures (bad option, unknown shell…).
  if (r.status !== 0 && r.status !== 1) {
    const detail = stderr.trim().split('\n')[0]?.slice(0, 200) ?? '';
    return { ok: false, reason: `${program} exited with status ${String(r.status)}${detail === '' ? '' : `: ${detail}`}` };
  }
  const comments = parseJson1(stdout);
  if (comments === undefined) return { ok: false, reason: `${program} printed something that is not ShellCheck's json1 output: ${JSON.stringify(stdout.slice(0, 80))}` };
  cache.set(key, comments);
  if (cache.size > CACHE_SIZE) {
    const oldest = cache.keys().next();
    if (oldest.done !== true) cache.delete(oldest.value);
  }
  return { ok: true, comments };
}
