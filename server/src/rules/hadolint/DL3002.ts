import { DL3002 as text } from '../../knowledge/rules/hadolint/DL3002';
import type { Instruction } from '../../parse/ast';
import type { Stage } from '../../model/model';
import type { Rule } from '../types';

function isRoot(user: string): boolean {
  return user === 'root' || user === '0' || user.startsWith('root:') || user.startsWith('0:');
}

/**
 * hadolint DL3002 (src/Hadolint/Rule/DL3002.hs): the last USER of a stage is root. We judge the stage that is
 * built: its last USER, or when it has none, the last USER of the stage it builds FROM (and so on).
 */
export const rule: Rule = {
  id: 'DL3002',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'root-user',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3002.hs',
  text,
  instructions: ['user'],
  check(ctx) {
    const seen = new Set<number>();
    let index: number | undefined = ctx.model.target;
    while (index !== undefined && !seen.has(index)) {
      seen.add(index);
      const stage: Stage | undefined = ctx.model.stages[index];
      if (stage === undefined) return;
      const last: Instruction | undefined = stage.instructions.filter((i) => i.name === 'user').pop();
      if (last !== undefined) {
        const user = last.args.value.replace(/^["']|["']$/g, '');
        if (isRoot(user)) ctx.report({ range: last.textRange, params: { user } });
        return;
      }
      index = stage.baseStage;
    }
  },
};
