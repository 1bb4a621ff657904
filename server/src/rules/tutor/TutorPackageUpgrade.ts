import { TutorPackageUpgrade as text } from '../../knowledge/rules/tutor/TutorPackageUpgrade';
import { allRunsMatching, wordFirstCode, wordIs, wordText } from '../hadolint/commandLine';
import type { Edit, Rule, ShellCommand, ShellScript } from '../types';
import { baseName, commandName } from './lib';

/** Subcommands that upgrade every installed package, by package manager. */
const UPGRADE: Readonly<Record<string, readonly string[]>> = {
  'apt-get': ['upgrade', 'dist-upgrade', 'full-upgrade'],
  apt: ['upgrade', 'dist-upgrade', 'full-upgrade'],
  aptitude: ['upgrade', 'safe-upgrade', 'full-upgrade', 'dist-upgrade'],
  apk: ['upgrade'],
  yum: ['update', 'upgrade', 'distro-sync'],
  dnf: ['update', 'upgrade', 'distro-sync'],
  microdnf: ['update', 'upgrade'],
  tdnf: ['update', 'upgrade', 'distro-sync'],
  zypper: ['update', 'up', 'dist-upgrade', 'dup'],
};

/** `UPGRADE` as a Map (the names looked up are strings cut from the script, not interned property keys). */
const UPGRADE_BY_NAME: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(UPGRADE));

/** Whether a command name (its last path segment) is one of the package managers of `UPGRADE`. */
function isManager(name: string): boolean {
  return UPGRADE_BY_NAME.has(baseName(name));
}

/** The upgrade subcommand a command runs without naming packages (`apt-get -y upgrade`, `yum update -y`). */
export function fullUpgrade(cmd: ShellCommand): string | undefined {
  const subs = UPGRADE_BY_NAME.get(commandName(cmd));
  if (subs === undefined) return undefined;
  // The first argument that is not a flag is the subcommand (read in place: no list of the arguments' texts).
  const words = cmd.words;
  // (First characters and comparisons without making the words' texts: most are never read.)
  let i = 1;
  while (i < words.length && wordFirstCode(words[i]!) === 45) i++;
  if (i >= words.length) return undefined;
  const w = words[i]!;
  let sub: string | undefined;
  for (let k = 0; k < subs.length && sub === undefined; k++) if (wordIs(w, subs[k]!)) sub = subs[k];
  if (sub === undefined) return undefined;
  // Named packages after the subcommand make it a targeted upgrade (`apk upgrade openssl`).
  for (let k = i + 1; k < words.length; k++) if (wordFirstCode(words[k]!) !== 45) return undefined;
  return sub;
}

/** Skips blanks and line continuations from `i` on. */
function skipBlank(text: string, i: number, escape: string): number {
  let k = i;
  for (;;) {
    if (text[k] === ' ' || text[k] === '\t') k++;
    else if (text[k] === escape && text[k + 1] === '\n') k += 2;
    else if (text[k] === escape && text[k + 1] === '\r' && text[k + 2] === '\n') k += 3;
    else return k;
  }
}

/** The edit that removes a command from a `&&`/`;` chain at the top level of the script, keeping the rest. */
function removal(script: ShellScript, cmd: ShellCommand, text: string, escape: string): Edit | undefined {
  if (script.parseError || cmd.context !== 'top' || script.source !== 'args') return undefined;
  const i = script.commands.indexOf(cmd);
  const prev = i > 0 ? script.commands[i - 1] : undefined;
  if (prev !== undefined && prev.context === 'top' && (prev.next === '&&' || prev.next === ';')) {
    return { range: { start: prev.range.end, end: cmd.range.end }, newText: '' };
  }
  if (prev === undefined && (cmd.next === '&&' || cmd.next === ';')) {
    let k = skipBlank(text, cmd.range.end, escape);
    const op = cmd.next;
    if (text.startsWith(op, k)) k = skipBlank(text, k + op.length, escape);
    else return undefined;
    return { range: { start: cmd.range.start, end: k }, newText: '' };
  }
  return undefined;
}

/**
 * Dockerfile Tutor's own rule (immutable images, notes §3.2): a RUN in a stage of the final image that upgrades
 * every package of the base image (`apt-get upgrade`, `apt-get dist-upgrade`, `apk upgrade`, `yum|dnf update`
 * or `upgrade`, `zypper update` without package names). hadolint had this as DL3005 and deleted it (upgrading can
 * be the quickest security fix), so it is `info`: the lesson explains the trade-off. Build stages are not judged.
 */
export const rule: Rule = {
  id: 'TutorPackageUpgrade',
  source: 'tutor',
  defaultSeverity: 'info',
  concept: 'base-image',
  reference: 'hadolint DL3005 (deleted); https://docs.docker.com/build/building/best-practices/#rebuild-your-images-often',
  text,
  instructions: ['run'],
  scope: 'stage',
  check(ctx) {
    const text = ctx.model.parse.text;
    const finalChain = ctx.model.finalChain;
    // Only RUNs with a package manager can upgrade.
    for (const { script, stage } of allRunsMatching(ctx, isManager, false)) {
      if (!finalChain.has(stage)) continue;
      for (const cmd of script.commands) {
        const sub = fullUpgrade(cmd);
        if (sub === undefined) continue;
        const edit = removal(script, cmd, text, ctx.model.parse.escapeToken);
        const subWord = cmd.words.find((w) => wordText(w) === sub);
        ctx.report({
          range: cmd.range,
          params: { command: [cmd.words[0]?.raw ?? '', subWord?.raw ?? sub].join(' ') },
          fix: edit === undefined ? undefined : { title: 'removeUpgrade', edits: [edit] },
        });
      }
    }
  },
};
