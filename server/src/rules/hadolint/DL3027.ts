import { DL3027 as text } from '../../knowledge/rules/hadolint/DL3027';
import type { Rule } from '../types';
import { allRunsWith, argWords, wordText } from './commandLine';

/** Subcommands that mean the same with apt-get (the rest, like `search` or `list`, belong to apt-cache or dpkg). */
const SAME_IN_APT_GET = new Set(['install', 'update', 'upgrade', 'dist-upgrade', 'full-upgrade', 'remove', 'purge', 'autoremove', 'clean', 'autoclean']);

/** hadolint DL3027 (src/Hadolint/Rule/DL3027.hs): the `apt` program in RUN or ONBUILD RUN. */
export const rule: Rule = {
  id: 'DL3027',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'dockerfile',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3027.hs',
  text,
  instructions: ['run'],
  scope: 'instruction',
  check(ctx) {
    for (const { script } of allRunsWith(ctx, ['apt'])) {
      for (const cmd of script.commands) {
        if (cmd.name !== 'apt') continue;
        const name = cmd.words[0];
        const sub = argWords(cmd).map(wordText).find((a) => !a.startsWith('-'));
        const mechanical = name !== undefined && name.raw === 'apt' && sub !== undefined && SAME_IN_APT_GET.has(sub);
        ctx.report({ range: cmd.range, fix: mechanical ? { title: 'useAptGet', edits: [{ range: name.range, newText: 'apt-get' }] } : undefined });
      }
    }
  },
};
