import { DL3011 as text } from '../../knowledge/rules/hadolint/DL3011';
import type { Rule } from '../types';

/**
 * hadolint DL3011 (src/Hadolint/Rule/DL3011.hs): an EXPOSE port (or either end of a range) above 65535. The
 * builder rejects such a port, so this is an error. Ports with variables are not judged.
 */
export const rule: Rule = {
  id: 'DL3011',
  source: 'hadolint',
  defaultSeverity: 'error',
  concept: 'container-runtime',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3011.hs',
  text,
  instructions: ['expose'],
  scope: 'instruction',
  check(ctx) {
    for (const ins of ctx.model.parse.instructions) {
      if (ins.name !== 'expose') continue;
      for (const node of ins.argNodes) {
        if ('child' in node || node.value.includes('$')) continue;
        const ports = node.value.replace(/\/\w+$/, '').split(':').pop()?.split('-') ?? [];
        if (ports.some((p) => /^\d+$/.test(p) && Number(p) > 65535)) ctx.report({ range: node.range, params: { port: node.value } });
      }
    }
  },
};
