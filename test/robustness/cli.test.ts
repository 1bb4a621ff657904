/**
 * CLI robustness beyond test/cli/cli.test.ts (missing file, directory, binary file): paths that cannot be
 * read even by root (symbolic-link loop, a path through a regular file, a dangling link), a FIFO (reading it
 * would block for ever), a file above the size limit the language server keeps too, and a file that is not UTF-8. Each bad path gives one clear line on stderr and exit
 * status 2, and the other files are still linted.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/corpus';
import { MAX_DOCUMENT_CHARS } from '../../server/src/lsp/heap';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const FINDINGS = path.join(REPO_ROOT, 'test', 'fixtures', 'cli', 'findings.Dockerfile');

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  // The timeout turns a CLI that blocks (e.g. on a FIFO) into a failure instead of a hung suite.
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' }, timeout: 15_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI robustness', () => {
  let dir = '';
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-robust-'));
    fs.symlinkSync('loop', path.join(dir, 'loop'));
    fs.symlinkSync('nowhere', path.join(dir, 'dangling'));
    fs.writeFileSync(path.join(dir, 'plain'), 'FROM alpine\n');
    spawnSync('mkfifo', [path.join(dir, 'fifo')]);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('exits 2 with one line per unreadable path (link loop, path through a file, dangling link, FIFO) and still lints the other file', () => {
    assert.ok(fs.statSync(path.join(dir, 'fifo')).isFIFO(), 'mkfifo did not create a FIFO');
    const bad = ['loop', 'plain/child', 'dangling', 'fifo'].map((p) => path.join(dir, p));
    const r = run('lint', '--format', 'json', ...bad, FINDINGS);
    assert.equal(r.status, 2, r.stderr);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, bad.length, r.stderr);
    bad.forEach((p, i) => {
      assert.ok(lines[i]!.includes(p), `line ${i} names ${p}: ${lines[i]}`);
      assert.doesNotMatch(lines[i]!, /\bat .*\.js:\d+|Error:/);
    });
    assert.match(lines[0]!, /ELOOP/);
    assert.match(lines[1]!, /ENOTDIR/);
    assert.match(lines[2]!, /no such file/);
    assert.match(lines[3]!, /not a regular file/);
    const findings = JSON.parse(r.stdout) as { file: string; code: string }[];
    assert.ok(findings.some((f) => f.file === FINDINGS && f.code === 'DL3006'), r.stdout);
  });

  it('exits 2 with one line for a file above the size limit, refusing a far larger one before reading it, and still lints the other file', () => {
    const over = path.join(dir, 'over-limit');
    fs.writeFileSync(over, `FROM alpine\n${'#'.repeat(MAX_DOCUMENT_CHARS)}\n`);
    // Sparse: as many bytes as four times the limit and one more, without writing them.
    const far = path.join(dir, 'far-over-limit');
    fs.writeFileSync(far, '');
    fs.truncateSync(far, 4 * MAX_DOCUMENT_CHARS + 1);
    const r = run('lint', '--format', 'json', over, far, FINDINGS);
    assert.equal(r.status, 2, r.stderr);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 2, r.stderr);
    assert.match(lines[0]!, new RegExp(`^dockerfile-tutor: ${over}: too large to analyse \\(${(MAX_DOCUMENT_CHARS + 13).toLocaleString('en')} characters; the limit is ${MAX_DOCUMENT_CHARS.toLocaleString('en')} characters\\)$`));
    assert.match(lines[1]!, new RegExp(`${far}: too large to analyse \\(${(4 * MAX_DOCUMENT_CHARS + 1).toLocaleString('en')} bytes;`));
    const findings = JSON.parse(r.stdout) as { file: string; code: string }[];
    assert.ok(findings.some((f) => f.file === FINDINGS && f.code === 'DL3006'), r.stdout);
    assert.ok(!findings.some((f) => f.file === over), 'the file above the limit was linted');
  });

  it('lints a file that is not valid UTF-8 without crashing', () => {
    const file = path.join(dir, 'latin1');
    fs.writeFileSync(file, Buffer.from([0xff, 0xfe, 0xfd, 0x0a, ...Buffer.from('FROM alpine:3.20\nLABEL a="\xe9"\n', 'latin1')]));
    const r = run('lint', '--format', 'json', file);
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    assert.equal(r.stderr, '');
    assert.ok(Array.isArray(JSON.parse(r.stdout)));
  });

  it('exits 2 for an unreadable file when permissions apply, and says so when running as root', function () {
    const file = path.join(dir, 'locked');
    fs.writeFileSync(file, 'FROM alpine\n');
    fs.chmodSync(file, 0o000);
    const r = run('lint', file, FINDINGS);
    if (process.getuid?.() === 0) {
      // root reads any file: chmod 000 proves nothing here; the unreadable cases above cover it honestly.
      assert.notEqual(r.status, 2, r.stderr);
      return;
    }
    assert.equal(r.status, 2);
    assert.match(r.stderr.trim(), /cannot read \(EACCES\)$/);
  });
});
