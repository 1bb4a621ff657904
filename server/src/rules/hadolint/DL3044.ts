import { DL3044 as text } from '../../knowledge/rules/hadolint/DL3044';
import type { Rule } from '../types';

/**
 * hadolint DL3044 (src/Hadolint/Rule/DL3044.hs): an ENV pair refers (`$NAME` or `${NAME}`) to a variable that
 * another pair of the same ENV defines, and that was not defined before the ENV. hadolint remembers every ARG
 * and ENV of the file; ours asks the model what is in scope (BuildKit's rules), so a name from another stage
 * does not count. BuildKit expands each value with the variables from before the ENV.
 */
export const rule: Rule = {
  id: 'DL3044',
  source: 'hadolint',
  defaultSeverity: 'warning',
  upstreamSeverity: 'error',
  concept: 'environment-config',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3044.hs',
  text,
  instructions: ['env'],
  scope: 'stage',
  check(ctx) {
    for (const ins of ctx.model.parse.instructions) {
      const env = ins.onbuild ?? ins;
      if (env.name !== 'env' || env.keyValues.length < 2) continue;
      const before = ctx.model.scopeAt(ins.range.start);
      env.keyValues.forEach((kv, idx) => {
        const name = kv.key.value;
        if (before.has(name)) return;
        for (const ref of env.variables) {
          if (ref.name !== name) continue;
          const owner = env.keyValues.findIndex((o) => o.value !== undefined && ref.range.start >= o.value.range.start && ref.range.end <= o.value.range.end);
          if (owner < 0 || owner === idx) continue;
          ctx.report({ range: ref.range, params: { name } });
        }
      });
    }
  },
};
