import { UnknownInstruction as text } from '../../knowledge/rules/builder/UnknownInstruction';
import { INSTRUCTIONS } from '../../model/phases';
import { builderApplies } from '../buildkit/lib/flags';
import { suggest } from '../buildkit/lib/words';
import { instructionNames, instructionsNamed } from '../named';
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
  check(ctx) {
    if (!builderApplies(ctx.model)) return;
    // The file's few distinct names are tested, not each instruction; most files have no unknown one.
    const names = instructionNames(ctx);
    let unknown: string[] | undefined;
    for (let i = 0; i < names.length; i++) if (!NAMES.has(names[i]!)) (unknown ??= []).push(names[i]!);
    if (unknown === undefined) return;
    const { list } = instructionsNamed(ctx, unknown);
    for (let i = 0; i < list.length; i++) {
      const ins = list[i]!;
      const s = suggest(ins.keyword, UPPER_NAMES, false);
      ctx.report({ range: ins.keywordRange, variant: s === undefined ? 'default' : 'suggest', params: { instruction: ins.keyword, suggestion: s ?? '' } });
    }
  },
};
