/**
 * Lints every `real` file of the shared corpus and prints the number of findings per rule, and every
 * error-level finding (there must be none: an error on a file the builder can build is a bug).
 *   node -r ./test/register.js scripts/corpus-findings.ts [--rule ID] [--show N]
 */
import * as fs from 'node:fs';
import { analyze } from '../server/src/model/model';
import { lint, findingMessage } from '../server/src/rules/lint';
import { corpusDir, corpusFiles } from '../test/helpers/corpus';

const dir = corpusDir();
if (dir === undefined) process.exit(2);
const args = process.argv.slice(2);
const only = args.includes('--rule') ? args[args.indexOf('--rule') + 1] : undefined;
const show = args.includes('--show') ? Number(args[args.indexOf('--show') + 1]) : 0;
const counts = new Map<string, number>();
let errors = 0;
for (const f of corpusFiles(dir).filter((x) => x.category === 'real')) {
  const text = fs.readFileSync(f.path, 'utf8');
  const model = analyze(text);
  for (const finding of lint(model)) {
    counts.set(finding.code, (counts.get(finding.code) ?? 0) + 1);
    const line = model.lines.lineOf(finding.range.start) + 1;
    if (finding.severity === 'error') {
      errors++;
      process.stdout.write(`ERROR ${f.name}:${line} ${finding.code} ${findingMessage(finding, 'en')}\n`);
    }
    if (only === finding.code && (counts.get(finding.code) ?? 0) <= (show || 20)) {
      process.stdout.write(`${f.name}:${line} ${findingMessage(finding, 'en')}\n    ${model.lines.lineText(line - 1).trim().slice(0, 160)}\n`);
    }
  }
}
for (const [code, n] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) process.stdout.write(`${code}\t${n}\n`);
process.stdout.write(`error-level findings: ${errors}\n`);
process.exit(errors > 0 ? 1 : 0);
