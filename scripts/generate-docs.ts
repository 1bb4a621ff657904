/** Writes the generated rule lessons (see scripts/ruleDocs.ts) and removes stale ones. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderRuleDocs, withRuleTable } from './ruleDocs';

const root = path.join(__dirname, '..');
const docs = renderRuleDocs();
const dir = path.join(root, 'docs', 'rules');
fs.mkdirSync(dir, { recursive: true });
for (const f of fs.readdirSync(dir)) {
  if (/\.(en|ko)\.md$/.test(f) && !docs.has(`docs/rules/${f}`)) fs.rmSync(path.join(dir, f));
}
for (const [rel, content] of docs) fs.writeFileSync(path.join(root, rel), content);
process.stdout.write(`wrote ${docs.size} files to docs/rules/\n`);
const readmePath = path.join(root, 'README.md');
fs.writeFileSync(readmePath, withRuleTable(fs.readFileSync(readmePath, 'utf8')));
process.stdout.write('updated the rule table in README.md\n');
