import { DL3046 as text } from '../../knowledge/rules/hadolint/DL3046';
import type { Rule } from '../types';
import { allRunsWith, flagValues, hasAnyFlag, insertAfter } from './commandLine';

/**
 * hadolint DL3046 (src/Hadolint/Rule/DL3046.hs): `useradd` with a UID longer than 5 digits (`-u 123456`) and
 * without `-l`/`--no-log-init`; in RUN and ONBUILD RUN. Ours reads `--uid 123456` and `--uid=123456` too.
 */
export const rule: Rule = {
  id: 'DL3046',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'image-layers',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3046.hs',
  text,
  instructions: ['run'],
  scope: 'instruction',
  check(ctx) {
    for (const { script } of allRunsWith(ctx, ['useradd'])) {
      for (const cmd of script.commands) {
        if (cmd.name !== 'useradd' || hasAnyFlag(cmd, ['l', 'no-log-init'])) continue;
        const uid = flagValues(cmd, ['u', 'uid']).find((v) => v.length > 5);
        if (uid === undefined) continue;
        const name = cmd.words[0];
        ctx.report({ range: cmd.range, params: { uid }, fix: name === undefined ? undefined : { title: 'addNoLogInit', edits: [insertAfter(name, '--no-log-init')] } });
      }
    }
  },
};
