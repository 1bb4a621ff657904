import { DL3001 as text } from '../../knowledge/rules/hadolint/DL3001';
import type { Rule } from '../types';
import { allRunsWith } from './commandLine';

const POINTLESS_NAMES = ['free', 'kill', 'mount', 'ps', 'service', 'shutdown', 'ssh', 'top', 'vim'];
const POINTLESS = new Set(POINTLESS_NAMES);

/** hadolint DL3001 (src/Hadolint/Rule/DL3001.hs): a command that makes no sense in a build (`ssh`, `vim`, `service`, …), in RUN and ONBUILD RUN. */
export const rule: Rule = {
  id: 'DL3001',
  source: 'hadolint',
  defaultSeverity: 'info',
  concept: 'container',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3001.hs',
  text,
  instructions: ['run'],
  scope: 'instruction',
  check(ctx) {
    for (const { script } of allRunsWith(ctx, POINTLESS_NAMES)) {
      for (const cmd of script.commands) if (POINTLESS.has(cmd.name)) ctx.report({ range: cmd.range, params: { command: cmd.name } });
    }
  },
};
