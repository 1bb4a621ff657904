/**
 * hadolint's view of package arguments (src/Hadolint/Shell.hs `dropFlagArg`, `getArgsNoFlags`), shared by the
 * version-pinning and install-option rules DL3008, DL3013–DL3016, DL3018, DL3019, DL3028.
 */
import type { ShellCommand, ShellWord } from '../types';
import { hasArgIn, wordFirstCode, wordIs, wordText } from './commandLine';

/** Argument words that are not flags, after dropping the value word of each flag in `valueFlags` (`-t stable`). */
export function operands(cmd: ShellCommand, valueFlags: readonly string[] = []): ShellWord[] {
  // One walk, no index sets: a flag word is dropped, and so is the word after a value flag written without `=`.
  const words = cmd.words;
  const out: ShellWord[] = [];
  let dropNext = false;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    const drop = dropNext;
    dropNext = false;
    if (wordFirstCode(w) === 45) {
      const a = wordText(w);
      if (a !== '--' && a !== '-') {
        if (valueFlags.length > 0 && !a.includes('=') && namesFlag(a, valueFlags)) dropNext = true;
        continue;
      }
    }
    if (!drop) out.push(w);
  }
  return out;
}

/** Whether a flag word (`--name`, or `-abc` for a, b and c) names one of `names`; the word has no `=`. */
function namesFlag(a: string, names: readonly string[]): boolean {
  if (a.charCodeAt(1) === 45) return names.includes(a.slice(2));
  for (let i = 1; i < a.length; i++) if (names.includes(a[i]!)) return true;
  return false;
}

/** The command is `name` with one of `subcommands` among its arguments (hadolint's cmdHasArgs). */
export function hasSub(cmd: ShellCommand, name: string, subcommands: readonly string[]): boolean {
  return cmd.name === name && hasArgIn(cmd, subcommands);
}

/** The first argument word equal to `sub`. */
export function subWord(cmd: ShellCommand, sub: string): ShellWord | undefined {
  const words = cmd.words;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (wordIs(w, sub)) return w;
  }
  return undefined;
}

export function isAptGetInstall(cmd: ShellCommand): boolean {
  return hasSub(cmd, 'apt-get', ['install']);
}
