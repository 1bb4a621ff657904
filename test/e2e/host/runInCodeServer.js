// @ts-check
// Runs the integration suite inside code-server's real Node extension host: the browser opens the
// workbench with a `payload` naming the extension under development and the suite entry (as
// @vscode/test-electron does with --extensionDevelopmentPath/--extensionTestsPath). The workbench
// mirrors the host's console (mocha's spec reporter) through window.codeAutomationLog and reports the
// end of the run through window.codeAutomationExit(code).
const path = require('node:path');
const util = require('node:util');
const fs = require('node:fs');
const { launchBrowser, env, writeResults } = require('../browser');

async function main() {
  const base = new URL(env('E2E_BASE_URL'));
  const authority = base.host;
  const timeoutMs = Number(process.env.E2E_HOST_TIMEOUT_MS || 300_000);
  const suiteResults = env('DFT_E2E_SUITE_RESULTS');
  const artifacts = env('E2E_ARTIFACTS');
  fs.rmSync(suiteResults, { force: true });

  const payload = [
    ['extensionDevelopmentPath', `vscode-remote://${authority}${path.resolve(env('E2E_EXT_DEV'))}`],
    ['extensionTestsPath', `vscode-remote://${authority}${path.resolve(env('E2E_EXT_TESTS'))}`],
  ];
  const url = `${base.origin}/?folder=${encodeURIComponent(env('E2E_WORKSPACE'))}` +
    `&payload=${encodeURIComponent(JSON.stringify(payload))}`;

  const { page, close } = await launchBrowser();
  /** @type {string[]} */
  const browserErrors = [];
  page.on('pageerror', (e) => browserErrors.push(`pageerror: ${e.message}`));
  /** @type {(code: number) => void} */
  let finish = () => undefined;
  const exited = new Promise((resolve) => { finish = resolve; });
  await page.exposeFunction('codeAutomationLog', (/** @type {string} */ type, /** @type {unknown[]} */ args) => {
    const line = util.format(...(Array.isArray(args) ? args : [args])).replace(/%c/g, '');
    if (type === 'error') console.error(line); else console.log(line);
  });
  await page.exposeFunction('codeAutomationExit', (/** @type {number} */ code) => finish(code));

  const started = Date.now();
  console.log(`opening the workbench with the suite (timeout ${timeoutMs / 1000} s)`);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timedOut = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutMs); });
  const code = await Promise.race([exited, timedOut]);
  clearTimeout(timer);
  console.log(`extension host finished with ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await page.screenshot({ path: path.join(artifacts, 'integration-final.png') }).catch(() => undefined);
  fs.writeFileSync(path.join(artifacts, 'integration-browser-errors.txt'), browserErrors.join('\n'));
  await close();

  let counts = { passed: 0, failed: 0 };
  try {
    counts = JSON.parse(fs.readFileSync(suiteResults, 'utf8'));
  } catch {
    console.error('the suite wrote no results: it did not run to the end (see the log above)');
  }
  // A non-zero exit with no failed test means the run itself broke (no test ran, the host crashed).
  const failed = counts.failed + (code !== 0 && counts.failed === 0 ? 1 : 0);
  writeResults(counts.passed, failed);
  return failed === 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (e) => {
  console.error(e);
  process.exit(2);
});
