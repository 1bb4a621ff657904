import { LegacyKeyValueFormat as text } from '../../knowledge/rules/buildkit/LegacyKeyValueFormat';
import type { Rule } from '../types';

/**
 * BuildKit LegacyKeyValueFormat (dockerfile2llb/convert.go dispatchEnv, dispatchLabel): an ENV or LABEL pair
 * written `key value` (no `=`). The fix writes `key=value`, quoting a value with spaces.
 */
export const rule: Rule = {
  id: 'LegacyKeyValueFormat',
  source: 'buildkit',
  defaultSeverity: 'warning',
  concept: 'environment-config',
  reference: 'moby/buildkit frontend/dockerfile/dockerfile2llb/convert.go dispatchEnv/dispatchLabel',
  text,
  instructions: ['env', 'label'],
  scope: 'instruction',
  check(ctx) {
    const esc = ctx.model.parse.escapeToken;
    for (const st of ctx.model.stages) {
      for (const ins of st.instructions) {
        if (ins.name !== 'env' && ins.name !== 'label') continue;
        for (const kv of ins.keyValues) {
          if (kv.separator !== '' || kv.value === undefined) continue;
          const v = kv.value.value;
          const text = ctx.model.parse.text;
          const multiline = text.slice(kv.key.range.end, kv.value.range.end).includes('\n');
          let newValue: string | undefined;
          // Only a plain key can take `=` safely: white space of any kind (BuildKit splits words at Unicode
          // spaces, but the legacy form only at ASCII ones), quotes or the escape character would change
          // how the builder splits the pair.
          const plainKey = /^[^\s"'`=\\]+$/u.test(kv.key.value) && !kv.key.value.includes(esc);
          if (!plainKey || multiline) newValue = undefined;
          else if (!/\s/u.test(v)) newValue = v;
          else if (!/["'\\`]/.test(v) && !v.includes(esc)) newValue = `"${v}"`;
          ctx.report({
            range: kv.range,
            params: { instruction: ins.keyword.toUpperCase() },
            fix: newValue === undefined ? undefined : { title: 'useEquals', edits: [{ range: { start: kv.key.range.end, end: kv.value.range.end }, newText: `=${newValue}` }] },
          });
        }
      }
    }
  },
};
