import { DL3067 as text } from '../../knowledge/rules/hadolint/DL3067';
import type { Token } from '../../parse/ast';
import type { Rule } from '../types';
import { builtOnScratch } from './commandLine';

/**
 * hadolint DL3067 (src/Hadolint/Rule/DL3067.hs): `COPY --from=… / /`: a source `/` and the destination `/`
 * (quotes ignored), copying another stage's or image's whole filesystem. Ours fires only when `--from` names a
 * stage of this Dockerfile that adds something to its base and is not built on `scratch`: a `scratch` stage holds
 * only build outputs, and images such as `tonistiigi/xx` (used directly or as a bare `FROM … AS xx` alias) are
 * published to be copied whole; we cannot see an external image's content. Copying into a `scratch` stage (to
 * squash layers) is fine too.
 */
export const rule: Rule = {
  id: 'DL3067',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'multi-stage-build',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3067.hs',
  text,
  instructions: ['copy'],
  scope: 'stage',
  check(ctx) {
    for (const ins of ctx.model.parse.instructions) {
      const from = ins.name === 'copy' ? ins.flags.find((f) => f.name === 'from')?.value : undefined;
      // The stage only for a COPY --from (it was looked up for every instruction).
      if (from === undefined) continue;
      const current = ctx.stageOf(ins);
      // Into a `scratch` stage it is the "squash" technique: nothing of the destination is overwritten.
      if (from === undefined || current === undefined || builtOnScratch(ctx.model.stages, current)) continue;
      const source = ctx.model.findStage(from, current.index);
      if (source === undefined || source.instructions.length < 2 || builtOnScratch(ctx.model.stages, source)) continue;
      const tokens = ins.argNodes.filter((n): n is Token => !('child' in n)).map((t) => t.value.replace(/^["']+|["']+$/g, ''));
      if (tokens.length < 2) continue;
      if (tokens[tokens.length - 1] === '/' && tokens.slice(0, -1).includes('/')) ctx.report({ range: ins.textRange });
    }
  },
};
