import { DL3045 as text } from '../../knowledge/rules/hadolint/DL3045';
import { baseStages, type Stage } from '../../model/model';
import type { Token } from '../../parse/ast';
import type { Rule } from '../types';
import { builtOnScratch } from './commandLine';

/** The destination of a COPY: its last argument (exec form included). */
function destination(tokens: readonly Token[]): Token | undefined {
  return tokens[tokens.length - 1];
}

/**
 * hadolint DL3045 (src/Hadolint/Rule/DL3045.hs): COPY to a relative destination when no WORKDIR was set in the
 * stage or in the stages it is built FROM (the base image's WORKDIR is unknown). Absolute destinations (`/…`,
 * Windows `C:…`) and destinations starting with a variable are fine; quotes are ignored. Ours also accepts
 * stages built on `scratch`, whose working directory is `/` by definition.
 */
/** `s.replace(/^["']+|["']+$/g, '')` without the regular expression. */
function stripQuotes(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (s.charCodeAt(a) === 34 || s.charCodeAt(a) === 39)) a++;
  while (b > a && (s.charCodeAt(b - 1) === 34 || s.charCodeAt(b - 1) === 39)) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

export const rule: Rule = {
  id: 'DL3045',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'image-layers',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3045.hs',
  text,
  instructions: ['copy'],
  scope: 'stage',
  check(ctx) {
    const stages = ctx.model.stages;
    const inherited = (s: Stage): boolean => baseStages(stages, s).some((b) => b.instructions.some((i) => i.name === 'workdir'));
    for (const stage of stages) {
      // A stage on `scratch` has no base image settings: its working directory is `/`.
      let workdir = inherited(stage) || builtOnScratch(stages, stage);
      for (const ins of stage.instructions) {
        if (ins.name === 'workdir') workdir = true;
        if (ins.name !== 'copy' || workdir) continue;
        const tokens = ins.argNodes.filter((n): n is Token => !('child' in n));
        const dest = destination(tokens);
        if (dest === undefined || tokens.length < 2) continue;
        const path = stripQuotes(dest.value);
        if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.startsWith('$')) continue;
        ctx.report({ range: dest.range, params: { destination: path } });
      }
    }
  },
};
