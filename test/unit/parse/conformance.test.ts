import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { dumpResult } from '../../../server/src/parse/dump';
import { parse } from '../../../server/src/parse/parser';
import { corpusDir, REPO_ROOT } from '../../helpers/corpus';

const corpus = corpusDir();
const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

if (corpus !== undefined) {
  const base = path.join(corpus, 'buildkit-parser');
  describe('BuildKit parser conformance', () => {
    const cases = fs.readdirSync(path.join(base, 'testfiles')).sort();
    it('has the BuildKit cases', () => assert.ok(cases.length >= 30, `only ${cases.length} cases`));
    for (const c of cases) {
      const file = path.join(base, 'testfiles', c, 'Dockerfile');
      const want = fs.readFileSync(path.join(base, 'testfiles', c, 'result'), 'utf8');
      it(`dumps ${c} exactly as BuildKit's result, in-process and through the CLI`, () => {
        const r = parse(fs.readFileSync(file, 'utf8'));
        assert.deepEqual(r.errors, []);
        assert.equal(dumpResult(r), want);
        const out = spawnSync(process.execPath, [CLI, 'parse', '--dump', file], { encoding: 'utf8' });
        assert.equal(out.status, 0, out.stderr);
        assert.equal(out.stdout, want);
      });
    }
    for (const c of fs.readdirSync(path.join(base, 'testfiles-negative')).sort()) {
      const file = path.join(base, 'testfiles-negative', c, 'Dockerfile');
      it(`rejects the negative case ${c}`, () => {
        assert.ok(parse(fs.readFileSync(file, 'utf8')).errors.length > 0);
        const out = spawnSync(process.execPath, [CLI, 'parse', '--dump', file], { encoding: 'utf8' });
        assert.notEqual(out.status, 0);
        assert.match(out.stderr, /dockerfile-tutor: .*:\d+: /);
      });
    }
    it('gives every instruction of testfile-line the lines BuildKit expects', () => {
      const text = fs.readFileSync(path.join(base, 'testfile-line', 'Dockerfile'), 'utf8');
      const lines = parse(text).instructions.map((i) => [i.startLine + 1, i.endLine + 1]);
      // BuildKit's TestParseIncludesLineNumbers expectations (1-based start and end lines).
      assert.deepEqual(lines, [[5, 5], [11, 12], [17, 31]]);
    });
  });
}
