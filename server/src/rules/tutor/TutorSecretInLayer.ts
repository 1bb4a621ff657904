import { TutorSecretInLayer as text } from '../../knowledge/rules/tutor/TutorSecretInLayer';
import { allRunsMatching, args, runsOf, wordText, type RunEntry } from '../hadolint/commandLine';
import type { Rule, RuleContext, ShellCommand, ShellWord } from '../types';
import type { Instruction } from '../../parse/ast';
import { Word } from '../../shell/parser';
import { baseName, contextSources, finalChainInOrder } from './lib';
import { dropEndQuotes, lowerCase } from '../strings';

/** Files that hold private keys, tokens or passwords by their name. */
const SECRET_FILES = new Set([
  'id_rsa', 'id_dsa', 'id_ecdsa', 'id_ed25519', '.npmrc', '.pypirc', '.netrc', '.git-credentials', '.pgpass',
  '.env', 'credentials', 'credentials.json',
]);
/** Folders whose content is credentials. */
const SECRET_DIRS = new Set(['.ssh', '.aws', '.gnupg']);
const ENV_TEMPLATE = /^\.env\.(?:example|sample|template|dist|defaults?|test)$/i;

/** Whether a COPY/ADD source path names a secret file (`id_rsa`, `.npmrc`, `.env`, `*.key`, `server-key.pem`, `.ssh/`). */
export function secretFile(source: string): boolean {
  const p = dropEndQuotes(source);
  // A secret folder is a whole segment: look for one only when its name is in the path.
  if (p.includes('.ssh') || p.includes('.aws') || p.includes('.gnupg')) {
    const segments = p.split('/').filter((s) => s !== '' && s !== '.');
    if (segments.some((s) => SECRET_DIRS.has(s))) return true;
  }
  const name = lowerCase(baseName(p));
  if (SECRET_FILES.has(name)) return true;
  if (name.startsWith('.env.') && !ENV_TEMPLATE.test(name)) return true;
  if (name.includes('*') || name.includes('$')) return false;
  // Private keys; a `.pem` or `.key` that is a certificate or a public (signing) key is no secret.
  if (name.endsWith('.p12') || name.endsWith('.pfx')) return true;
  if (!name.endsWith('.key') && !name.endsWith('.pem')) return false;
  const stem = name.slice(0, -4);
  if (/pub|gpg|sign|release|archive|repo|trust|cert|chain|(?:^|[-_.])ca(?:[-_.]|$)/.test(stem)) return false;
  // `.key` also names public signing keys (`nginx_signing.key`): only names that say private or TLS count.
  return /(?:^|[-_.])(?:priv|private|privkey|tls|ssl|server|client|key)(?:[-_.]|$)/.test(stem);
}

/** Variable names that hold a credential (ids, files, paths, URLs and versions excluded). */
export function secretVariable(name: string): boolean {
  const n = name.toUpperCase();
  if (/(?:_|^)(?:FILE|PATH|DIR|URL|VERSION|ID|NAME|USER|USERNAME)$/.test(n)) return false;
  return /TOKEN|PASSWORD|PASSWD|SECRET|APIKEY|API_KEY|ACCESS_KEY|(?:^|_)(?:PASS|AUTH|CREDENTIALS?)$/.test(n);
}

/** A word's text without its single-quoted parts (where `$` is literal). */
function expandedParts(raw: string): string {
  let out = '';
  let double = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '"') double = !double;
    else if (c === "'" && !double) {
      const close = raw.indexOf("'", i + 1);
      if (close < 0) break;
      i = close;
      continue;
    }
    out += c;
  }
  return out;
}

/** The secret-named variables a word expands. */
function secretVars(w: ShellWord): string[] {
  const out: string[] = [];
  const raw = w.raw;
  if (!raw.includes('$')) return out;
  for (const m of expandedParts(raw).matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) if (m[1] !== undefined && secretVariable(m[1])) out.push(m[1]);
  return out;
}

const CONFIG_TOOLS = new Set(['npm', 'yarn', 'pnpm', 'pip', 'pip3', 'bundle', 'poetry', 'composer']);
/** Every name `storesArguments` can answer true for. */
const STORING_COMMANDS = new Set([...CONFIG_TOOLS, 'git', 'docker', 'podman', 'helm', 'aws']);

