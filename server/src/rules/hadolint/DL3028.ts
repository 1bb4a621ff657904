import { DL3028 as text } from '../../knowledge/rules/hadolint/DL3028';
import type { Rule } from '../types';
import { allRunsWith, argWords, args, wordText } from './commandLine';
import { hasSub } from './packages';

/**
 * hadolint DL3028 (src/Hadolint/Rule/DL3028.hs): a gem of `gem install|i` without `:version`, unless the command
 * has `-v`, `--version` or `--version=`; options and the word after each option are skipped, up to `--`.
 * RUN and ONBUILD RUN.
 */
export const rule: Rule = {
  id: 'DL3028',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'image-immutable',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3028.hs',
  text,
  instructions: ['run'],
  scope: 'instruction',
  check(ctx) {
    for (const { script } of allRunsWith(ctx, ['gem'])) {
      for (const cmd of script.commands) {
        if (!hasSub(cmd, 'gem', ['install', 'i'])) continue;
        const a = args(cmd);
        if (a.includes('-v') || a.includes('--version') || a.some((x) => x.startsWith('--version='))) continue;
        const words = argWords(cmd);
        for (let i = 0; i < words.length; i++) {
          const t = wordText(words[i]!);
          if (t === '--') break;
          if (t.startsWith('-')) { i++; continue; }
          if (t === 'install' || t === 'i' || t.includes(':')) continue;
          ctx.report({ range: words[i]!.range, params: { gem: t } });
        }
      }
    }
  },
};
