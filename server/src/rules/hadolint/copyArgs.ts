/** Sources and destination of COPY and ADD (BuildKit's argument words after the flags). */
import type { Instruction, Token } from '../../parse/ast';
import { dropEndQuotes } from '../strings';

export function pathWords(ins: Instruction): Token[] {
  return ins.argNodes.filter((n): n is Token => !('child' in n));
}


/** hadolint's archiveFileFormatExtensions (src/Hadolint/Rule.hs): what ADD extracts (no .zip: ADD does not unpack it). */
export const ARCHIVE_EXTENSIONS = ['.tar', '.Z', '.bz2', '.gz', '.lz', '.lzma', '.tZ', '.tb2', '.tbz', '.tbz2', '.tgz', '.tlz', '.tpz', '.txz', '.xz'];

export function isArchive(path: string): boolean {
  const p = dropEndQuotes(path);
  // Each extension has one dot, its first character: `p` ends with one exactly when its text from its last dot is
  // that extension (one search for the dot, then length tests, instead of an `endsWith` per extension).
  const dot = p.lastIndexOf('.');
  if (dot < 0) return false;
  const tail = p.length - dot;
  for (let i = 0; i < ARCHIVE_EXTENSIONS.length; i++) {
    const e = ARCHIVE_EXTENSIONS[i]!;
    if (e.length === tail && p.startsWith(e, dot)) return true;
  }
  return false;
}

export function flagValue(ins: Instruction, name: string): Token | undefined {
  const f = ins.flags.find((x) => x.name === name);
  return f?.value === undefined || f.valueRange === undefined ? undefined : { value: f.value, range: f.valueRange };
}
