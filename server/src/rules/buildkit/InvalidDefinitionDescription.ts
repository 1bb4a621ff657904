import { InvalidDefinitionDescription as text } from '../../knowledge/rules/buildkit/InvalidDefinitionDescription';
import type { Instruction } from '../../parse/ast';
import type { RuleContext } from '../types';
import type { Rule } from '../types';

function check(ctx: RuleContext, ins: Instruction, keys: readonly string[], instruction: string): void {
  const last = ins.comments[ins.comments.length - 1];
  if (last === undefined || keys.length === 0) return;
  // The first word: `split(' ')[0]` without the split (a runtime call that made every part).
  const space = last.indexOf(' ');
  if (keys.includes(space < 0 ? last : last.slice(0, space))) return;
  ctx.report({
    range: ins.keywordRange,
    params: { instruction, name: keys.length > 1 ? '<arg_key>' : (keys[0] ?? '') },
  });
}

/**
 * BuildKit InvalidDefinitionDescription (instructions/parse.go validateDefinitionDescription; experimental, so off
 * by default): the comment right above `FROM … AS name` or `ARG name` must start with that name (the lower-case
 * stage name; any of the ARG's names), or be separated from it by an empty line.
 */
export const rule: Rule = {
  id: 'InvalidDefinitionDescription',
  source: 'buildkit',
  defaultSeverity: 'warning',
  offByDefault: true,
  concept: 'dockerfile',
  reference: 'moby/buildkit frontend/dockerfile/instructions/parse.go validateDefinitionDescription',
  text,
  scope: 'instruction',
  check(ctx) {
    for (const ins of ctx.model.parse.instructions) {
      // Only a comment right above can be a wrong description (most instructions have none).
      if (ins.comments.length === 0) continue;
      if (ins.name === 'from') {
        const st = ctx.model.stageOf(ins);
        const name = st?.name?.value.toLowerCase();
        if (name !== undefined) check(ctx, ins, [name], 'FROM');
      } else if (ins.name === 'arg') {
        check(ctx, ins, ins.keyValues.map((kv) => kv.key.value), 'ARG');
      }
    }
  },
};
