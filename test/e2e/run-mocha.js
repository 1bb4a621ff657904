// Runs the given mocha test files (TypeScript through test/register.js) in this process and writes
// {"passed":N,"failed":N} to E2E_RESULTS for test/e2e/run.sh. Used for test/system/*.test.ts, which
// need system programs (ShellCheck) that run.sh installs and `npm test` does not.
//   E2E_RESULTS=out.json node test/e2e/run-mocha.js test/system/shellcheck.test.ts
const fs = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');

require(path.join(__dirname, '..', 'register.js'));
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node test/e2e/run-mocha.js FILE.test.ts...');
  process.exit(2);
}
const mocha = new Mocha({ timeout: 60000, reporter: 'spec' });
for (const f of files) mocha.addFile(path.resolve(f));
let passed = 0;
let failed = 0;
const runner = mocha.run((failures) => {
  if (process.env.E2E_RESULTS) fs.writeFileSync(process.env.E2E_RESULTS, JSON.stringify({ passed, failed }));
  process.exitCode = failures > 0 || passed === 0 ? 1 : 0;
});
runner.on('pass', () => { passed++; });
runner.on('fail', () => { failed++; });
