/**
 * Rewrites README.md's performance section (between `<!-- bench:start -->` and `<!-- bench:end -->`) from
 * bench/results/latest.json:  node -r ./test/register.js bench/readme-table.ts [--check]
 * With --check it only says whether the section is up to date (exit 1 when not).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderTable, type Results } from './table';

const ROOT = path.resolve(__dirname, '..');
const README = path.join(ROOT, 'README.md');
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

function main(): void {
  const results = JSON.parse(fs.readFileSync(path.join(__dirname, 'results', 'latest.json'), 'utf8')) as Results;
  const readme = fs.readFileSync(README, 'utf8');
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) {
    process.stderr.write(`README.md has no ${START} … ${END} section\n`);
    process.exit(2);
  }
  const next = `${readme.slice(0, a + START.length)}\n${renderTable(results)}\n${readme.slice(b)}`;
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      process.stderr.write('README.md performance table is stale: run node -r ./test/register.js bench/readme-table.ts\n');
      process.exit(1);
    }
    return;
  }
  fs.writeFileSync(README, next);
}

main();
