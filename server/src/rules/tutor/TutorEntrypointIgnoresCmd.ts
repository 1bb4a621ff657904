import { TutorEntrypointIgnoresCmd as text } from '../../knowledge/rules/tutor/TutorEntrypointIgnoresCmd';
import type { Instruction } from '../../parse/ast';
import { builtOnWindows } from '../hadolint/commandLine';
import type { Fix, Rule } from '../types';
import { finalChainInOrder } from './lib';

/** `$0`, `$1`…`$9`, `$@`, `$*`, `${1}`, `"$@"`: the script reads the arguments that follow `sh -c`. */
const READS_ARGS = /\$(?:[0-9@*#]|\{[0-9@*#])/;

/** Exec form of a simple shell-form ENTRYPOINT (a leading `exec` dropped), when it is one command of plain words. */
function execFormFix(ep: Instruction): Fix | undefined {
  const words = ep.args.value.split(/\s+/).filter((w) => w.length > 0);
  if (words[0] === 'exec') words.shift();
  if (words.length === 0 || !words.every((w) => /^[^'"`$\\|&;<>()*?[\]{}~#]+$/.test(w))) return undefined;
  return { title: 'toExecForm', edits: [{ range: ep.args.range, newText: '[' + words.map((w) => JSON.stringify(w)).join(', ') + ']' }] };
}

/**
 * Dockerfile Tutor's own rule (shell and exec form, notes §3.2): the final image's ENTRYPOINT is in shell form and
 * its CMD is set. Docker runs `/bin/sh -c "<entrypoint>" <cmd…>`, so the CMD words (and `docker run` arguments)
 * only become `$0`, `$1`… of that script, which does not read them. The image configuration is followed as
 * BuildKit builds it (dockerfile2llb/convert.go dispatchEntrypoint: ENTRYPOINT clears a CMD that was not set in
 * the same stage). Silent when the script reads `$0`/`$1`/`$@`/`$*`, after SHELL, and on Windows bases.
 * JSONArgsRecommended/DL3025 report the shell form itself; this reports the CMD that has no effect.
 */
export const rule: Rule = {
  id: 'TutorEntrypointIgnoresCmd',
  source: 'tutor',
  defaultSeverity: 'warning',
  concept: 'shell-and-exec-form',
  reference: 'https://docs.docker.com/reference/dockerfile/#understand-how-cmd-and-entrypoint-interact',
  text,
  instructions: ['entrypoint'],
  check(ctx) {
    const chain = finalChainInOrder(ctx.model.stages, ctx.model.finalChain);
    const target = chain[chain.length - 1];
    if (target === undefined || builtOnWindows(ctx.model.stages, target)) return;
    let entrypoint: Instruction | undefined;
    let cmd: Instruction | undefined;
    let shell = false;
    for (const stage of chain) {
      let cmdInStage = false;
      for (const ins of stage.instructions) {
        if (ins.name === 'shell') shell = true;
        else if (ins.name === 'cmd') {
          cmd = ins;
          cmdInStage = true;
        } else if (ins.name === 'entrypoint') {
          entrypoint = ins;
          if (!cmdInStage) cmd = undefined;
        }
      }
    }
    if (entrypoint === undefined || cmd === undefined || shell || entrypoint.json || entrypoint.args.value === '') return;
    if (cmd.args.value === '' || (cmd.json && /^\[\s*\]$/.test(cmd.args.value))) return;
    if (READS_ARGS.test(entrypoint.args.value)) return;
    ctx.report({
      range: cmd.textRange,
      params: { line: String(ctx.model.lines.lineOf(entrypoint.range.start) + 1) },
      fix: execFormFix(entrypoint),
    });
  },
};
