/** Sources and destination of COPY and ADD (BuildKit's argument words after the flags). */
import type { Instruction, Token } from '../../parse/ast';
import { dropEndQuotes } from '../strings';

export function pathWords(ins: Instruction): Token[] {
  return ins.argNodes.filter((n): n is Token => !('child' in n));
}

export function dropQuotes(s: string): string {
  return dropEndQuotes(s);
}

/** hadolint's archiveFileFormatExtensions (src/Hadolint/Rule.hs): what ADD extracts (no .zip: ADD does not unpack it). */
export const ARCHIVE_EXTENSIONS = ['.tar', '.Z', '.bz2', '.gz', '.lz', '.lzma', '.tZ', '.tb2', '.tbz', '.tbz2', '.tgz', '.tlz', '.tpz', '.txz', '.xz'];

export function isArchive(path: string): boolean {
  const p = dropQuotes(path);
  return ARCHIVE_EXTENSIONS.some((e) => p.endsWith(e));
}

export function flagValue(ins: Instruction, name: string): Token | undefined {
  const f = ins.flags.find((x) => x.name === name);
  return f?.value === undefined || f.valueRange === undefined ? undefined : { value: f.value, range: f.valueRange };
}
