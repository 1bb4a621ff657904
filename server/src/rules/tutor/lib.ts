/** Helpers shared by Dockerfile Tutor's own rules. */
import type { Instruction, Token } from '../../parse/ast';
import type { Stage } from '../../model/model';
import { argWords, wordFirstCode } from '../hadolint/commandLine';
import { dropEndQuotes } from '../strings';
import type { ShellCommand, ShellWord } from '../types';

/** The last path segment, without trailing slashes (`/usr/bin/npm` → `npm`, `./mvnw` → `mvnw`). */
export function baseName(p: string): string {
  if (!p.includes('/')) return p;
  // The text after the last `/` once trailing slashes are off (no regular expression, no split).
  let end = p.length;
  while (end > 0 && p.charCodeAt(end - 1) === 47) end--;
  return p.slice(p.lastIndexOf('/', end - 1) + 1, end);
}

/** The command name without its folder. */
export function commandName(cmd: ShellCommand): string {
  return baseName(cmd.name);
}

/** Arguments after the command name that do not start with `-`, as text. */
export function nonFlagArgs(cmd: ShellCommand): ShellWord[] {
  return argWords(cmd).filter((w) => wordFirstCode(w) !== 45);
}

/** Shared, not frozen (`for…of` over a frozen array allocates in Node 20's optimized code); read-only by type. */
const NO_TOKENS: readonly Token[] = [];

/** Sources of a COPY/ADD that reads the build context (none for `--from`, heredoc sources excluded). */
export function contextSources(ins: Instruction): readonly Token[] {
  if (ins.name !== 'copy' && ins.name !== 'add') return NO_TOKENS;
  const flags = ins.flags;
  for (let i = 0; i < flags.length; i++) if (flags[i]!.name === 'from') return NO_TOKENS;
  // The path words (`pathWords`) but the last, in one walk (two rules ask for every COPY and ADD).
  const nodes = ins.argNodes;
  let last = nodes.length - 1;
  while (last >= 0 && 'child' in nodes[last]!) last--;
  let out: Token[] | undefined;
  for (let i = 0; i < last; i++) {
    const n = nodes[i]!;
    if (!('child' in n) && !n.value.startsWith('<<')) (out ??= []).push(n);
  }
  return out ?? NO_TOKENS;
}

/** Whether a source copies the whole build context: `.`, `./`, `*`, `./*`. */
export function isWholeContext(source: string): boolean {
  return /^(?:\.\/?|\.?\/?\*|\.\/\.)$/.test(dropEndQuotes(source).trim());
}

/** Whether a source is a URL or a Git repository (ADD). */
export function isRemote(source: string): boolean {
  return /^(?:https?|git|ssh):\/\//i.test(dropEndQuotes(source)) || /^git@/.test(dropEndQuotes(source));
}

/** The stages of the final image, root first, then up to the target. */
export function finalChainInOrder(stages: readonly Stage[], finalChain: ReadonlySet<number>): Stage[] {
  return stages.filter((s) => finalChain.has(s.index));
}

/** Fields of a `--mount=…` flag value. */
export function mountFields(value: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const part of value.split(',')) {
    const eq = part.indexOf('=');
    const k = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    fields.set(k, eq < 0 ? '' : part.slice(eq + 1).trim().replace(/^["']|["']$/g, ''));
  }
  return fields;
}

/** Mount types of a RUN (`bind` when no type is given). */
export function mountTypes(run: Instruction): string[] {
  return run.flags.filter((f) => f.name === 'mount' && f.value !== undefined).map((f) => mountFields(f.value ?? '').get('type') ?? 'bind');
}
