import { SecretsUsedInArgOrEnv as text } from '../../knowledge/rules/buildkit/SecretsUsedInArgOrEnv';
import type { Rule } from '../types';

/** BuildKit's exact word lists (dockerfile2llb/validations.go getSecretsRegex). */
const DENY = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const ALLOW = /(?:_|^)(?:public|file|version)(?:_|$)/i;

export function isSecretName(key: string): boolean {
  return DENY.test(key) && !ALLOW.test(key);
}

/**
 * BuildKit SecretsUsedInArgOrEnv (dockerfile2llb/convert.go dispatchArg/dispatchEnv validateNoSecretKey): an ARG or
 * ENV name inside a stage whose first or last `_`-separated word is a secret word, unless a word says public,
 * file or version. Global ARGs (before the first FROM) are not dispatched and not checked.
 */
export const rule: Rule = {
  id: 'SecretsUsedInArgOrEnv',
  source: 'buildkit',
  defaultSeverity: 'warning',
  concept: 'build-secrets',
  reference: 'moby/buildkit frontend/dockerfile/dockerfile2llb/validations.go validateNoSecretKey',
  text,
  instructions: ['arg', 'env'],
  scope: 'instruction',
  check(ctx) {
    for (const st of ctx.model.stages) {
      for (const ins of st.instructions) {
        if (ins.name !== 'arg' && ins.name !== 'env') continue;
        for (const kv of ins.keyValues) {
          if (!isSecretName(kv.key.value)) continue;
          ctx.report({ range: kv.key.range, params: { instruction: ins.name.toUpperCase(), name: kv.key.value } });
        }
      }
    }
  },
};
