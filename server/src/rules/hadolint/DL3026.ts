import { DL3026 as text } from '../../knowledge/rules/hadolint/DL3026';
import { parseImageReference } from '../../model/imageRef';
import type { Token } from '../../parse/ast';
import type { Rule } from '../types';
import { flagValue } from './copyArgs';
import { dropEndQuotes } from '../strings';

/** hadolint's matchRegistry: `*` matches all, `*.example.com` a suffix, `example.*` a prefix, else equality. */
function matches(allow: string, registry: string): boolean {
  if (allow === '*') return true;
  if (allow.startsWith('*')) return registry.endsWith(allow.slice(1));
  if (allow.endsWith('*')) return registry.startsWith(allow.slice(0, -1));
  return registry === allow;
}

/**
 * hadolint DL3026 (src/Hadolint/Rule/DL3026.hs): with `trustedRegistries` set, an image from another registry in
 * FROM, `COPY --from=<image>` or `RUN --mount=from=<image>`. Stage names, stage numbers, `scratch` and references
 * with variables are not judged; an image without a registry is from Docker Hub (`docker.io`, `hub.docker.com`).
 */
export const rule: Rule = {
  id: 'DL3026',
  source: 'hadolint',
  defaultSeverity: 'warning',
  upstreamSeverity: 'error',
  concept: 'image-reference',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3026.hs',
  text,
  scope: 'stage',
  check(ctx) {
    const allowed = ctx.settings.trustedRegistries;
    if (allowed.length === 0) return;
    const trusted = (ref: string): boolean => {
      const image = parseImageReference(ref);
      if (image === undefined || image.hasVariable || ref.toLowerCase() === 'scratch') return true;
      const hosts = image.registryGiven ? [image.registry] : ['docker.io', 'hub.docker.com'];
      return hosts.some((h) => allowed.some((a) => matches(a, h)));
    };
    const judge = (token: Token, stageIndex: number): void => {
      const v = dropEndQuotes(token.value);
      if (/^\d+$/.test(v) || ctx.model.findStage(v, stageIndex + 1) !== undefined) return;
      if (!trusted(v)) ctx.report({ range: token.range, params: { image: v } });
    };
    for (const stage of ctx.model.stages) {
      if (stage.base !== undefined && stage.baseStage === undefined) judge(stage.base, stage.index - 1);
      for (const ins of stage.instructions) {
        if (ins.name === 'copy') {
          const from = flagValue(ins, 'from');
          if (from !== undefined) judge(from, stage.index);
        }
        if (ins.name !== 'run') continue;
        for (const f of ins.flags) {
          if (f.name !== 'mount' || f.value === undefined || f.valueRange === undefined) continue;
          const m = /(?:^|,)from=([^,]+)/.exec(f.value);
          if (m?.[1] !== undefined) judge({ value: m[1], range: f.valueRange }, stage.index);
        }
      }
    }
  },
};
