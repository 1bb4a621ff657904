/**
 * hadolint's view of package arguments (src/Hadolint/Shell.hs `dropFlagArg`, `getArgsNoFlags`), shared by the
 * version-pinning and install-option rules DL3008, DL3013–DL3016, DL3018, DL3019, DL3028.
 */
import type { ShellCommand, ShellWord } from '../types';
import { argWords, flags, hasArgIn, wordText } from './commandLine';

/** Argument words that are not flags, after dropping the value word of each flag in `valueFlags` (`-t stable`). */
export function operands(cmd: ShellCommand, valueFlags: readonly string[] = []): ShellWord[] {
  const words = argWords(cmd);
  const isFlag = new Set<number>();
  const dropped = new Set<number>();
  for (const f of flags(cmd)) {
    isFlag.add(f.index);
    const w = words[f.index];
    if (valueFlags.includes(f.name) && w !== undefined && !wordText(w).includes('=')) dropped.add(f.index + 1);
  }
  return words.filter((_w, i) => !isFlag.has(i) && !dropped.has(i));
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
    if (wordText(w) === sub) return w;
  }
  return undefined;
}

export function isAptGetInstall(cmd: ShellCommand): boolean {
  return hasSub(cmd, 'apt-get', ['install']);
}
