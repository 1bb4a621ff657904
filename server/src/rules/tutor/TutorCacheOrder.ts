import { TutorCacheOrder as text } from '../../knowledge/rules/tutor/TutorCacheOrder';
import type { Instruction } from '../../parse/ast';
import { argWords, wordText } from '../hadolint/commandLine';
import type { Rule, ShellCommand } from '../types';
import { commandName, contextSources, isWholeContext, mountTypes, nonFlagArgs } from './lib';

const PIP = new Set(['pip', 'pip2', 'pip3']);

/** The words after the command name, without flags (`npm ci --omit=dev` → `ci`). */
function subcommands(cmd: ShellCommand): string[] {
  return nonFlagArgs(cmd).map(wordText);
}

/**
 * Whether a command installs the dependencies a manifest or lock file lists (and not named packages, which do
 * not depend on the source): `npm ci`, `npm install` without package names, `yarn [install]`, `pnpm install|fetch`,
 * `pip install -r`, `bundle install`, `go mod download`, `composer install`, `mvn dependency:…`,
 * `gradle dependencies`, `poetry install`, `pipenv install`, `uv sync`, `cargo fetch`, `dotnet restore`, `mix deps.get`.
 */
export function dependencyInstall(cmd: ShellCommand): boolean {
  const name = commandName(cmd);
  const [sub, ...rest] = subcommands(cmd);
  switch (name) {
    case 'npm':
      return sub === 'ci' || ((sub === 'install' || sub === 'i') && rest.length === 0);
    case 'yarn':
      return sub === undefined || (sub === 'install' && rest.length === 0);
    case 'pnpm':
      return (sub === 'install' || sub === 'i') ? rest.length === 0 : sub === 'fetch';
    case 'bundle':
    case 'composer':
    case 'poetry':
      return sub === 'install';
    case 'pipenv':
      return sub === 'install' && rest.length === 0;
    case 'go':
      return sub === 'mod' && rest[0] === 'download';
    case 'mvn':
    case 'mvnw':
      return sub !== undefined && sub.startsWith('dependency:');
    case 'gradle':
    case 'gradlew':
      return sub === 'dependencies';
    case 'uv':
      return sub === 'sync';
    case 'cargo':
      return sub === 'fetch';
    case 'dotnet':
      return sub === 'restore';
    case 'mix':
      return sub === 'deps.get';
    default:
      break;
  }
  // pip install -r requirements.txt, python -m pip install -r …
  let words = argWords(cmd).map(wordText);
  if (/^python[0-9.]*$/.test(name) && words[0] === '-m' && (words[1] === 'pip' || words[1] === 'pip3')) words = words.slice(2);
  else if (!PIP.has(name)) return false;
  return words[0] === 'install' && words.some((w) => w === '-r' || w.startsWith('--requirement') || /^-r\S/.test(w));
}

/**
 * Dockerfile Tutor's own rule (build cache, notes §3.2): a RUN that installs dependencies from a manifest after a
 * COPY/ADD of the whole build context (`.`, `./`, `*`) in the same stage. Every source change then invalidates the
 * cache of the COPY and so re-runs the install. Silent when the RUN uses a bind or cache mount (the learner has
 * already arranged the cache), for `ONBUILD`, for non-POSIX shells and for COPY `--from`.
 */
export const rule: Rule = {
  id: 'TutorCacheOrder',
  source: 'tutor',
  defaultSeverity: 'warning',
  concept: 'build-cache',
  reference: 'https://docs.docker.com/build/cache/optimize/#order-your-layers',
  text,
  instructions: ['copy', 'add'],
  scope: 'stage',
  linesInMessages: true,
  check(ctx) {
    for (const stage of ctx.model.stages) {
      let wholeCopy: Instruction | undefined;
      for (const ins of stage.instructions) {
        // Only COPY and ADD have context sources: no call and closure for the other instructions.
        if (wholeCopy === undefined && (ins.name === 'copy' || ins.name === 'add') && contextSources(ins).some((s) => isWholeContext(s.value))) {
          wholeCopy = ins;
          continue;
        }
        if (wholeCopy === undefined || ins.name !== 'run') continue;
        // Only the RUNs after the COPY are parsed (runsOf would parse the whole stage).
        const script = ctx.isPosixShell(ins) ? ctx.shell(ins) : undefined;
        if (script === undefined) continue;
        const types = mountTypes(ins);
        if (types.includes('cache') || types.includes('bind')) continue;
        const install = script.commands.find(dependencyInstall);
        if (install === undefined) continue;
        ctx.report({
          range: install.range,
          params: {
            command: install.words.map((w) => w.raw).join(' '),
            copy: wholeCopy.original.trim(),
            line: String(ctx.model.lines.lineOf(wholeCopy.range.start) + 1),
          },
        });
      }
    }
  },
};
