import { ArgumentCount as text } from '../../knowledge/rules/builder/ArgumentCount';
import { builderApplies } from '../buildkit/lib/flags';
import { firstNodeArg, nodeArgAt, nodeArgCount } from '../buildkit/lib/words';
import type { Report, Rule } from '../types';
import type { Instruction } from '../../parse/ast';

const EXACTLY_ONE = new Set(['maintainer', 'workdir', 'user', 'stopsignal']);
const AT_LEAST_ONE = new Set(['env', 'label', 'onbuild', 'healthcheck', 'expose', 'volume', 'arg', 'shell']);

/** The first argument-count error BuildKit's parser for this instruction returns, if any. */
export function argumentCountError(ins: Instruction): Omit<Report, 'range'> | undefined {
  const name = ins.name;
  // RUN, CMD and ENTRYPOINT (most instructions) take any number of arguments.
  if (name === 'run' || name === 'cmd' || name === 'entrypoint') return undefined;
  const count = nodeArgCount(ins);
  if (name === 'from') {
    if (count === 3 && (nodeArgAt(ins, 1) ?? '').toLowerCase() === 'as') return undefined;
    return count === 1 ? undefined : countError(ins, 'oneOrThree');
  }
  if (EXACTLY_ONE.has(name)) return count === 1 ? undefined : countError(ins, 'default');
  if (name === 'add' || name === 'copy') return count >= 2 ? undefined : countError(ins, 'atLeastTwo');
  if (AT_LEAST_ONE.has(name) && count === 0) return countError(ins, 'atLeastOne');
  if (name === 'healthcheck') {
    const typ = (firstNodeArg(ins) ?? '').toUpperCase();
    if (typ === 'NONE' && count > 1) return countError(ins, 'noneTakesNoArguments');
    if (typ === 'CMD' && count === 1) return countError(ins, 'missingCommand');
  }
  return undefined;
}

function countError(ins: Instruction, variant: string): Omit<Report, 'range'> {
  return { variant, params: { instruction: ins.name.toUpperCase() } };
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
  scope: 'instruction',
  check(ctx) {
    if (!builderApplies(ctx.model)) return;
    for (const ins of ctx.model.parse.instructions) {
      // RUN, CMD and ENTRYPOINT (most instructions) take any number of arguments: no call for them.
      if (ins.name === 'run' || ins.name === 'cmd' || ins.name === 'entrypoint') continue;
      const e = argumentCountError(ins);
      if (e !== undefined) ctx.report({ ...e, range: ins.textRange });
    }
  },
};
