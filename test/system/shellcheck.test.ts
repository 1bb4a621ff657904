/**
 * Against the real ShellCheck (Debian's `shellcheck` package). Not part of `npm test`: `test/e2e/run.sh` installs
 * the package and runs this file. Without a `shellcheck` on PATH it fails, so a broken install is not a silent pass.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { lintText } from '../../server/src/service';

function check(text: string): { codes: [string, string, string][]; logs: string[] } {
  const logs: string[] = [];
  const { findings } = lintText(text, { shellcheck: { path: 'shellcheck', log: (m) => logs.push(m) } });
  return { codes: findings.filter((f) => f.code.startsWith('SC')).map((f) => [f.code, f.severity, text.slice(f.range.start, f.range.end)]), logs };
}

describe('ShellCheck (the real program) on RUN scripts', function () {
  this.timeout(60000);

  before(() => {
    const v = spawnSync('shellcheck', ['--version'], { encoding: 'utf8' });
    assert.equal(v.status, 0, 'shellcheck is not on PATH: install it (apt-get install -y shellcheck)');
  });

  it('reports unquoted variables on the variable, across line continuations and after non-ASCII text', () => {
    const doc = 'FROM debian:12\nARG VERSION\nRUN echo "😀 é" $VERSION && \\\n    echo ok $VERSION\n';
    const r = check(doc);
    assert.deepEqual(r.codes, [['SC2086', 'info', '$VERSION'], ['SC2086', 'info', '$VERSION']], r.logs.join('\n'));
    assert.deepEqual(r.logs, []);
  });

  it('does not call ARG, ENV and proxy variables unassigned, but does so for others', () => {
    const doc = 'FROM debian:12\nARG version=1\nENV home=/h\nRUN echo "$version $home $http_proxy $unset_var"\n';
    assert.deepEqual(check(doc).codes, [['SC2154', 'warning', '$unset_var']]);
  });

  it('checks as sh by default and as bash after SHELL bash or under a bash shebang', () => {
    const doc = [
      'FROM debian:12',
      'RUN echo "$RANDOM"',
      'RUN <<EOF',
      '#!/bin/bash',
      'echo "$RANDOM"',
      'EOF',
      'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
      'RUN echo "$RANDOM"',
      'FROM alpine:3.20',
      'SHELL ["/bin/ash", "-o", "pipefail", "-c"]',
      'RUN echo hello',
      '',
    ].join('\n');
    assert.deepEqual(check(doc).codes, [['SC3028', 'warning', '$RANDOM']]);
  });

  it('checks heredoc bodies at their document lines and honours # hadolint ignore', () => {
    const doc = [
      'FROM debian:12',
      'RUN <<EOF',
      'cd /tmp',
      'now=`date`',
      'echo "$now"',
      'EOF',
      '# hadolint ignore=SC2086',
      'RUN echo $HOME',
      '',
    ].join('\n');
    assert.deepEqual(check(doc).codes, [['SC2164', 'warning', 'cd /tmp'], ['SC2006', 'style', '`date`']]);
  });

  it('maps ShellCheck errors to warnings', () => {
    const doc = 'FROM debian:12\nRUN [ "$HOME" = x]\n';
    const r = check(doc);
    assert.ok(r.codes.length > 0 && r.codes.every(([, sev]) => sev !== 'error'), JSON.stringify(r.codes));
  });
});
