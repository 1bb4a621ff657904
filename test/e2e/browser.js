// @ts-check
// Starts Debian's Chromium through playwright-core with the flags these machines need (TESTING.md),
// in a fresh profile that is removed again by close().
const { chromium } = require('playwright-core');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** @returns {Promise<{ page: import('playwright-core').Page, close: () => Promise<void> }>} */
async function launchBrowser() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dft-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: FLAGS,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    close: async () => {
      await context.close().catch(() => undefined);
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Reads a required environment variable. */
function env(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (test/e2e/run.sh sets it)`);
  return value;
}

/** Writes {passed, failed} where run.sh reads it. */
function writeResults(passed, failed) {
  fs.writeFileSync(env('E2E_RESULTS'), JSON.stringify({ passed, failed }));
}

module.exports = { launchBrowser, env, writeResults };
