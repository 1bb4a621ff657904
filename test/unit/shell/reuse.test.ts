/**
 * ShellScriptReuse (shell/shell.ts): the lint worker lints a large document again after every edit and takes the
 * shell scripts of the RUNs that did not change from the lint before, moved where they moved (reuseMoved.test.ts
 * checks their ranges). Whatever the edit, the findings must be those of a lint from scratch.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyze } from '../../../server/src/model/model';
import { DEFAULT_LINT_CONFIG, lint, type Finding } from '../../../server/src/rules/lint';
import { RULES } from '../../../server/src/rules/registry';
import { ShellScriptReuse } from '../../../server/src/shell/shell';
import { corpusDir } from '../../helpers/corpus';

/** What a finding says and where: enough to tell two lints apart. */
function shown(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.range.start}-${f.range.end} ${f.code} ${f.variant} ${JSON.stringify(f.params)} ${JSON.stringify(f.fix ?? null)}`);
}

/** Lints `text` with `reuse` and from scratch; they must agree. Returns how many scripts were reused. */
function agree(reuse: ShellScriptReuse, text: string): number {
  const withReuse = shown(lint(analyze(text), DEFAULT_LINT_CONFIG, RULES, reuse));
  const fresh = shown(lint(analyze(text), DEFAULT_LINT_CONFIG, RULES));
  assert.deepEqual(withReuse, fresh);
  return reuse.reused;
}

const BASE = [
  'FROM ubuntu:22.04 AS build',
  'RUN apt-get update && apt-get install -y curl \\',
  '    && rm -rf /var/lib/apt/lists/*',
  'RUN <<EOF',
  'set -e',
  'cd /tmp && wget http://example.com/x.tgz',
  'EOF',
  'RUN ["/bin/sh", "-c", "echo exec form"]',
  'ONBUILD RUN cd /src && make',
  'FROM mcr.microsoft.com/windows/servercore:ltsc2022',
  'SHELL ["powershell", "-Command"]',
  'RUN Invoke-WebRequest http://example.com -OutFile x ; cd C:\\ ; curl http://x',
  'FROM alpine:3.20',
  'RUN apk add curl && cd /app && sudo make install',
  'RUN cat <<EOT > /etc/motd',
  'hello $USER',
  'EOT',
  '',
].join('\n');

describe('ShellScriptReuse: the lint worker reusing shell scripts across versions', () => {
  it('gives the findings of a lint from scratch after edits before, inside and after RUNs, and reuses the unchanged ones', () => {
    const reuse = new ShellScriptReuse();
    assert.equal(agree(reuse, BASE), 0);
    // The same text again: every script the rules ask for is taken (they ask only for the RUNs that can matter to
    // them, and for none in the PowerShell stage).
    const asked = agree(reuse, BASE);
    assert.ok(asked >= 4, `only ${asked} scripts reused`);
    // One character replaced in a RUN: the other RUNs keep their offsets and their scripts.
    const edited = BASE.replace('sudo make install', 'sudo make inst4ll');
    assert.equal(agree(reuse, edited), asked - 1);
    // One character taken out of it: the RUNs after it move, and their scripts are moved with them.
    assert.equal(agree(reuse, BASE.replace('sudo make install', 'sudo make instal')), asked - 1);
    assert.equal(reuse.moved, 1);
    agree(reuse, edited);
    // A heredoc body changed: that RUN is parsed again, the one before it is reused, the ones after it move.
    const body = edited.replace('cd /tmp && wget', 'cd /tmp; wget');
    assert.equal(agree(reuse, body), asked - 1);
    assert.equal(reuse.moved, asked - 2);
    // A line inserted at the top moves every RUN, and each takes its script, moved.
    const top = new ShellScriptReuse();
    agree(top, body);
    assert.equal(agree(top, `# a comment\n${body}`), asked);
    assert.equal(top.moved, asked);
    // This one keeps scripts of three lints: the first lint's, and one RUN's of each of the last two. Only the two
    // lints that parsed the most are offered (MAX_ORIGINS in shell.ts): of the last two, the later.
    assert.equal(agree(reuse, `# a comment\n${body}`), asked - 1);
    // The escape character changed: nothing is reused, even at the same offsets.
    const escaped = `# escape=\`\n${body}`;
    agree(reuse, escaped);
    assert.equal(agree(reuse, escaped.replace('# escape=`', '# escape=\\')), 0);
  });

  it('keeps scripts of at most three lints, so edits further and further down do not keep old texts of the file', () => {
    const reuse = new ShellScriptReuse();
    const stage = 'FROM alpine:3.20\nRUN apk add curl && cd /app && make\n';
    let text = stage.repeat(12);
    agree(reuse, text);
    let moved = 0;
    for (let k = 1; k <= 8; k++) {
      // The k-th RUN changed: it is parsed again, by this lint; the RUNs after it move (their scripts with them),
      // the ones before were parsed by earlier lints, each by the lint of its own edit.
      let at = 0;
      for (let i = 0; i < k; i++) at = text.indexOf('&& make\n', at) + 1;
      text = `${text.slice(0, at + 6)} -j${k}${text.slice(at + 6)}`;
      const reused = agree(reuse, text);
      moved += reuse.moved;
      assert.ok(reused > 0, `edit ${k}: nothing reused`);
      assert.ok(reuse.origins <= 3, `edit ${k}: scripts of ${reuse.origins} lints kept`);
    }
    assert.ok(moved > 0, 'no script moved');
  });

  it('keeps reusing the scripts of the bulk of a file after typing in one RUN and then in another, the text unchanged since', () => {
    const reuse = new ShellScriptReuse();
    const stage = 'FROM alpine:3.20\nRUN apk add curl && cd /app && make\n';
    let text = stage.repeat(40);
    agree(reuse, text);
    // Typing in the 5th RUN, then in the 30th: scripts of three lints (the first one's: all the others).
    const typeIn = (k: number, what: string): void => {
      let at = 0;
      for (let i = 0; i < k; i++) at = text.indexOf('&& make\n', at) + 1;
      text = `${text.slice(0, at + 6)}${what}${text.slice(at + 6)}`;
      agree(reuse, text);
    };
    typeIn(5, ' -j2');
    typeIn(30, ' -j3');
    // The same text again and again: at most the two RUNs typed in are parsed again, never the bulk.
    for (let round = 0; round < 6; round++) {
      const reused = agree(reuse, text);
      assert.ok(reused >= 38, `round ${round}: only ${reused} of 40 scripts reused`);
      assert.ok(reuse.origins <= 3, `round ${round}: scripts of ${reuse.origins} lints kept`);
    }
  });

  it('gives the findings of a lint from scratch over random edits of the corpus files, one after another', function () {
    const dir = corpusDir();
    // Missing corpus: corpusDir said so loudly (and failed under CI); the test is pending, not a pass.
    if (dir === undefined) this.skip();
    this.timeout(120_000);
    const names = fs.readdirSync(path.join(dir, 'dockerfiles')).sort().slice(0, 60);
    let text = names.map((n) => fs.readFileSync(path.join(dir, 'dockerfiles', n), 'utf8')).join('\n');
    const reuse = new ShellScriptReuse();
    agree(reuse, text);
    let reused = 0;
    const edit = fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.constantFrom('', 'x', ' ', '\n', '\\\n', '"', '<<EOF\n', 'EOF\n', 'RUN cd /x\n', 'FROM a AS b\n', '# escape=`\n'));
    for (const [at, cut, insert] of fc.sample(edit, { numRuns: 25, seed: 11 })) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + insert + text.slice(i + cut);
      reused += agree(reuse, text);
    }
    assert.ok(reused > 0, 'no script was ever reused');
  });
});
