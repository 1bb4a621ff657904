import { NoStages as text } from '../../knowledge/rules/builder/NoStages';
import { builderApplies } from '../buildkit/lib/flags';
import type { Rule } from '../types';

/**
 * BuildKit dockerfile2llb/convert.go (`dockerfile contains no stages to build`): ARGs but no FROM at all.
 * An instruction other than ARG before the first FROM (`no build stage in current context`) is hadolint's DL3061,
 * which carries BuildKit's name `NoBuildStage` as an alias.
 */
export const rule: Rule = {
  id: 'NoStages',
  source: 'builder',
  defaultSeverity: 'error',
  concept: 'dockerfile',
  reference: 'moby/buildkit frontend/dockerfile/instructions/parse.go Parse; dockerfile2llb/convert.go toDispatchState',
  text,
  scope: 'outline',
  check(ctx) {
    const m = ctx.model;
    if (!builderApplies(m)) return;
    const first = m.parse.instructions[0];
    if (m.stages.length === 0 && first !== undefined && m.preamble.every((i) => i.name === 'arg')) {
      ctx.report({ range: first.keywordRange });
    }
  },
};
