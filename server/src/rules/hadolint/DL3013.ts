import { DL3013 as text } from '../../knowledge/rules/hadolint/DL3013';
import type { Rule, ShellCommand } from '../types';
import { allRunsMatching, args, hasAnyFlag, hasArg, hasArgSeq, wordText } from './commandLine';
import { operands } from './packages';

const VALUE_FLAGS = ['abi', 'b', 'build', 'e', 'editable', 'extra-index-url', 'f', 'find-links', 'i', 'index-url', 'implementation', 'no-binary', 'only-binary', 'platform', 'prefix', 'progress-bar', 'proxy', 'python', 'python-version', 'root', 'root-user-action', 'src', 't', 'target', 'trusted-host', 'upgrade-strategy'];
const VCS = ['git+file', 'git+https', 'git+ssh', 'git+http', 'git+git', 'git', 'hg+file', 'hg+http', 'hg+https', 'hg+ssh', 'hg+static-http', 'svn', 'svn+svn', 'svn+http', 'svn+https', 'svn+ssh', 'bzr+http', 'bzr+https', 'bzr+ssh', 'bzr+sftp', 'bzr+ftp', 'bzr+lp'];
const PYTHON_PIP_INSTALL = ['-m', 'pip', 'install'];
const VERSION_SYMBOLS = ['==', '>=', '<=', '>', '<', '!=', '~=', '==='];

/** hadolint Shell.isPipInstall: `pip*` (not pipenv) with `install`, or `python* -m pip install`. */
export function isPipInstall(cmd: ShellCommand): boolean {
  const name = cmd.name;
  if (name.startsWith('pip') && !name.startsWith('pipenv')) return hasArg(cmd, 'install');
  if (!name.startsWith('python')) return false;
  return hasArgSeq(cmd, PYTHON_PIP_INSTALL);
}

/** The command names `isPipInstall` can accept. */
export function pipOrPython(name: string): boolean {
  return name.startsWith('pip') || name.startsWith('python');
}

function pinned(p: string): boolean {
  const vcs = VCS.some((s) => p.startsWith(s));
  return VERSION_SYMBOLS.some((s) => p.includes(s)) || (vcs && p.includes('@')) || p.endsWith('.whl') || p.endsWith('.tar.gz') || (!vcs && p.includes('/'));
}

/**
 * hadolint DL3013 (src/Hadolint/Rule/DL3013.hs): `pip install` of a package without a version (`==`, `>=`, …), a
 * versioned VCS URL, a wheel or sdist, or a path; not with `-r`/`--requirement`, `.` or a constraints file
 * (`-c`/`--constraint`). RUN and ONBUILD RUN.
 */
export const rule: Rule = {
  id: 'DL3013',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'image-immutable',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3013.hs',
  text,
  instructions: ['run'],
  scope: 'instruction',
  check(ctx) {
    for (const { script } of allRunsMatching(ctx, pipOrPython)) {
      for (const cmd of script.commands) {
        if (!isPipInstall(cmd) || hasAnyFlag(cmd, ['constraint', 'c'])) continue;
        const a = args(cmd);
        if (a.includes('--requirement') || a.includes('-r') || a.includes('.')) continue;
        const names = operands(cmd, VALUE_FLAGS).map(wordText);
        const packages = names.slice(names.indexOf('install') + 1).filter((p) => p !== 'install');
        if (names.includes('install') && packages.every(pinned)) continue;
        if (!names.includes('install')) continue;
        ctx.report({ range: cmd.range });
      }
    }
  },
};
