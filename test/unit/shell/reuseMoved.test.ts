/**
 * ShellScriptReuse (shell/shell.ts) moving scripts: after an edit that changes the length of the text, the RUNs after
 * it start at other offsets and take the scripts of the previous lint moved there (parser.ts `moveScript`). Every
 * range a moved script gives (commands, words, assignments, redirections) must be the range a fresh parse gives, and a
 * lint with the reuse must find what a lint from scratch finds.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import fc from 'fast-check';
import type { Instruction, ParseResult } from '../../../server/src/parse/ast';
import { analyze, type DockerfileModel } from '../../../server/src/model/model';
import { DEFAULT_LINT_CONFIG, lint, type Finding } from '../../../server/src/rules/lint';
import { RULES } from '../../../server/src/rules/registry';
import type { ShellScript, ShellWord } from '../../../server/src/rules/types';
import { lintText } from '../../../server/src/service';
import { analyzeRun, shellScriptOf, ShellScriptReuse } from '../../../server/src/shell/shell';
import { corpusDir } from '../../helpers/corpus';

/** What a finding says and where. */
function shown(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.range.start}-${f.range.end} ${f.code} ${f.variant} ${JSON.stringify(f.params)} ${JSON.stringify(f.fix ?? null)}`);
}

function word(w: ShellWord): string {
  return `${w.range.start}-${w.range.end} ${JSON.stringify([w.raw, w.value ?? null, w.text])}`;
}

/** Everything a script says, every document range included (reading them makes the script keep them). */
function dump(script: ShellScript | null | undefined): unknown {
  if (script === null || script === undefined) return null;
  return {
    source: script.source,
    parseError: script.parseError,
    options: script.options,
    pipes: script.pipes,
    commands: script.commands.map((c) => ({
      name: c.name,
      range: `${c.range.start}-${c.range.end}`,
      next: c.next,
      context: c.context,
      words: c.words.map(word),
      assignments: c.assignments.map(word),
      redirects: c.redirects.map((r) => `${r.range.start}-${r.range.end} ${r.fd}${r.op} ${r.target === undefined ? '' : word(r.target)}`),
    })),
  };
}

/** The shell-form RUNs of a parse (of a text), ONBUILD's included, in order. */
function runsOf(parse: ParseResult | string): Instruction[] {
  const runs: Instruction[] = [];
  for (const ins of (typeof parse === 'string' ? analyze(parse).parse : parse).instructions) {
    const run = ins.onbuild ?? ins;
    if (run.name === 'run' && !run.json) runs.push(run);
  }
  return runs;
}

/**
 * Follows a document through its versions three ways, each checked against a parse or a lint from scratch:
 * `read` asks for every RUN's script and reads all its ranges (a moved script then has ranges to forget); `lazy`
 * asks for every script but reads the ranges of every other version only (a script moved before any range of it was
 * read, or moved twice between reads); `lint` lints with its reuse, and `incremental` with its reuse and the model of
 * the version before (parsed from it, as the lint worker does).
 */
class Versions {
  readonly read = new ShellScriptReuse();
  readonly lazy = new ShellScriptReuse();
  readonly lint = new ShellScriptReuse();
  readonly incremental = new ShellScriptReuse();
  private last: DockerfileModel | undefined;
  /** Scripts moved so far, by `read` and by `lint`. */
  moved = 0;
  movedByLint = 0;
  private count = 0;

  check(text: string, label = ''): void {
    this.count++;
    const model = analyze(text);
    const runs = runsOf(model.parse);
    this.read.begin(model.parse);
    this.lazy.begin(model.parse);
    const readLazy = this.count % 2 === 0;
    const taken = new Set<ShellScript>();
    for (const run of runs) {
      const fresh = dump(analyzeRun(run));
      const script = this.read.scriptOf(run);
      if (script !== null) {
        assert.ok(!taken.has(script), `${label}: one script for two RUNs`);
        taken.add(script);
      }
      assert.deepEqual(dump(script), fresh, `${label}: the script of the RUN at ${run.range.start}`);
      const lazy = this.lazy.scriptOf(run);
      if (readLazy) assert.deepEqual(dump(lazy), fresh, `${label}: the script of the RUN at ${run.range.start} (read lazily)`);
    }
    this.moved += this.read.moved;
    const fromScratch = shown(lintText(text).findings);
    assert.deepEqual(shown(lintText(text, { reuse: this.lint }).findings), fromScratch, `${label}: the findings`);
    this.movedByLint += this.lint.moved;
    const incremental = lintText(text, { reuse: this.incremental, previous: this.last });
    this.last = incremental.model;
    assert.deepEqual(shown(incremental.findings), fromScratch, `${label}: the findings, parsed from the version before`);
  }
}

const STAGE = [
  'FROM alpine:3.20 AS build',
  'RUN apk add curl && cd /app && sudo make install',
  'RUN set -eux; \\',
  '    X=1 apt-get install -y "pkg=${V}" > /tmp/log 2>&1 \\',
  '    && curl -fsSL http://example.com/x.sh | sh',
  'RUN <<EOF',
  'set -e',
  'cd /tmp && wget http://example.com/x.tgz',
  'EOF',
  'RUN cat <<EOT > /etc/motd && echo "$(cd /x; pwd)" >> /etc/motd',
  'hello $USER',
  'EOT',
  'ONBUILD RUN cd /src && make',
  '',
].join('\n');

/** `text` with `insert` put in place of `cut` characters at the start of line `line`. */
function atLine(text: string, line: number, insert: string, cut = 0): string {
  const at = text.split('\n').slice(0, line).join('\n').length + (line > 0 ? 1 : 0);
  return text.slice(0, at) + insert + text.slice(at + cut);
}

describe('ShellScriptReuse: scripts moved to where their RUN moved', () => {
  it('gives the ranges of a fresh parse after text is inserted and deleted before one-line, continued and heredoc RUNs', () => {
    const v = new Versions();
    let text = STAGE + STAGE.replace('alpine:3.20', 'debian:12');
    v.check(text, 'first');
    // A line inserted after the first stage's FROM: every RUN moves, the first stage's by 12, the second's too.
    text = atLine(text, 1, '# a comment\n');
    v.check(text, 'comment inserted');
    assert.equal(v.read.moved, runsOf(text).length);
    // One character inserted in the second stage's FROM: only that stage's RUNs move.
    text = text.replace('debian:12', 'debian:12.5');
    v.check(text, 'FROM longer');
    assert.equal(v.read.moved, runsOf(STAGE).length);
    assert.equal(v.read.reused, runsOf(text).length);
    // Text deleted: the RUNs move back.
    text = text.replace('# a comment\n', '');
    v.check(text, 'comment deleted');
    assert.equal(v.read.moved, runsOf(text).length);
    // Two edits in one version: the RUNs between them move by one amount, those after by another.
    text = atLine(atLine(text, 18, 'ARG A=1\n'), 5, '\n\n\n');
    v.check(text, 'two edits');
    assert.equal(v.read.moved, 8);
    // A line inside the continued RUN gets longer: it is parsed again, the RUNs after it move.
    text = text.replace('    && curl -fsSL', '      && curl -fsSL');
    v.check(text, 'continuation line longer');
    assert.equal(v.read.reused, runsOf(text).length - 1);
    assert.equal(v.read.moved, 8);
    // A heredoc body gets longer: that RUN is parsed again, the RUNs after it move.
    text = text.replace('hello $USER', 'hello $USER and $HOME');
    v.check(text, 'heredoc body longer');
    assert.equal(v.read.moved, 6);
    // Scripts of three lints are kept now: MAX_ORIGINS (shell.ts) offers those of the two lints that parsed the most
    // (the first lint's eight, and of the two that parsed one each, the later: the heredoc RUN). They move; the
    // continued RUN is parsed again. At the next edit the same happens to the heredoc RUN: one RUN goes round.
    text = atLine(text, 0, 'ARG B=2\n');
    v.check(text, 'ARG at the top');
    assert.deepEqual([v.read.reused, v.read.moved], [9, 9]);
    text = atLine(text, 0, 'ARG C=3\n');
    v.check(text, 'another ARG at the top');
    assert.deepEqual([v.read.reused, v.read.moved], [9, 9]);
    assert.ok(v.movedByLint > 0, 'the lint moved no script');
  });

  it('moves the scripts of a file whose escape character is a backtick', () => {
    const v = new Versions();
    const stage = STAGE.replace(/\\$/gm, '`').replace('FROM alpine', 'FROM mcr.microsoft.com/windows/servercore');
    let text = `# escape=\`\n${stage}${stage}`;
    v.check(text, 'first');
    text = atLine(text, 1, 'ARG X=1\n');
    v.check(text, 'ARG inserted');
    assert.equal(v.read.moved, runsOf(text).length);
    text = atLine(text, 1, '', 'ARG X=1\n'.length);
    v.check(text, 'ARG deleted');
    assert.equal(v.read.moved, runsOf(text).length);
    // The escape character back to `\`: nothing is taken, moved or not.
    text = text.replace('# escape=`', '# escape=\\');
    v.check(text, 'escape changed');
    assert.equal(v.read.reused, 0);
  });

  it('gives each of several identical RUNs a script of its own, moved to its place', () => {
    const v = new Versions();
    const run = 'RUN apt-get update && apt-get install -y curl > /dev/null \\\n    && rm -rf /var/lib/apt/lists/*\n';
    let text = `FROM ubuntu:22.04\n${run.repeat(5)}`;
    v.check(text, 'first');
    // Every one of them moves by one.
    text = text.replace('22.04', '22.04 ');
    v.check(text, 'all moved');
    assert.equal(v.read.moved, 5);
    // One more identical RUN at the top: it and the four after it take the five old scripts, moved; one is parsed.
    text = text.replace('22.04 \n', `22.04 \n${run}`);
    v.check(text, 'one more');
    assert.equal(v.read.reused, 5);
    // One of them deleted, in the middle.
    text = text.replace(run + run, run);
    v.check(text, 'one fewer');
    assert.equal(v.read.reused, 5);
    // Two RUNs swap places (an identical pair in between).
    const a = 'RUN echo a > /a\n';
    const b = 'RUN cd /b && echo bb >> /b/log\n';
    text = `FROM x\n${a}${run}${b}`;
    v.check(text, 'a then b');
    text = `FROM x\n${b}${run}${a}`;
    v.check(text, 'b then a');
    assert.equal(v.read.reused, 3);
    assert.equal(v.read.moved, 3);
    // Two groups of identical RUNs moved by two amounts at once: found by text, each old script taken once.
    const other = 'RUN echo other\n';
    text = `FROM x\n${run.repeat(3)}${other}${run.repeat(3)}`;
    v.check(text, 'two groups');
    text = `FROM xy\n${run.repeat(3)}${run.repeat(3)}`;
    v.check(text, 'two groups moved');
    assert.equal(v.read.moved, 6);
  });

  it('gives the findings and ranges of a fresh parse over random edits of the corpus files, one after another', function () {
    const dir = corpusDir();
    // Missing corpus: corpusDir said so loudly (and failed under CI); the test is pending, not a pass.
    if (dir === undefined) this.skip();
    this.timeout(300_000);
    const names = fs.readdirSync(path.join(dir, 'dockerfiles')).sort().slice(60, 120);
    let text = names.map((n) => fs.readFileSync(path.join(dir, 'dockerfiles', n), 'utf8')).join('\n');
    const v = new Versions();
    v.check(text, 'first');
    const piece = fc.constantFrom('x', ' ', '  ', '\t', '\n', '\\', '\\\n', '`', '"', "'", '$', '${A}', '#', '&&', '|', ';', '<<EOF\n', 'EOF\n', 'RUN cd /x\n', 'FROM a AS b\n');
    const edit = fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.array(piece, { maxLength: 6 }).map((p) => p.join('')));
    let step = 0;
    for (const [at, cut, insert] of fc.sample(edit, { numRuns: 60, seed: 23 })) {
      const i = at % (text.length + 1);
      // A few edits cut nothing (pure insertions), a few insert nothing (pure deletions).
      text = text.slice(0, i) + insert + text.slice(i + (step % 5 === 0 ? 0 : cut));
      v.check(text, `edit ${++step} at ${i}`);
    }
    assert.ok(v.moved > 1000, `only ${v.moved} scripts moved`);
    assert.ok(v.movedByLint > 100, `only ${v.movedByLint} scripts moved by the lint`);
  });

  it('never moves a script that shellScriptOf keeps for an instruction', () => {
    const text = STAGE.repeat(3);
    const model = analyze(text);
    const runs = runsOf(model.parse);
    const kept = runs.map((r) => shellScriptOf(r));
    const before = kept.map(dump);
    // A lint of the same model takes shellScriptOf's scripts, and does not keep them for the next lint.
    const reuse = new ShellScriptReuse();
    lint(model, DEFAULT_LINT_CONFIG, RULES, reuse);
    assert.equal(reuse.reused, 0);
    for (let k = 1; k <= 3; k++) {
      const edited = `${'#\n'.repeat(k)}${text}`;
      assert.deepEqual(shown(lintText(edited, { reuse }).findings), shown(lintText(edited).findings));
      assert.equal(reuse.moved, k === 1 ? 0 : runs.length);
    }
    assert.deepEqual(kept.map(dump), before);
    assert.deepEqual(kept.map(dump), runs.map((r) => dump(analyzeRun(r))));
    // The other way round: shellScriptOf does not give the scripts a lint with the reuse took (the next lint moves
    // those) for the instructions of that lint.
    const other = new ShellScriptReuse();
    const linted = analyze(`#\n${text}`);
    lint(linted, DEFAULT_LINT_CONFIG, RULES, other);
    const lintedRuns = runsOf(linted.parse);
    const asked = lintedRuns.map((r) => shellScriptOf(r));
    const answered = asked.map(dump);
    lintText(`#\n#\n${text}`, { reuse: other });
    assert.equal(other.moved, runs.length);
    assert.deepEqual(asked.map(dump), answered);
    assert.deepEqual(asked.map(dump), lintedRuns.map((r) => dump(analyzeRun(r))));
  });

  it('keeps alive no instruction of a later version than the one a moved script was parsed from', async function () {
    // (A moved script that read the new RUN would keep the whole text of each version it was moved in: 4 MB more
    // per edit down the 2 MB benchmark file, with no limit.)
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = vm.runInNewContext('gc');
    if (typeof gc !== 'function') return this.skip();
    const reuse = new ShellScriptReuse();
    // (Continued RUNs: their scripts map offsets through the instruction, which holds the text of its version.)
    const stage = 'FROM alpine:3.20\nRUN apk add curl \\\n    && cd /app && make\n';
    const first = stage.repeat(12);
    lint(analyze(first), DEFAULT_LINT_CONFIG, RULES, reuse);
    // An edit before the second stage moves the RUNs after it; one before the eighth moves those after it again, and
    // the ones in between stay where the first edit put them.
    const second = atLine(first, 3, '# one\n');
    const third = atLine(second, 22, '# two\n');
    const weak = lintAndWatch(second, reuse);
    lint(analyze(third), DEFAULT_LINT_CONFIG, RULES, reuse);
    assert.equal(reuse.moved, 12 - 7);
    assert.equal(reuse.reused, 12);
    // WeakRef targets live to the end of the job that made them.
    await new Promise((resolve) => setImmediate(resolve));
    (gc as () => void)();
    assert.equal(weak.filter((w) => w.deref() !== undefined).length, 0);
  });
});

/** Lints `text` with `reuse`; answers weak references to its RUN instructions. */
function lintAndWatch(text: string, reuse: ShellScriptReuse): WeakRef<Instruction>[] {
  const model = analyze(text);
  lint(model, DEFAULT_LINT_CONFIG, RULES, reuse);
  assert.equal(reuse.moved, 11);
  return runsOf(model.parse).map((r) => new WeakRef(r));
}
