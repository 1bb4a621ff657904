import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../../helpers/corpus';
import { lintText } from '../../../server/src/service';
import { findingMessage, type Finding, type LintConfig, DEFAULT_LINT_CONFIG } from '../../../server/src/rules/lint';
import { diagnosticsFor } from '../../../server/src/service';
import { settingsFrom } from '../../../server/src/settings';
import { checkShellOf } from '../../../server/src/shellcheck/script';
import { parseJson1 } from '../../../server/src/shellcheck/run';

const FAKE = path.join(REPO_ROOT, 'test', 'fixtures', 'shellcheck', 'fake-shellcheck');

interface Run { args: string[]; input: string }

/** Lints with the fake ShellCheck; returns the findings, their document text, the log lines and the fake's runs. */
function check(text: string, options: { config?: LintConfig; program?: string; timeoutMs?: number } = {}): { findings: Finding[]; sc: Finding[]; texts: string[]; logs: string[]; runs: Run[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fake-sc-'));
  const logFile = path.join(dir, 'runs.jsonl');
  const old = process.env['FAKE_SHELLCHECK_LOG'];
  process.env['FAKE_SHELLCHECK_LOG'] = logFile;
  const logs: string[] = [];
  try {
    const { findings } = lintText(text, { config: options.config, shellcheck: { path: options.program ?? FAKE, log: (m) => logs.push(m), ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }) } });
    const sc = findings.filter((f) => f.code.startsWith('SC'));
    const runs = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Run) : [];
    return { findings, sc, texts: sc.map((f) => text.slice(f.range.start, f.range.end)), logs, runs };
  } finally {
    if (old === undefined) delete process.env['FAKE_SHELLCHECK_LOG'];
    else process.env['FAKE_SHELLCHECK_LOG'] = old;
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A unique token, so the runner's cache of earlier answers never hides a run. */
let n = 0;
const uniq = (): string => `u${process.pid}x${n++}`;

describe('ShellCheck on RUN scripts', function () {
  // Each case starts the fake program (a node process) a few times.
  this.timeout(20000);

  it('reports each finding with its SC code, on the document text ShellCheck pointed at', () => {
    const doc = `FROM debian:12\nRUN echo ${uniq()} $BAD_ONE && \\\n    echo "😀"\t$BAD_TWO $STY_X\n`;
    const r = check(doc);
    assert.deepEqual(r.sc.map((f) => [f.code, f.severity]), [['SC2086', 'info'], ['SC2086', 'info'], ['SC2006', 'style']]);
    assert.deepEqual(r.texts, ['$BAD_ONE', '$BAD_TWO', '$STY_X']);
    assert.equal(r.sc[0]?.rule.source, 'shellcheck');
    assert.equal(findingMessage(r.sc[0], 'en'), 'ShellCheck: fake info for $BAD_ONE');
    assert.equal(findingMessage(r.sc[0], 'ko'), 'ShellCheck (영어): fake info for $BAD_ONE');
  });

  it('maps ShellCheck error to warning, keeping error as the upstream level', () => {
    const r = check(`FROM debian:12\nRUN echo ${uniq()} $ERR_X\n`);
    assert.deepEqual(r.sc.map((f) => [f.code, f.severity, f.rule.upstreamSeverity]), [['SC2000', 'warning', 'error']]);
    assert.deepEqual(r.texts, ['$ERR_X']);
  });

  it('turns ShellCheck\'s fix into document edits that quote the word', () => {
    const doc = `FROM debian:12\nRUN echo ${uniq()} \\\n  $BAD_Q\n`;
    const f = check(doc).sc[0];
    assert.ok(f?.fix !== undefined);
    let fixed = doc;
    for (const e of [...f.fix.edits].sort((a, b) => b.range.start - a.range.start)) fixed = fixed.slice(0, e.range.start) + e.newText + fixed.slice(e.range.end);
    assert.equal(fixed, doc.replace('$BAD_Q', '"$BAD_Q"'));
  });

  it('checks RUN heredoc bodies and the heredocs a command reads, with document positions', () => {
    const doc = [
      'FROM debian:12',
      'RUN <<EOF',
      `echo ${uniq()}`,
      '  echo $BAD_H1',
      'EOF',
      'RUN cat <<EOT > /etc/x',
      `line ${uniq()} $BAD_H2`,
      'EOT',
      '',
    ].join('\n');
    const r = check(doc);
    assert.deepEqual(r.texts, ['$BAD_H1', '$BAD_H2']);
    assert.deepEqual(r.sc.map((f) => doc.slice(0, f.range.start).split('\n').length), [4, 7]);
  });

  it('passes --shell from SHELL, the pragma and a heredoc shebang, and exports the ARG and ENV names in scope', () => {
    const doc = [
      'ARG GLOBAL_ONLY=1',
      'FROM debian:12 AS base',
      'ARG VERSION',
      'ENV APP_HOME=/app',
      `RUN echo ${uniq()}`,
      'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
      `RUN echo ${uniq()}`,
      'FROM base AS child',
      `RUN echo ${uniq()}`,
      'RUN <<EOF',
      '#!/usr/bin/env ksh',
      `echo ${uniq()}`,
      'EOF',
      'FROM alpine:3.20',
      'SHELL ["/bin/ash", "-c"]',
      `RUN echo ${uniq()}`,
      '',
    ].join('\n');
    const runs = check(doc).runs;
    assert.deepEqual(runs.map((x) => x.args.find((a) => a.startsWith('--shell='))), ['--shell=sh', '--shell=bash', '--shell=bash', '--shell=ksh', '--shell=dash']);
    for (const x of runs) {
      assert.ok(x.args.includes('--format=json1') && x.args.includes('-'), x.args.join(' '));
      assert.ok(x.args.includes('--exclude=SC1090,SC1091,SC2187'), x.args.join(' '));
    }
    const exported = (x: Run | undefined): string[] => (/^(?:#!.*\n)?export (.*)\n/.exec(x?.input ?? '')?.[1] ?? '').split(' ');
    assert.ok(exported(runs[0]).includes('VERSION') && exported(runs[0]).includes('APP_HOME') && exported(runs[0]).includes('HTTP_PROXY'));
    // A global ARG is not in a stage's RUN environment unless redeclared (BuildKit).
    assert.ok(!exported(runs[0]).includes('GLOBAL_ONLY'));
    // A child stage inherits the parent's ENV, not its ARG.
    assert.ok(exported(runs[2]).includes('APP_HOME') && !exported(runs[2]).includes('VERSION'));
    // The shebang stays the first line, the exports follow it.
    assert.match(runs[3]?.input ?? '', /^#!\/usr\/bin\/env ksh\nexport /);
    assert.deepEqual(runs.slice(4).map((x) => exported(x).includes('APP_HOME')), [false]);
  });

  it('does not run for exec form, non-POSIX shells, Windows images, pragma shells ShellCheck cannot check, or non-shell heredocs', () => {
    const doc = [
      '# hadolint shell=zsh',
      'FROM debian:12',
      `RUN echo ${uniq()} $BAD_Z`,
      'FROM debian:12',
      `RUN ["echo", "${uniq()}", "$BAD_E"]`,
      'SHELL ["sh", "-c"]',
      'RUN <<EOF',
      '#!/usr/bin/env python3',
      `print("${uniq()} $BAD_P")`,
      'EOF',
      'SHELL ["powershell", "-Command"]',
      `RUN echo ${uniq()} $BAD_W`,
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022',
      `RUN echo ${uniq()} $BAD_CMD`,
      'FROM mcr.microsoft.com/windows:1809',
      `RUN echo ${uniq()} $BAD_CMD2`,
      '',
    ].join('\n');
    const r = check(doc);
    assert.deepEqual(r.runs, []);
    assert.deepEqual(r.sc, []);
  });

  it('honours # hadolint ignore=SC…, .hadolint.yaml ignored and the rules setting for SC codes', () => {
    const doc = `FROM debian:12\n# hadolint ignore=SC2086\nRUN echo ${uniq()} $BAD_A $STY_A\nRUN echo ${uniq()} $BAD_B $STY_B\n`;
    assert.deepEqual(check(doc).texts, ['$STY_A', '$BAD_B', '$STY_B']);
    assert.deepEqual(check(doc, { config: { ...DEFAULT_LINT_CONFIG, settings: { SC2006: 'off' } } }).texts, ['$BAD_B']);
    assert.deepEqual(check(doc, { config: { ...DEFAULT_LINT_CONFIG, ignored: ['SC2006'], override: { SC2086: 'warning' } } }).sc.map((f) => [f.code, f.severity]), [['SC2086', 'warning']]);
    assert.deepEqual(check(`# hadolint global ignore=SC2086,SC2006\n${doc}`).sc, []);
  });

  it('gives no findings and one clear log line when the program is missing', () => {
    const missing = path.join(os.tmpdir(), `no-such-shellcheck-${uniq()}`);
    const doc = `FROM debian:12\nRUN echo ${uniq()} $BAD_M\nRUN echo ${uniq()} $BAD_M2\n`;
    const first = check(doc, { program: missing });
    assert.deepEqual(first.sc, []);
    assert.ok(first.findings.some((f) => f.code === 'DL3059'), 'the other rules still run');
    assert.equal(first.logs.length, 1);
    assert.match(first.logs[0] ?? '', /not found/);
    // The same failure is not logged again on every lint.
    assert.deepEqual(check(doc, { program: missing }).logs, []);
  });

  it('gives no findings and a log line when the program prints garbage or fails', () => {
    const garbage = check(`FROM debian:12\nRUN echo ${uniq()} GARBAGE $BAD_G\n`);
    assert.deepEqual(garbage.sc, []);
    assert.match(garbage.logs.join('\n'), /not ShellCheck's json1 output/);
    const crash = check(`FROM debian:12\nRUN echo ${uniq()} CRASH $BAD_C\n`);
    assert.deepEqual(crash.sc, []);
    assert.match(crash.logs.join('\n'), /exited with status 3: fake-shellcheck: crashed on purpose/);
  });

  it('stops a program that does not answer within the timeout', () => {
    const started = Date.now();
    const r = check(`FROM debian:12\nRUN echo ${uniq()} HANG\nRUN echo ${uniq()} HANG\n`, { timeoutMs: 700 });
    assert.deepEqual(r.sc, []);
    assert.match(r.logs.join('\n'), /took longer than \d+ ms and was stopped/);
    assert.equal(r.runs.length, 1, 'after a timeout the remaining RUNs are not tried');
    assert.ok(Date.now() - started < 10_000);
  });

  it('gives diagnostics with the SC code, our source and the ShellCheck wiki link', () => {
    const old = process.env['FAKE_SHELLCHECK_LOG'];
    delete process.env['FAKE_SHELLCHECK_LOG'];
    try {
      const d = diagnosticsFor(`FROM debian:12\nRUN echo ${uniq()} $BAD_D\n`, 'en', { shellcheck: { path: FAKE } }).filter((x) => x.code === 'SC2086');
      assert.equal(d.length, 1);
      assert.equal(d[0]?.source, 'dockerfile-tutor');
      assert.equal(d[0]?.severity, 3);
      assert.equal(d[0]?.codeDescription?.href, 'https://www.shellcheck.net/wiki/SC2086');
    } finally {
      if (old !== undefined) process.env['FAKE_SHELLCHECK_LOG'] = old;
    }
  });

  it('reads the setting: off by default, a path when given', () => {
    assert.deepEqual(settingsFrom({}).shellcheck, { enable: false, path: undefined });
    assert.deepEqual(settingsFrom({ shellcheck: { enable: true, path: ' /opt/sc ' } }).shellcheck, { enable: true, path: '/opt/sc' });
    assert.deepEqual(settingsFrom({ shellcheck: { enable: 'yes', path: '' } }).shellcheck, { enable: false, path: undefined });
  });

  it('maps shell programs to ShellCheck dialects and refuses the others', () => {
    assert.equal(checkShellOf(['/bin/sh', '-c']), 'sh');
    assert.equal(checkShellOf(['/usr/bin/env', 'bash', '-c']), 'bash');
    assert.equal(checkShellOf(['busybox', 'sh', '-c']), 'dash');
    assert.equal(checkShellOf(['/bin/mksh']), 'ksh');
    assert.equal(checkShellOf(['zsh', '-c']), undefined);
    assert.equal(checkShellOf(['C:\\Windows\\System32\\cmd.exe', '/S', '/C']), undefined);
  });

  it('reads json1 output and skips malformed comments', () => {
    assert.equal(parseJson1('nope'), undefined);
    assert.equal(parseJson1('{"comments": 3}'), undefined);
    const c = parseJson1(JSON.stringify({ comments: [{ line: 1, endLine: 1, column: 2, endColumn: 3, level: 'note', code: 1, message: 'x' }, { line: 1, endLine: 1, column: 2, endColumn: 3, level: 'info', code: 2086, message: 'ok', fix: null }] }));
    assert.deepEqual(c?.map((x) => [x.code, x.level, x.replacements]), [[2086, 'info', undefined]]);
  });

  it('runs from the command line with --shellcheck=PATH', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-cli-'));
    try {
      const file = path.join(dir, 'Dockerfile');
      const line = `RUN echo ${uniq()} $BAD_CLI`;
      fs.writeFileSync(file, `FROM debian:12\n${line}\n`);
      const cli = path.join(REPO_ROOT, 'server', 'src', 'cli', 'cli.ts');
      const run = (...args: string[]): { status: number | null; stdout: string; stderr: string } =>
        spawnSync(process.execPath, ['-r', path.join(REPO_ROOT, 'test', 'register.js'), cli, 'lint', '--format', 'json', ...args, file], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
      const on = run(`--shellcheck=${FAKE}`);
      const codes = (JSON.parse(on.stdout) as { code: string; line: number; column: number }[]).filter((f) => f.code.startsWith('SC')).map((f) => [f.code, f.line, f.column]);
      assert.deepEqual(codes, [['SC2086', 2, line.indexOf('$BAD_CLI') + 1]], on.stderr);
      const off = run();
      assert.ok(!off.stdout.includes('SC2086'));
      const missing = run(`--shellcheck=${path.join(dir, 'missing')}`);
      assert.ok(!missing.stdout.includes('SC2086'));
      assert.match(missing.stderr, /ShellCheck: .*missing not found/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
