// Runs the Explain panel's browser tests (test/webview/*.test.ts) with mocha in this process.
//   node test/webview/run.js              builds dist/ (npm run build), then runs the tests
//   node test/webview/run.js --no-build   uses dist/ as it is (test/e2e/run.sh has just built it)
// Needs playwright-core (resolvable, e.g. NODE_PATH=<tools>/node_modules) and Chromium
// (env CHROMIUM, default /usr/bin/chromium). Builds dist/ first. When E2E_RESULTS is set, writes
// {"passed":N,"failed":N} there for test/e2e/run.sh. Exit code: 0 when every test passed.
const path = require('node:path');
const fs = require('node:fs');
const { execFileSync } = require('node:child_process');
const Mocha = require('mocha');

const repo = path.resolve(__dirname, '../..');
require(path.join(repo, 'test/register.js'));

if (!process.argv.includes('--no-build')) {
  execFileSync(process.execPath, [path.join(repo, 'esbuild.js')], { cwd: repo, stdio: 'inherit' });
}

const mocha = new Mocha({ timeout: 60000, reporter: 'spec' });
for (const f of fs.readdirSync(__dirname).filter((n) => n.endsWith('.test.ts')).sort()) {
  mocha.addFile(path.join(__dirname, f));
}
let passed = 0;
let failed = 0;
const runner = mocha.run((failures) => {
  if (process.env.E2E_RESULTS) fs.writeFileSync(process.env.E2E_RESULTS, JSON.stringify({ passed, failed }));
  console.log(`webview: ${passed} passed, ${failed} failed`);
  process.exitCode = failures > 0 || passed === 0 ? 1 : 0;
});
runner.on('pass', () => { passed++; });
runner.on('fail', () => { failed++; });
