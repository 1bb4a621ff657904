import { DL3025 as text } from '../../knowledge/rules/hadolint/DL3025';
import { baseStages } from '../../model/model';
import { instructionsNamed } from '../named';
import type { Rule } from '../types';

const SHELL_CMD_ENTRYPOINT: readonly string[] = ['shell', 'cmd', 'entrypoint'];

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
  check(ctx) {
    const stages = ctx.model.stages;
    // The stages with a SHELL, made when a CMD or ENTRYPOINT first asks about its base stages.
    let withShell: Set<number> | undefined;
    const inherited = (stage: number): boolean => {
      if (withShell === undefined) {
        const shells = instructionsNamed(ctx, 'shell');
        withShell = new Set();
        for (let i = shells.first; i < shells.list.length; i++) withShell.add(shells.stages[i]!);
      }
      const has = withShell;
      return baseStages(stages, stages[stage]!).some((b) => has.has(b.index));
    };
    const { list, stages: at, first } = instructionsNamed(ctx, SHELL_CMD_ENTRYPOINT);
    let stage = -1;
    // BuildKit (dispatchCmd/dispatchEntrypoint) skips the check when the image config has a SHELL, which a
    // stage inherits from the stages it is built FROM. Undefined until the stage's first SHELL or checked CMD.
    let shellChanged: boolean | undefined;
    for (let i = first; i < list.length; i++) {
      const ins = list[i]!;
      if (at[i] !== stage) {
        stage = at[i]!;
        shellChanged = undefined;
      }
      if (ins.name === 'shell') {
        shellChanged = true;
        continue;
      }
      if (ins.json || ins.args.value === '') continue;
      if ((shellChanged ??= inherited(stage))) continue;
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
  },
};
