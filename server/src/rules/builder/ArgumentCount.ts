import { ArgumentCount as text } from '../../knowledge/rules/builder/ArgumentCount';
import { builderApplies } from '../buildkit/lib/flags';
import { nodeArgs } from '../buildkit/lib/words';
import type { Report, Rule } from '../types';
import type { Instruction } from '../../parse/ast';

const EXACTLY_ONE = new Set(['maintainer', 'workdir', 'user', 'stopsignal']);
const AT_LEAST_ONE = new Set(['env', 'label', 'onbuild', 'healthcheck', 'expose', 'volume', 'arg', 'shell']);

/** The first argument-count error BuildKit's parser for this instruction returns, if any. */
export function argumentCountError(ins: Instruction): Omit<Report, 'range'> | undefined {
  const args = nodeArgs(ins);
  const error = (variant: string): Omit<Report, 'range'> => ({ variant, params: { instruction: ins.name.toUpperCase() } });
  if (ins.name === 'from') {
    if (args.length === 3 && (args[1] ?? '').toLowerCase() === 'as') return undefined;
    return args.length === 1 ? undefined : error('oneOrThree');
  }
  if (EXACTLY_ONE.has(ins.name)) return args.length === 1 ? undefined : error('default');
  if (ins.name === 'add' || ins.name === 'copy') return args.length >= 2 ? undefined : error('atLeastTwo');
  if (AT_LEAST_ONE.has(ins.name) && args.length === 0) return error('atLeastOne');
  if (ins.name === 'healthcheck') {
    const typ = (args[0] ?? '').toUpperCase();
    if (typ === 'NONE' && args.length > 1) return error('noneTakesNoArguments');
    if (typ === 'CMD' && args.length === 1) return error('missingCommand');
  }
  return undefined;
}

/**
 * BuildKit instructions/parse.go: FROM takes one or three arguments; MAINTAINER, WORKDIR, USER and STOPSIGNAL
 * exactly one; ADD and COPY at least two; ENV, LABEL, ONBUILD, HEALTHCHECK, EXPOSE, VOLUME, ARG and SHELL at
 * least one; `HEALTHCHECK NONE` none; `HEALTHCHECK CMD` needs a command.
 */
export const rule: Rule = {
  id: 'ArgumentCount',
  source: 'builder',
  defaultSeverity: 'error',
  concept: 'dockerfile',
  reference: 'moby/buildkit frontend/dockerfile/instructions/parse.go',
  text,
  check(ctx) {
    if (!builderApplies(ctx.model)) return;
    for (const ins of ctx.model.parse.instructions) {
      const e = argumentCountError(ins);
      if (e !== undefined) ctx.report({ ...e, range: ins.textRange });
    }
  },
};
