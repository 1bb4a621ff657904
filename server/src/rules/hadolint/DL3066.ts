import { DL3066 as text } from '../../knowledge/rules/hadolint/DL3066';
import type { Rule } from '../types';
import { builtOnWindows, definedAt, usesVariable } from './commandLine';

/**
 * hadolint DL3066 (src/Hadolint/Rule/DL3066.hs): USER whose user part (before `:`) is not all digits, unless it
 * uses an ARG (`$UID`, `${UID}`); ours accepts any ARG or ENV in scope, and skips Windows images (no numeric
 * user ids there: `ContainerUser`, `ContainerAdministrator`), recognised by the base image or a non-POSIX SHELL.
 */
export const rule: Rule = {
  id: 'DL3066',
  source: 'hadolint',
  defaultSeverity: 'info',
  concept: 'root-user',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3066.hs',
  text,
  instructions: ['user'],
  scope: 'stage',
  check(ctx) {
    for (const ins of ctx.model.parse.instructions) {
      if (ins.name !== 'user' || ins.args.value === '') continue;
      const stage = ctx.stageOf(ins);
      if (!ctx.isPosixShell(ins) || (stage !== undefined && builtOnWindows(ctx.model.stages, stage))) continue;
      if (/^container(user|administrator)$/i.test(ins.args.value)) continue;
      const user = ins.args.value.split(':')[0] ?? '';
      if (/^[0-9]*$/.test(user) || usesVariable(user, definedAt(ctx, ins))) continue;
      ctx.report({ range: ins.args.range, params: { user } });
    }
  },
};
