import { DL3019 as text } from '../../knowledge/rules/hadolint/DL3019';
import type { Rule } from '../types';
import { allRunsWith, cacheMountCovers, hasAnyFlag, insertAfter } from './commandLine';
import { hasSub, subWord } from './packages';

/**
 * hadolint DL3019 (src/Hadolint/Rule/DL3019.hs): `apk add` without `--no-cache`, unless a cache or tmpfs mount
 * holds `/var/cache/apk`. We also accept `--no-network` (no index is fetched, so none is cached). RUN and ONBUILD RUN.
 */
export const rule: Rule = {
  id: 'DL3019',
  source: 'hadolint',
  defaultSeverity: 'info',
  concept: 'image-layers',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3019.hs',
  text,
  instructions: ['run'],
  scope: 'instruction',
  check(ctx) {
    for (const { run, script } of allRunsWith(ctx, ['apk'])) {
      if (cacheMountCovers(run, ['/var/cache/apk'])) continue;
      for (const cmd of script.commands) {
        if (!hasSub(cmd, 'apk', ['add']) || hasAnyFlag(cmd, ['no-cache', 'no-network'])) continue;
        const sub = subWord(cmd, 'add');
        ctx.report({ range: cmd.range, fix: sub === undefined ? undefined : { title: 'addNoCache', edits: [insertAfter(sub, '--no-cache')] } });
      }
    }
  },
};
