import { MultipleInstructionsDisallowed as text } from '../../knowledge/rules/buildkit/MultipleInstructionsDisallowed';
import type { Instruction } from '../../parse/ast';
import { instructionsNamed } from '../named';
import type { Rule } from '../types';

const ONCE: readonly string[] = ['cmd', 'entrypoint', 'healthcheck'];

/**
 * BuildKit MultipleInstructionsDisallowed (dockerfile2llb/validations.go validateUsedOnce, from dispatchCmd,
 * dispatchEntrypoint, dispatchHealthcheck): a second CMD, ENTRYPOINT or HEALTHCHECK in one stage reports the
 * previous one, which is the one that has no effect. hadolint DL4003/DL4004 are close but report the later
 * instruction and do not cover HEALTHCHECK, so they stay separate rules.
 */
export const rule: Rule = {
  id: 'MultipleInstructionsDisallowed',
  source: 'buildkit',
  defaultSeverity: 'warning',
  concept: 'image-metadata',
  reference: 'moby/buildkit frontend/dockerfile/dockerfile2llb/validations.go validateUsedOnce',
  text,
  check(ctx) {
    const { list, stages, first } = instructionsNamed(ctx, ONCE);
    let stage = -1;
    // Made at the stage's first such instruction (most stages have one CMD at most and no map is needed before).
    let last: Map<string, Instruction> | undefined;
    for (let i = first; i < list.length; i++) {
      const ins = list[i]!;
      if (stages[i] !== stage) {
        stage = stages[i]!;
        last = undefined;
      }
      last ??= new Map();
      const prev = last.get(ins.name);
      if (prev !== undefined) ctx.report({ range: prev.textRange, params: { instruction: prev.keyword.toUpperCase() } });
      last.set(ins.name, ins);
    }
  },
};