/** Commands that store their arguments in a configuration file (`npm config set`, `git config`, `docker login`, …). */
function storesArguments(cmd: ShellCommand, name: string): boolean {
  if (CONFIG_TOOLS.has(name) || name === 'git') return args(cmd).includes('config');
  if (name === 'docker' || name === 'podman' || name === 'helm') return args(cmd).includes('login');
  if (name === 'aws') return args(cmd)[0] === 'configure';
  return false;
}

/** `npm config set`, `git config`, `docker login`: the command name and its subcommand words. */
function commandWords(cmd: ShellCommand): string {
  const texts = cmd.words.map(wordText);
  const i = texts.findIndex((t, k) => k > 0 && ['config', 'login', 'configure'].includes(t));
  if (i < 0) return texts[0] ?? '';
  const next = texts[i + 1];
  return [texts[0] ?? '', texts[i] ?? '', ...(next === 'set' ? [next] : [])].join(' ');
}

/** Whether `wordText(w)` starts with `--`, without making that text (quotes are skipped as `wordText` drops them). */
function dashDash(w: ShellWord): boolean {
  if (w instanceof Word) {
    // Most words are plain and their text is not made yet: read two characters of the script.
    const c0 = w.plainCodeAt(0);
    if (c0 !== -2) return c0 === 45 && w.plainCodeAt(1) === 45;
  }
  const v = w.value;
  if (v !== undefined) return v.charCodeAt(0) === 45 && v.charCodeAt(1) === 45;
  const raw = w.raw;
  let dashes = 0;
  for (let i = 0; i < raw.length && dashes < 2; i++) {
    const c = raw.charCodeAt(i);
    if (c === 34 || c === 39) continue;
    if (c !== 45) return false;
    dashes++;
  }
  return dashes === 2;
}

/** Whether the rule looks at a command by its name (`echo`, `printf`, a STORING_COMMANDS one; `/usr/bin/npm` too). */
function namedCommand(full: string): boolean {
  const name = full.includes('/') ? baseName(full) : full;
  return name === 'echo' || name === 'printf' || STORING_COMMANDS.has(name);
}

