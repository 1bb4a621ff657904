import { OnbuildTrigger as text } from '../../knowledge/rules/builder/OnbuildTrigger';
import { builderApplies } from '../buildkit/lib/flags';
import type { Rule } from '../types';

/** BuildKit instructions/parse.go parseOnBuild: ONBUILD cannot trigger ONBUILD, FROM or MAINTAINER. */
export const rule: Rule = {
  id: 'OnbuildTrigger',
  source: 'builder',
  defaultSeverity: 'error',
  concept: 'dockerfile',
  reference: 'moby/buildkit frontend/dockerfile/instructions/parse.go parseOnBuild',
  text,
  check(ctx) {
    if (!builderApplies(ctx.model)) return;
    for (const ins of ctx.model.parse.instructions) {
      const inner = ins.onbuild;
      if (ins.name !== 'onbuild' || inner === undefined) continue;
      const t = inner.keyword.toUpperCase();
      if (t === 'ONBUILD') ctx.report({ range: inner.keywordRange, variant: 'chain' });
      else if (t === 'FROM' || t === 'MAINTAINER') ctx.report({ range: inner.keywordRange, params: { instruction: t } });
    }
  },
};
