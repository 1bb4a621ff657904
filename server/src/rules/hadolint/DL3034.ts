import { DL3034 as text } from '../../knowledge/rules/hadolint/DL3034';
import type { Rule } from '../types';
import { allRunsWith, hasAnyFlag, insertAfter, isCommand } from './commandLine';

const SUBCOMMANDS = ['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch'];

/**
 * hadolint DL3034 (src/Hadolint/Rule/DL3034.hs): `zypper install|in|remove|rm|source-install|si|patch` without
 * `--non-interactive`, `-n`, `--no-confirm` or `-y`, in RUN and ONBUILD RUN. The fix adds the global
 * `--non-interactive`, which every subcommand accepts.
 */
export const rule: Rule = {
  id: 'DL3034',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'dockerfile',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3034.hs',
  text,
  instructions: ['run'],
  scope: 'instruction',
  check(ctx) {
    for (const { script } of allRunsWith(ctx, ['zypper'])) {
      for (const cmd of script.commands) {
        if (!isCommand(cmd, ['zypper'], SUBCOMMANDS) || hasAnyFlag(cmd, ['non-interactive', 'n', 'no-confirm', 'y'])) continue;
        const name = cmd.words[0];
        ctx.report({ range: cmd.range, fix: name === undefined ? undefined : { title: 'addNonInteractive', edits: [insertAfter(name, '--non-interactive')] } });
      }
    }
  },
};
