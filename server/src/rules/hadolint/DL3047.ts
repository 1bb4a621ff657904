import { DL3047 as text } from '../../knowledge/rules/hadolint/DL3047';
import type { Rule } from '../types';
import { allRunsWith, args, hasAnyFlag, insertAfter } from './commandLine';

/**
 * hadolint DL3047 (src/Hadolint/Rule/DL3047.hs): `wget` without `--progress`, and without any of `-q`/`--quiet`,
 * `-o`/`--output-file`, `-a`/`--append-output`, `-nv`/`--no-verbose`; in RUN and ONBUILD RUN.
 */
export const rule: Rule = {
  id: 'DL3047',
  source: 'hadolint',
  defaultSeverity: 'info',
  concept: 'dockerfile',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3047.hs',
  text,
  instructions: ['run'],
  scope: 'instruction',
  check(ctx) {
    for (const { script } of allRunsWith(ctx, ['wget'])) {
      for (const cmd of script.commands) {
        if (cmd.name !== 'wget') continue;
        if (hasAnyFlag(cmd, ['progress', 'q', 'quiet', 'o', 'output-file', 'a', 'append-output', 'no-verbose'])) continue;
        if (args(cmd).includes('-nv')) continue;
        const name = cmd.words[0];
        ctx.report({ range: cmd.range, fix: name === undefined ? undefined : { title: 'addProgress', edits: [insertAfter(name, '--progress=dot:giga')] } });
      }
    }
  },
};
