import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { README_MARKERS, renderRuleDocs, withRuleTable } from '../../../scripts/ruleDocs';
import { REPO_ROOT } from '../../helpers/corpus';

describe('generated rule lessons (docs/rules)', () => {
  const docs = renderRuleDocs();
  it('are committed and up to date (npm run generate:docs)', () => {
    const stale: string[] = [];
    for (const [rel, content] of docs) {
      const file = path.join(REPO_ROOT, rel);
      if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== content) stale.push(rel);
    }
    assert.deepEqual(stale, []);
  });
  it('keep the README rule table up to date', () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    assert.ok(readme.includes(README_MARKERS.start) && readme.includes(README_MARKERS.end), 'README has no rule table markers');
    assert.equal(withRuleTable(readme), readme, 'README rule table is stale: npm run generate:docs');
  });
  it('leave no lesson of a rule that no longer exists', () => {
    const dir = path.join(REPO_ROOT, 'docs', 'rules');
    const extra = fs.readdirSync(dir).filter((f) => /\.(en|ko)\.md$/.test(f) && !docs.has(`docs/rules/${f}`));
    assert.deepEqual(extra, []);
  });
  it('link every lesson to a notes heading that exists', () => {
    for (const [rel, content] of docs) {
      for (const m of content.matchAll(/\]\(\.\.\/\.\.\/(notes\/[^#)]+)#([^)]+)\)/g)) {
        const notes = fs.readFileSync(path.join(REPO_ROOT, m[1]!), 'utf8');
        assert.ok(notes.includes(`<a id="${m[2]!}"></a>`), `${rel}: anchor ${m[2]!}`);
      }
    }
  });
});
