/**
 * Issue 4: the findings on the `real` corpus files, per rule, are committed with a verdict for each rule that
 * fires (test/corpus/findings.tsv). This test fails when a count drifts, so every change in what the linter
 * reports on real Dockerfiles is looked at, and it fails on any error-level finding (an error on a file the
 * builder can build is a bug).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/model/model';
import { lint } from '../../server/src/rules/lint';
import { corpusDir, corpusFiles } from '../helpers/corpus';

const corpus = corpusDir();

if (corpus !== undefined) {
  describe('findings on the real corpus files', function () {
    this.timeout(120000);
    const counts = new Map<string, number>();
    const errors: string[] = [];
    before(() => {
      for (const f of corpusFiles(corpus).filter((x) => x.category === 'real')) {
        const model = analyze(fs.readFileSync(f.path, 'utf8'));
        for (const finding of lint(model)) {
          counts.set(finding.code, (counts.get(finding.code) ?? 0) + 1);
          if (finding.severity === 'error') errors.push(`${f.name}:${model.lines.lineOf(finding.range.start) + 1} ${finding.code}`);
        }
      }
    });

    it('has no error-level finding', () => {
      assert.deepEqual(errors, []);
    });

    it('matches the committed counts, and every rule that fires has a verdict', () => {
      const rows = fs.readFileSync(path.join(__dirname, 'findings.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
      const committed = new Map(rows.map((r) => [r[0]!, Number(r[1])]));
      for (const r of rows) assert.ok(['true positive', 'style', 'false positive fixed'].includes(r[2] ?? ''), `verdict of ${r[0] ?? ''}`);
      const got: Record<string, number> = {};
      const want: Record<string, number> = {};
      for (const [code, n] of counts) got[code] = n;
      for (const [code, n] of committed) if (n > 0) want[code] = n;
      assert.deepEqual(got, want);
    });
  });
}
