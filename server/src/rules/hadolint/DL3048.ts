import { DL3048 as text } from '../../knowledge/rules/hadolint/DL3048';
import type { Rule } from '../types';

/**
 * hadolint DL3048 (src/Hadolint/Rule/DL3048.hs): a LABEL key that does not start with `a-z`, does not end with
 * `a-z0-9`, has a character other than `a-z0-9._-/`, uses a reserved namespace (`com.docker.`, `io.docker.`,
 * `org.dockerproject.`), or has `..` or `--`.
 */
export function invalidLabelKey(key: string): boolean {
  return !/^[a-z]/.test(key)
    || !/[a-z0-9]$/.test(key)
    || /[^0-9a-z.\-_/]/.test(key)
    || ['com.docker.', 'io.docker.', 'org.dockerproject.'].some((p) => key.startsWith(p))
    || key.includes('..')
    || key.includes('--');
}

export const rule: Rule = {
  id: 'DL3048',
  source: 'hadolint',
  defaultSeverity: 'style',
  concept: 'image-metadata',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3048.hs',
  text,
  instructions: ['label'],
  scope: 'instruction',
  check(ctx) {
    for (const ins of ctx.model.parse.instructions) {
      if (ins.name !== 'label') continue;
      for (const kv of ins.keyValues) {
        const key = kv.key.value.replace(/^"(.*)"$/, '$1');
        if (invalidLabelKey(key)) ctx.report({ range: kv.key.range, params: { key } });
      }
    }
  },
};
