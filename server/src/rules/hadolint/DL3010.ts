import { DL3010 as text } from '../../knowledge/rules/hadolint/DL3010';
import type { Instruction } from '../../parse/ast';
import type { Rule, ShellCommand } from '../types';
import { args, wordText } from './commandLine';
import { flagValue, isArchive, pathWords } from './copyArgs';
import { dropEndQuotes } from '../strings';
import { operands } from './packages';

const UNPACKERS = new Set(['unzip', 'gunzip', 'bunzip2', 'unlzma', 'unxz', 'zgz', 'uncompress', 'zcat', 'gzcat']);

function basename(p: string): string {
  const s = dropEndQuotes(p);
  return s.slice(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
}

function extracts(cmd: ShellCommand): boolean {
  if (UNPACKERS.has(cmd.name)) return true;
  return cmd.name === 'tar' && args(cmd).some((a) => a === '--extract' || a === '--get' || (a.startsWith('-') && !a.startsWith('--') && a.includes('x')));
}

/**
 * hadolint DL3010 (src/Hadolint/Rule/DL3010.hs): a local archive copied with COPY (the destination when it is an
 * archive name, else each archive source) and then unpacked in the same stage by `tar -x`/`--extract`/`--get` or
 * `unzip`, `gunzip`, … naming it (by base name). COPY --from is not local. The finding is on the COPY.
 */
export const rule: Rule = {
  id: 'DL3010',
  source: 'hadolint',
  defaultSeverity: 'info',
  concept: 'image-layers',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3010.hs',
  text,
  instructions: ['copy'],
  scope: 'stage',
  check(ctx) {
    for (const stage of ctx.model.stages) {
      // Made at the first COPY (most stages have no archive to look for).
      let archives: { ins: Instruction; name: string }[] | undefined;
      let reported: Set<Instruction> | undefined;
      for (const ins of stage.instructions) {
        if (ins.name === 'copy' && flagValue(ins, 'from') === undefined) {
          archives ??= [];
          const words = pathWords(ins);
          const dest = words[words.length - 1];
          if (dest === undefined || words.length < 2) continue;
          if (isArchive(dest.value)) archives.push({ ins, name: basename(dest.value) });
          else for (const s of words.slice(0, -1)) if (isArchive(s.value)) archives.push({ ins, name: basename(s.value) });
          continue;
        }
        const script = ins.name === 'run' && archives !== undefined && archives.length > 0 && ctx.isPosixShell(ins) ? ctx.shell(ins) : undefined;
        if (script === undefined || archives === undefined) continue;
        reported ??= new Set<Instruction>();
        for (const cmd of script.commands) {
          if (!extracts(cmd)) continue;
          const names = operands(cmd).map((w) => basename(wordText(w)));
          for (const a of archives) {
            if (!names.includes(a.name) || reported.has(a.ins)) continue;
            reported.add(a.ins);
            ctx.report({ range: a.ins.textRange, params: { archive: a.name } });
          }
        }
      }
    }
  },
};
