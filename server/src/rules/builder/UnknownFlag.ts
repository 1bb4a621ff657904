import { UnknownFlag as text } from '../../knowledge/rules/builder/UnknownFlag';
import { builderApplies, flagError } from '../buildkit/lib/flags';
import type { Rule } from '../types';

/**
 * BuildKit instructions/bflag.go BFlags.Parse: a flag the instruction does not declare (`unknown flag: --x`, with a
 * suggestion). STOPSIGNAL, ARG and `HEALTHCHECK NONE` never parse their flags, so nothing is reported there.
 */
export const rule: Rule = {
  id: 'UnknownFlag',
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
      if (e?.kind !== 'unknown') continue;
      ctx.report({
        range: e.flag.range,
        variant: e.suggestion === undefined ? 'default' : 'suggest',
        params: { flag: `--${e.flag.name}`, instruction: ins.keyword.toUpperCase(), suggestion: e.suggestion === undefined ? '' : `--${e.suggestion}` },
      });
    }
  },
};
