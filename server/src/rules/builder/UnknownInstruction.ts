import { UnknownInstruction as text } from '../../knowledge/rules/builder/UnknownInstruction';
import { INSTRUCTIONS } from '../../model/phases';
import { builderApplies } from '../buildkit/lib/flags';
import { suggest } from '../buildkit/lib/words';
import type { Rule } from '../types';

/** BuildKit instructions/parse.go ParseInstructionWithLinter: `unknown instruction: FOO`, with a "did you mean" suggestion. */
const UPPER_NAMES: readonly string[] = INSTRUCTIONS.map((n) => n.toUpperCase());
/** `isInstructionName` as one lookup per instruction (it scans the list of names). */
const NAMES: ReadonlySet<string> = new Set(INSTRUCTIONS);

export const rule: Rule = {
  id: 'UnknownInstruction',
  source: 'builder',
  defaultSeverity: 'error',
  concept: 'dockerfile',
  reference: 'moby/buildkit frontend/dockerfile/instructions/parse.go ParseInstructionWithLinter',
  text,
  scope: 'instruction',
  check(ctx) {
    if (!builderApplies(ctx.model)) return;
    for (const ins of ctx.model.parse.instructions) {
      if (NAMES.has(ins.name)) continue;
      const s = suggest(ins.keyword, UPPER_NAMES, false);
      ctx.report({ range: ins.keywordRange, variant: s === undefined ? 'default' : 'suggest', params: { instruction: ins.keyword, suggestion: s ?? '' } });
    }
  },
};
