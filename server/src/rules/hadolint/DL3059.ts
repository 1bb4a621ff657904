import { DL3059 as text } from '../../knowledge/rules/hadolint/DL3059';
import type { Instruction } from '../../parse/ast';
import type { Rule } from '../types';

/**
 * hadolint DL3059 (src/Hadolint/Rule/DL3059.hs): a RUN right after another RUN (comments between them do not
 * count, any other instruction resets), with the same flags (`--mount`, `--network`, `--security`), where
 * neither has more than two commands (longer chains are deliberate). Reported on the later RUN.
 */
export const rule: Rule = {
  id: 'DL3059',
  source: 'hadolint',
  defaultSeverity: 'info',
  concept: 'image-layers',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3059.hs',
  text,
  instructions: ['run'],
  scope: 'stage',
  check(ctx) {
    const flagsOf = (i: Instruction): string => (i.flags.length === 0 ? '' : i.flags.length === 1 ? i.flags[0]!.word : i.flags.map((f) => f.word).sort().join(' '));
    const count = (i: Instruction): number => ctx.shell(i)?.commands.length ?? 1;
    // Command counts are read only for two RUNs in a row with the same flags.
    let prev: { ins: Instruction; flags: string; count: number | undefined } | undefined;
    for (const ins of ctx.model.parse.instructions) {
      if (ins.name !== 'run') {
        prev = undefined;
        continue;
      }
      const cur: { ins: Instruction; flags: string; count: number | undefined } = { ins, flags: flagsOf(ins), count: undefined };
      if (prev !== undefined && prev.flags === cur.flags && (cur.count = count(ins)) <= 2 && (prev.count ??= count(prev.ins)) <= 2) ctx.report({ range: ins.keywordRange });
      prev = cur;
    }
  },
};