/** COPY/ADD sources from the build context that name a secret file. */
function checkSources(ctx: RuleContext, ins: Instruction): void {
  for (const src of contextSources(ins)) {
    if (src.value.includes('://') && /^[a-z][a-z0-9+.-]*:\/\//i.test(src.value)) continue;
    if (secretFile(src.value)) ctx.report({ range: src.range, params: { instruction: ins.keyword.toUpperCase(), source: src.value } });
  }
}

const LITERAL_FLAG = /^--(?:password|passwd|token|api-key|apikey|secret)(?:=(.*))?$/;
/** Quotes, backslashes and line breaks (any number): what a literal word's value drops of its written text. */
const QUOTING = `["'\\\\\\n\\r]*`;

/** A regular expression's text for `word` with QUOTING between its characters. */
function spelledLoosely(word: string): string {
  return [...word].map((c) => (c === '-' ? '\\-' : c)).join(QUOTING);
}

/**
 * `--` and a name LITERAL_FLAG matches (`passw`: password, passwd), QUOTING allowed between any two characters:
 * a literal word's value is its written text less those, so a word of a script can be a LITERAL_FLAG only if the
 * script's text matches (`--"token"`, `--pass\word` do). Most RUNs do not: their command words are then not read.
 */
const LITERAL_FLAG_TEXT = new RegExp(
  `${spelledLoosely('--')}${QUOTING}(?:${['passw', 'token', 'api-key', 'apikey', 'secret'].map(spelledLoosely).join('|')})`,
);

/** Whether LITERAL_FLAG_TEXT is in a RUN's arguments or one of its heredoc bodies (its script is one of them). */
function mayHaveLiteralFlag(run: Instruction): boolean {
  if (LITERAL_FLAG_TEXT.test(run.args.value)) return true;
  const heredocs = run.heredocs;
  for (let i = 0; i < heredocs.length; i++) if (LITERAL_FLAG_TEXT.test(heredocs[i]!.content)) return true;
  return false;
}


/**
 * Dockerfile Tutor's own rule (build secrets, notes §3.2): in the stages of the final image,
 * - COPY/ADD from the build context of a file that holds credentials by its name (private keys, `.npmrc`, `.env`,
 *   `.netrc`, `credentials`, `.ssh/`, `.aws/`): the file is in a layer even when a later step deletes it;
 * - a RUN that writes a secret-named variable (`$NPM_TOKEN`) into a file with `echo`/`printf` and does not delete
 *   that file in the same RUN, or stores it with a command that keeps its arguments in a config file
 *   (`npm config set`, `git config`, `docker login`);
 * - a literal value after `--password`/`--token`/`--secret` on a RUN command line, which the image history keeps.
 * ARG/ENV names themselves are BuildKit's SecretsUsedInArgOrEnv and hadolint's DL3064.
 */
export const rule: Rule = {
  id: 'TutorSecretInLayer',
  source: 'tutor',
  defaultSeverity: 'warning',
  concept: 'build-secrets',
  reference: 'https://docs.docker.com/build/building/secrets/',
  text,
  instructions: ['copy', 'add', 'run'],
  scope: 'stage',
  check(ctx) {
    // The RUNs with a command the rule looks at by name (few): the others' commands are read only for literal flags.
    // (In file order, as the loop below: one cursor finds each RUN.)
    let named: readonly RunEntry[] | undefined;
    let at = 0;
    for (const stage of finalChainInOrder(ctx.model.stages, ctx.model.finalChain)) {
      // Only COPY and ADD have context sources (findings are sorted by position after the rules run).
      for (const ins of stage.instructions) if (ins.name === 'copy' || ins.name === 'add') checkSources(ctx, ins);
      for (const { run, script } of runsOf(ctx, stage, false)) {
        named ??= allRunsMatching(ctx, namedCommand, false);
        while (at < named.length && named[at]!.run.range.start < run.range.start) at++;
        const byName = at < named.length && named[at]!.run === run;
        const flagWords = mayHaveLiteralFlag(run);
        if (!byName && !flagWords) continue;
        const commands = script.commands;
        for (let c = 0; c < commands.length; c++) {
          const cmd = commands[c]!;
          const full = cmd.name;
          const name = !byName ? '' : full.includes('/') ? baseName(full) : full;
          if (name === 'echo' || name === 'printf') {
            const out = cmd.redirects.find((r) => (r.op === '>' || r.op === '>>' || r.op === '>|') && (r.fd === '' || r.fd === '1'));
            const file = out?.target === undefined ? undefined : wordText(out.target);
            if (file === undefined || file.startsWith('/dev/') || file.startsWith('/proc/')) continue;
            const vars = cmd.words.slice(1).flatMap(secretVars);
            if (vars[0] === undefined) continue;
            const removed = script.commands.some((c) => c.name === 'rm' && args(c).some((a) => a === file || baseName(a) === baseName(file)));
            if (removed) continue;
            ctx.report({ range: cmd.range, variant: 'writesFile', params: { name: vars[0], file } });
            continue;
          }
          if (STORING_COMMANDS.has(name) && storesArguments(cmd, name)) {
            const v = cmd.words.slice(1).flatMap(secretVars)[0];
            if (v !== undefined) {
              ctx.report({ range: cmd.range, variant: 'storesConfig', params: { name: v, command: commandWords(cmd) } });
              continue;
            }
          }
          if (!flagWords) continue;
          const words = cmd.words;
          for (let i = 1; i < words.length; i++) {
            const w = words[i]!;
            // LITERAL_FLAG needs a `--` prefix: most words are skipped without running it. A plain word is
            // judged by its first two characters (the constructor test is a property read; `instanceof` is a
            // call in the server's baseline code); any other word by `dashDash`.
            const c0 = w.constructor === Word ? (w as Word).plainCodeAt(0) : -2;
            if (c0 !== -2) {
              if (c0 !== 45 || (w as Word).plainCodeAt(1) !== 45) continue;
            } else if (!dashDash(w)) continue;
            const m = LITERAL_FLAG.exec(wordText(w));
            if (m === null) continue;
            const valueWord = m[1] === undefined ? words[i + 1] : undefined;
            const value = m[1] ?? (valueWord === undefined ? '' : wordText(valueWord));
            if (value === '' || value.startsWith('-') || value.includes('$') || value.startsWith('/') || value.startsWith('@') || w.raw.includes('$')) continue;
            if (valueWord !== undefined && valueWord.raw.includes('$')) continue;
            const flag = w.raw.split('=')[0] ?? w.raw;
            ctx.report({ range: valueWord === undefined ? w.range : { start: w.range.start, end: valueWord.range.end }, variant: 'literal', params: { flag } });
          }
        }
      }
    }
  },
};
