import { ConsistentInstructionCasing as text } from '../../knowledge/rules/buildkit/ConsistentInstructionCasing';
import type { Instruction } from '../../parse/ast';
import type { Rule } from '../types';

/**
 * BuildKit ConsistentInstructionCasing (dockerfile2llb/validations.go validateCommandCasing): count the
 * keywords of every stage that are all lower or all upper case; every keyword that does not match the
 * majority (ties go to upper case) is reported. ARGs before the first FROM are not part of a stage.
 */
export const rule: Rule = {
  id: 'ConsistentInstructionCasing',
  source: 'buildkit',
  defaultSeverity: 'warning',
  concept: 'dockerfile',
  reference: 'moby/buildkit frontend/dockerfile/linter/ruleset.go; dockerfile2llb/validations.go validateCommandCasing',
  text,
  check(ctx) {
    const all: Instruction[] = [];
    for (const s of ctx.model.stages) for (const ins of s.instructions) all.push(ins);
    let lower = 0;
    let upper = 0;
    for (const ins of all) {
      const k = ins.keyword;
      if (k === k.toLowerCase()) lower++;
      else if (k === k.toUpperCase()) upper++;
    }
    const majorityLower = lower > upper;
    for (const ins of all) {
      const k = ins.keyword;
      const want = majorityLower ? k.toLowerCase() : k.toUpperCase();
      if (want === k) continue;
      ctx.report({
        range: ins.keywordRange,
        variant: majorityLower ? 'lower' : 'default',
        params: { instruction: k },
        fix: { title: majorityLower ? 'toLower' : 'toUpper', edits: [{ range: ins.keywordRange, newText: want }] },
      });
    }
  },
};
