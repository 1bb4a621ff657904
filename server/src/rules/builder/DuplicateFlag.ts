import { DuplicateFlag as text } from '../../knowledge/rules/builder/DuplicateFlag';
import { builderApplies, flagError } from '../buildkit/lib/flags';
import type { Rule } from '../types';

/** BuildKit instructions/bflag.go BFlags.Parse: a flag given twice (`--mount`, `--device` and `--exclude` may repeat). */
export const rule: Rule = {
  id: 'DuplicateFlag',
  source: 'builder',
  defaultSeverity: 'error',
  concept: 'dockerfile',
  reference: 'moby/buildkit frontend/dockerfile/instructions/bflag.go',
  text,
  scope: 'instruction',
  check(ctx) {
    if (!builderApplies(ctx.model)) return;
    for (const ins of ctx.model.parse.instructions) {
      // Most instructions have no flag, hence no flag error: no call for them.
      if (ins.flags.length === 0) continue;
      const e = flagError(ins);
      if (e?.kind === 'duplicate') ctx.report({ range: e.flag.range, params: { flag: `--${e.flag.name}` } });
    }
  },
};
