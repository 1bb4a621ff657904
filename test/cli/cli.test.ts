import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/corpus';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const FIX = path.join(REPO_ROOT, 'test', 'fixtures', 'cli');

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonFinding { file: string; line: number; column: number; code: string; level: string; message: string }

describe('dockerfile-tutor CLI', () => {
  it('lint --format json gives hadolint-shaped findings and exits 1', () => {
    const file = path.join(FIX, 'findings.Dockerfile');
    const r = run('lint', '--format', 'json', file);
    assert.equal(r.status, 1, r.stderr);
    const got = (JSON.parse(r.stdout) as JsonFinding[]).map((f) => [f.line, f.column, f.code, f.level]);
    assert.deepEqual(got.filter((f) => f[2] === 'DL3006' || f[2] === 'DL3025'), [[1, 6, 'DL3006', 'warning'], [3, 1, 'DL3025', 'warning']]);
    for (const f of JSON.parse(r.stdout) as JsonFinding[]) {
      assert.deepEqual(Object.keys(f).sort(), ['code', 'column', 'file', 'level', 'line', 'message']);
      assert.equal(f.file, file);
      assert.ok(['error', 'warning', 'info', 'style'].includes(f.level));
    }
  });

  it('exits 0 on a clean file, and 0 when the threshold is above the findings', () => {
    const clean = run('lint', '--format', 'json', path.join(FIX, 'clean.Dockerfile'));
    assert.equal(clean.status, 0, clean.stdout);
    assert.deepEqual(JSON.parse(clean.stdout), []);
    assert.equal(run('lint', '--failure-threshold', 'error', path.join(FIX, 'findings.Dockerfile')).status, 0);
    assert.equal(run('lint', '--failure-threshold', 'none', path.join(FIX, 'broken.Dockerfile')).status, 0);
  });

  it('reports what the builder rejects as an error', () => {
    const r = run('lint', '--format', 'json', path.join(FIX, 'broken.Dockerfile'));
    assert.equal(r.status, 1);
    const f = (JSON.parse(r.stdout) as JsonFinding[]).find((x) => x.level === 'error');
    assert.ok(f !== undefined);
    assert.equal(f.line, 2);
  });

  it('exits 2 with one clear line for a missing file, a directory and a bad flag, and still lints the rest', () => {
    const r = run('lint', '--format', 'json', '/no/such/Dockerfile', FIX, path.join(FIX, 'findings.Dockerfile'));
    assert.equal(r.status, 2);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 2, r.stderr);
    assert.match(lines[0]!, /no such file/);
    assert.match(lines[1]!, /is a directory/);
    assert.ok((JSON.parse(r.stdout) as JsonFinding[]).some((f) => f.code === 'DL3006'));
    const bad = run('lint', '--bogus', path.join(FIX, 'clean.Dockerfile'));
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /unknown option: --bogus/);
    assert.doesNotMatch(bad.stderr, /at .*\.js:\d+/);
  });

  it('exits 2 on a binary file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dt-cli-'));
    const bin = path.join(dir, 'Dockerfile');
    fs.writeFileSync(bin, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]));
    const r = run('lint', bin);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /binary/);
  });

  it('prints the explanation under each finding in the tty format, in Korean with --lang ko', () => {
    const en = run('lint', path.join(FIX, 'findings.Dockerfile'));
    assert.match(en.stdout, /DL3006/);
    assert.match(en.stdout, /why: /);
    const ko = run('lint', '--lang', 'ko', path.join(FIX, 'findings.Dockerfile'));
    assert.match(ko.stdout, /이유: /);
  });

  it('explain prints stages, phases and the runtime command; --format json is the panel analysis', () => {
    const t = run('explain', path.join(REPO_ROOT, 'examples', 'Dockerfile'));
    assert.equal(t.status, 0, t.stderr);
    assert.match(t.stdout, /Stage 0 "build"/);
    assert.match(t.stdout, /\[layer\] RUN apt-get/);
    assert.match(t.stdout, /The container runs: /);
    const j = run('explain', '--format', 'json', path.join(REPO_ROOT, 'examples', 'Dockerfile'));
    const parsed = JSON.parse(j.stdout) as { stages: unknown[]; targetStage: number };
    assert.equal(parsed.stages.length, 2);
    assert.equal(parsed.targetStage, 1);
  });

  it('sarif, checkstyle and gnu formats carry the findings', () => {
    const file = path.join(FIX, 'findings.Dockerfile');
    const sarif = JSON.parse(run('lint', '--format', 'sarif', file).stdout) as { version: string; runs: { results: { ruleId: string }[] }[] };
    assert.equal(sarif.version, '2.1.0');
    assert.ok(sarif.runs[0]!.results.some((x) => x.ruleId === 'DL3006'));
    assert.match(run('lint', '--format', 'checkstyle', file).stdout, /<error line="1" column="6" severity="warning" .*source="DL3006"/);
    assert.match(run('lint', '--format', 'gnu', file).stdout, /findings\.Dockerfile:1\.6-1\.12: warning: DL3006 /);
  });
});
