import { DL3025 as text } from '../../knowledge/rules/hadolint/DL3025';
import { baseStages } from '../../model/model';
import type { Rule } from '../types';

/**
 * BuildKit JSONArgsRecommended (frontend/dockerfile/linter, dispatcher): CMD or ENTRYPOINT in shell form.
 * BuildKit skips it when the stage changed SHELL, and hadolint's DL3025 is the same rule.
 */
export const rule: Rule = {
  id: 'DL3025',
  aliases: ['JSONArgsRecommended'],
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'shell-and-exec-form',
  reference: 'hadolint src/Hadolint/Rule/DL3025.hs; moby/buildkit frontend/dockerfile/linter/ruleset.go',
  text,
  instructions: ['cmd', 'entrypoint'],
  scope: 'stage',
  check(ctx) {
    for (const stage of ctx.model.stages) {
      // BuildKit (dispatchCmd/dispatchEntrypoint) skips the check when the image config has a SHELL, which a
      // stage inherits from the stages it is built FROM.
      let shellChanged = baseStages(ctx.model.stages, stage).some((b) => b.instructions.some((i) => i.name === 'shell'));
      for (const ins of stage.instructions) {
        if (ins.name === 'shell') shellChanged = true;
        if ((ins.name !== 'cmd' && ins.name !== 'entrypoint') || ins.json || ins.args.value === '') continue;
        if (shellChanged) continue;
        const words = ins.args.value.split(/\s+/).filter((w) => w.length > 0);
        const simple = words.every((w) => /^[^'"`$\\|&;<>()*?[\]{}~]+$/.test(w));
        ctx.report({
          range: ins.textRange,
          params: { instruction: ins.keyword.toUpperCase() },
          fix: simple
            ? { title: 'toExecForm', edits: [{ range: ins.args.range, newText: '[' + words.map((w) => JSON.stringify(w)).join(', ') + ']' }] }
            : undefined,
        });
      }
    }
  },
};
