import { InvalidArgument as text } from '../../knowledge/rules/builder/InvalidArgument';
import { builderApplies, flagError } from '../buildkit/lib/flags';
import { reachableStages } from '../buildkit/lib/stages';
import { argTokens, firstNodeArg, nodeArgs } from '../buildkit/lib/words';
import type { Rule } from '../types';
import { argumentCountError } from './ArgumentCount';

/** The instructions this rule checks. */
const CHECKED = new Set(['shell', 'healthcheck', 'volume', 'env', 'label', 'arg', 'add', 'copy']);
const HTTP_URL = /^https?:\/\//;
const HEREDOC = /^(\d*)<<(-?)\s*([^<]*)$/;

/**
 * BuildKit instructions/parse.go and dockerfile2llb: SHELL must be JSON; HEALTHCHECK's type is CMD or NONE; VOLUME
 * paths cannot be empty; ENV, LABEL and ARG names cannot be blank; ADD/COPY cannot take a heredoc as destination;
 * COPY cannot copy a URL (convert_copy.go, in stages that are built).
 */
export const rule: Rule = {
  id: 'InvalidArgument',
  source: 'builder',
  defaultSeverity: 'error',
  concept: 'dockerfile',
  reference: 'moby/buildkit frontend/dockerfile/instructions/parse.go; dockerfile2llb/convert_copy.go',
  text,
  instructions: ['shell', 'healthcheck', 'volume', 'env', 'label', 'arg', 'add', 'copy'],
  scope: 'stage',
  check(ctx) {
    const m = ctx.model;
    if (!builderApplies(m)) return;
    let reachable: ReadonlySet<number> | undefined;
    for (const ins of m.parse.instructions) {
      if (!CHECKED.has(ins.name) || argumentCountError(ins) !== undefined) continue;
      switch (ins.name) {
        case 'shell':
          if (flagError(ins) === undefined && !ins.json) ctx.report({ range: ins.args.range, variant: 'shellJson' });
          break;
        case 'healthcheck': {
          const typ = (firstNodeArg(ins) ?? '').toUpperCase();
          const tok = argTokens(ins)[0];
          if (typ !== 'NONE' && typ !== 'CMD' && flagError(ins) === undefined && tok !== undefined) ctx.report({ range: tok.range, variant: 'healthcheckType', params: { type: typ } });
          break;
        }
        case 'volume':
          if (flagError(ins) === undefined && nodeArgs(ins).some((a) => a.trim() === '')) ctx.report({ range: ins.args.range, variant: 'emptyVolume' });
          break;
        case 'env':
        case 'label':
        case 'arg':
          for (const kv of ins.keyValues) if (kv.key.value === '' && (ins.name !== 'arg' || kv.separator === '=')) ctx.report({ range: kv.range, variant: 'blankName', params: { instruction: ins.name.toUpperCase() } });
          break;
        case 'add':
        case 'copy': {
          const toks = argTokens(ins);
          const dest = toks[toks.length - 1];
          if (dest !== undefined && HEREDOC.test(dest.value) && (HEREDOC.exec(dest.value)?.[3] ?? '') !== '') {
            ctx.report({ range: dest.range, variant: 'heredocDestination', params: { instruction: ins.name.toUpperCase() } });
            break;
          }
          if (ins.name !== 'copy') break;
          // Only a URL source can be reported: look for one before the stage facts.
          let url = false;
          for (let i = 0; i < toks.length - 1; i++) if (HTTP_URL.test(toks[i]!.value)) url = true;
          if (!url) break;
          const st = m.stageOf(ins);
          if (st === undefined) break;
          reachable ??= reachableStages(m);
          if (!reachable.has(st.index) || flagError(ins) !== undefined) break;
          if (ins.flags.some((f) => f.name === 'from')) break;
          for (const t of toks.slice(0, -1)) if (HTTP_URL.test(t.value)) ctx.report({ range: t.range, variant: 'copyUrl' });
          break;
        }
        default:
          break;
      }
    }
  },
};
