import { DuplicateFlag as text } from '../../knowledge/rules/builder/DuplicateFlag';
import { builderApplies, flagError } from '../buildkit/lib/flags';
import { instructionsWithFlags } from '../named';
import type { Rule } from '../types';

/** BuildKit instructions/bflag.go BFlags.Parse: a flag given twice (`--mount`, `--device` and `--exclude` may repeat). */
export const rule: Rule = {
  id: 'DuplicateFlag',
  source: 'builder',
  defaultSeverity: 'error',
  concept: 'dockerfile',
  reference: 'moby/buildkit frontend/dockerfile/instructions/bflag.go',
  text,
  check(ctx) {
    if (!builderApplies(ctx.model)) return;
    // Most instructions have no flag, hence no flag error: only those with one are walked.
    const { list } = instructionsWithFlags(ctx);
    for (let i = 0; i < list.length; i++) {
      const e = flagError(list[i]!);
      if (e?.kind === 'duplicate') ctx.report({ range: e.flag.range, params: { flag: `--${e.flag.name}` } });
    }
  },
};
