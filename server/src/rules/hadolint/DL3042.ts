import { DL3042 as text } from '../../knowledge/rules/hadolint/DL3042';
import { pipOrPython } from './DL3013';
import type { Instruction } from '../../parse/ast';
import type { Rule, RuleContext, ShellCommand } from '../types';
import { allRunsMatching, argWord, cacheMountCovers, hasArg, hasArgSeq, insertAfter } from './commandLine';

const TRUTHY = new Set(['1', 'true', 'True', 'TRUE', 'on', 'On', 'ON', 'yes', 'Yes', 'YES']);


/** hadolint's isPipInstall (src/Hadolint/Shell.hs): `pip… install` (not pipenv) or `python… -m pip install`. */
function isPipInstall(cmd: ShellCommand): boolean {
  const name = cmd.name;
  if (name.startsWith('pip') && !name.startsWith('pipenv') && hasArg(cmd, 'install')) return true;
  return name.startsWith('python') && hasArgSeq(cmd, PYTHON_PIP_INSTALL);
}
const PYTHON_PIP_INSTALL = ['-m', 'pip', 'install'];
const WRAPPERS = [['-m', 'pipx'], ['-m', 'pipenv']] as const;

function isPipWrapper(cmd: ShellCommand): boolean {
  const name = cmd.name;
  if (name.includes('pipx') || name.includes('pipenv')) return true;
  return name.startsWith('python') && (hasArgSeq(cmd, WRAPPERS[0]) || hasArgSeq(cmd, WRAPPERS[1]));
}

/** `ENV PIP_NO_CACHE_DIR=<truthy>` visible at this instruction (in the stage or a stage it is built FROM). */
function envDisablesCache(ctx: RuleContext, ins: Instruction): boolean {
  const def = ctx.model.scopeAt(ins.range.start).get('PIP_NO_CACHE_DIR');
  return def !== undefined && def.kind === 'env' && def.value !== undefined && TRUTHY.has(def.value);
}

/** `PIP_NO_CACHE_DIR=<truthy>` written in the script itself (hadolint looks at the script text). */
function scriptDisablesCache(run: Instruction): boolean {
  const text = run.args.value + run.heredocs.map((h) => h.content).join('\n');
  for (const m of text.matchAll(/PIP_NO_CACHE_DIR=["']?([A-Za-z0-9]*)/g)) if (m[1] !== undefined && TRUTHY.has(m[1])) return true;
  return false;
}

/**
 * hadolint DL3042 (src/Hadolint/Rule/DL3042.hs): `pip install` (or `python -m pip install`) without
 * `--no-cache-dir`; not for pipx/pipenv wrappers, not when `PIP_NO_CACHE_DIR` is set to a truthy value by ENV
 * (in the stage or the stage it builds on) or in the script, and not when a cache or tmpfs mount covers
 * `.cache/pip` (ours also accepts a mount of a parent folder such as `/root/.cache`); in RUN and ONBUILD RUN.
 */
export const rule: Rule = {
  id: 'DL3042',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'image-layers',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3042.hs',
  text,
  instructions: ['run'],
  scope: 'stage',
  check(ctx) {
    for (const { ins, run, script } of allRunsMatching(ctx, pipOrPython)) {
      // Only the RUNs with a pip install can be reported: test that first, the exemptions below cost more.
      if (!script.commands.some(isPipInstall)) continue;
      if (envDisablesCache(ctx, ins) || scriptDisablesCache(run)) continue;
      if (cacheMountCovers(run, ['.cache/pip'], ['/root/.cache/pip'])) continue;
      for (const cmd of script.commands) {
        if (!isPipInstall(cmd) || isPipWrapper(cmd) || hasArg(cmd, '--no-cache-dir')) continue;
        const sub = argWord(cmd, ['install']);
        ctx.report({ range: cmd.range, fix: sub === undefined ? undefined : { title: 'addNoCacheDir', edits: [insertAfter(sub, '--no-cache-dir')] } });
      }
    }
  },
};
