import { DL4006 as text } from '../../knowledge/rules/hadolint/DL4006';
import { baseStages, type Stage } from '../../model/model';
import type { Instruction, Token } from '../../parse/ast';
import type { Rule, ShellCommand } from '../types';
import { args, hasAnyFlag } from './commandLine';

/** `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`: bash, zsh or ash with `-o pipefail` (hadolint's test). */
function setsPipefail(shell: Instruction): boolean {
  const words = shell.argNodes.filter((n): n is Token => !('child' in n)).map((t) => t.value);
  const program = (words[0] ?? '').split('/').pop() ?? '';
  if (!['bash', 'zsh', 'ash'].includes(program)) return false;
  return words.some((w) => /^-[A-Za-z]*o[A-Za-z]*$/.test(w)) && words.includes('pipefail');
}

/** `set -o pipefail` (or `set -euxo pipefail`) inside the script, before the pipe. */
function isSetPipefail(cmd: ShellCommand): boolean {
  return cmd.name === 'set' && hasAnyFlag(cmd, ['o']) && args(cmd).includes('pipefail');
}

/** Commands that cannot fail in a way pipefail would catch (`echo "$sum *file" | sha256sum -c -`). */
const CANNOT_FAIL = new Set(['echo', 'printf', 'true', ':']);

/**
 * Index of the first command of the first pipeline (commands joined by `|`) where a command before the last can
 * fail; -1 when there is none.
 */
function riskyPipe(commands: readonly ShellCommand[]): number {
  for (let i = 0; i < commands.length; i++) {
    if (commands[i]?.next !== '|' || (i > 0 && commands[i - 1]?.next === '|')) continue;
    let j = i;
    let risky = false;
    while (commands[j]?.next === '|') {
      if (!CANNOT_FAIL.has(commands[j]?.name ?? '')) risky = true;
      j++;
    }
    if (risky) return i;
  }
  return -1;
}

/**
 * hadolint DL4006 (src/Hadolint/Rule/DL4006.hs): a RUN with a pipe while the stage's SHELL does not set
 * `-o pipefail` (bash, zsh or ash). A SHELL with a non-POSIX shell silences it (no shell script to read). hadolint
 * forgets SHELL at each FROM; ours keeps the SHELL of a stage the stage is built FROM (the image keeps it), and
 * also accepts `set -o pipefail` in the script before the first pipe, and ignores pipes whose left side is only
 * `echo`/`printf` (nothing there can fail for pipefail to catch).
 */
export const rule: Rule = {
  id: 'DL4006',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'shell-and-exec-form',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL4006.hs',
  text,
  instructions: ['run'],
  scope: 'stage',
  check(ctx) {
    const stages = ctx.model.stages;
    const inherited = (s: Stage): boolean => {
      for (const b of baseStages(stages, s)) {
        // The base's last SHELL, searched from its end (no filtered copy of every stage's instructions).
        const list = b.instructions;
        for (let i = list.length - 1; i >= 0; i--) if (list[i]!.name === 'shell') return setsPipefail(list[i]!);
      }
      return false;
    };
    for (const stage of stages) {
      let pipefail = inherited(stage);
      for (const ins of stage.instructions) {
        if (ins.name === 'shell') pipefail = setsPipefail(ins);
        if (ins.name !== 'run' || pipefail) continue;
        const script = ctx.shell(ins);
        // No `|` anywhere (most RUNs): no command is joined to the next by a pipe.
        if (script === undefined || script.pipes === 0) continue;
        const pipe = riskyPipe(script.commands);
        if (pipe < 0) continue;
        if (script.commands.slice(0, pipe).some(isSetPipefail)) continue;
        const cmd = script.commands[pipe];
        if (cmd !== undefined) ctx.report({ range: cmd.range });
      }
    }
  },
};
