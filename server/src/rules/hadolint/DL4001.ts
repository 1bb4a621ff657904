import { DL4001 as text } from '../../knowledge/rules/hadolint/DL4001';
import type { Rule } from '../types';
import { allRunsWith } from './commandLine';

/**
 * hadolint DL4001 (src/Hadolint/Rule/DL4001.hs): a stage uses both `curl` and `wget`. Counting restarts at each
 * FROM; every RUN (or ONBUILD RUN) that uses either tool, from the one where both have been seen on, is
 * reported (at its first curl or wget).
 */
export const rule: Rule = {
  id: 'DL4001',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'image-layers',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL4001.hs',
  text,
  instructions: ['run'],
  scope: 'stage',
  check(ctx) {
    // Only RUNs with curl or wget count; `seen` starts afresh in each stage.
    let stage = -1;
    let seen = new Set<string>();
    for (const { script, stage: s } of allRunsWith(ctx, ['curl', 'wget'])) {
      if (s !== stage) {
        stage = s;
        seen = new Set<string>();
      }
      const tools = script.commands.filter((c) => c.name === 'curl' || c.name === 'wget');
      for (const c of tools) seen.add(c.name);
      const first = tools[0];
      if (first !== undefined && seen.size >= 2) ctx.report({ range: first.range });
    }
  },
};
