import { MultipleInstructionsDisallowed as text } from '../../knowledge/rules/buildkit/MultipleInstructionsDisallowed';
import type { Instruction } from '../../parse/ast';
import type { Rule } from '../types';

const ONCE = new Set(['cmd', 'entrypoint', 'healthcheck']);

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
  scope: 'stage',
  check(ctx) {
    for (const st of ctx.model.stages) {
      // Made at the stage's first such instruction (most stages have one CMD at most and no map is needed before).
      let last: Map<string, Instruction> | undefined;
      for (const ins of st.instructions) {
        if (!ONCE.has(ins.name)) continue;
        last ??= new Map();
        const prev = last.get(ins.name);
        if (prev !== undefined) ctx.report({ range: prev.textRange, params: { instruction: prev.keyword.toUpperCase() } });
        last.set(ins.name, ins);
      }
    }
  },
};
