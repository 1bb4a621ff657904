// @ts-check
// UI test: Debian's Chromium drives code-server's workbench, in which test/e2e/run.sh installed the
// packaged .vsix, on a copy of test/e2e/fixtures/workspace. Every wait is on a condition with a
// timeout. Screenshots go to test/e2e/artifacts/ (ui-*.png).
const path = require('node:path');
const fs = require('node:fs');
const { launchBrowser, env, writeResults } = require('../browser');

const PHASE_WORD = /\b(layer|metadata|build-only)\b/i;
const SOURCE = 'dockerfile-tutor';
const HOVER = '.monaco-resizable-hover .monaco-hover-content';

async function main() {
  const url = env('E2E_URL');
  const artifacts = env('E2E_ARTIFACTS');
  const { page, close } = await launchBrowser();
  /** @type {string[]} */
  const browserErrors = [];
  page.on('pageerror', (e) => browserErrors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') browserErrors.push(m.text()); });

  let passed = 0;
  let failed = 0;
  const started = Date.now();
  /** @param {string} name @param {() => Promise<string | void>} body */
  async function check(name, body) {
    const stamp = `[${((Date.now() - started) / 1000).toFixed(1)}s]`;
    try {
      const detail = await body();
      passed++;
      console.log(`${stamp} ok - ${name}${detail ? `: ${detail}` : ''}`);
      return true;
    } catch (e) {
      failed++;
      const message = e instanceof Error ? e.message : String(e);
      console.error(`${stamp} not ok - ${name}: ${message.split('\n').slice(0, 8).join(' | ')}`);
      await shot(`failed-${passed + failed}`);
      return false;
    }
  }
  /** @param {string} name */
  async function shot(name) {
    await page.screenshot({ path: path.join(artifacts, `ui-${name}.png`) }).catch(() => undefined);
  }
  /** Runs a command from the palette (F1), waiting for its row to appear. @param {string} label */
  async function runCommand(label) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    const widget = page.locator('.quick-input-widget');
    await widget.waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.type(label);
    await widget.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    await widget.waitFor({ state: 'hidden', timeout: 10_000 });
  }

  const loaded = await check('the workbench opens the fixture workspace', async () => {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'Dockerfile' }).first()
      .waitFor({ timeout: 30_000 });
    await shot('01-workbench');
  });

  const opened = loaded && await check('Quick Open opens the Dockerfile in the Dockerfile language', async () => {
    await page.locator('.explorer-folders-view').click();
    await page.keyboard.press('Control+P');
    const widget = page.locator('.quick-input-widget');
    await widget.waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.type('Dockerfile');
    const row = widget.locator('.quick-input-list .monaco-list-row')
      .filter({ has: page.locator('.label-name', { hasText: /^Dockerfile$/ }) }).first();
    await row.waitFor({ timeout: 15_000 });
    await row.click();
    await page.locator('.tabs-container .tab.active', { hasText: /^Dockerfile$/ }).waitFor({ timeout: 15_000 });
    await page.locator('.editor-instance .view-lines', { hasText: 'FROM ubuntu' }).first().waitFor({ timeout: 15_000 });
    const mode = page.locator('[id="status.editor.mode"]', { hasText: 'Dockerfile' });
    await mode.waitFor({ timeout: 15_000 });
    await shot('02-dockerfile');
    return `language mode "${(await mode.innerText()).trim()}"`;
  });

  if (opened) {
    await check('hovering FROM shows Dockerfile Tutor\'s explanation with the phase', async () => {
      const from = page.locator('.editor-instance .view-lines .view-line span span', { hasText: /^FROM$/ }).first();
      const ours = page.locator(HOVER).filter({ hasText: PHASE_WORD }).first();
      const deadline = Date.now() + 60_000;
      // The language server may still be starting: hover again until its answer shows, up to the deadline.
      for (;;) {
        await page.mouse.move(5, 5);
        await page.locator(HOVER).first().waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
        await from.hover();
        try {
          await ours.waitFor({ state: 'visible', timeout: 5_000 });
          break;
        } catch (e) {
          if (Date.now() > deadline) {
            const seen = (await page.locator(HOVER).allInnerTexts().catch(() => [])).join(' / ');
            throw new Error(`no hover with a phase word within 60 s; hover text seen: ${JSON.stringify(seen.slice(0, 300))}`);
          }
        }
      }
      const text = (await ours.innerText()).replace(/\s+/g, ' ');
      await shot('03-hover-from');
      if (!text.includes('FROM')) throw new Error(`the hover does not name FROM: ${text.slice(0, 300)}`);
      return JSON.stringify(text.slice(0, 120));
    });

    await check(`squiggles in the editor and ${SOURCE}'s DL3006 in the Problems view`, async () => {
      await page.mouse.move(5, 5);
      await page.locator('.editor-instance :is(.squiggly-error, .squiggly-warning, .squiggly-info)').first()
        .waitFor({ state: 'attached', timeout: 30_000 });
      await runCommand('Problems: Focus on Problems View');
      // The fixture starts with `FROM ubuntu` (no tag): hadolint's DL3006.
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: SOURCE }).filter({ hasText: 'DL3006' }).first();
      await row.waitFor({ state: 'visible', timeout: 30_000 });
      await shot('04-problems');
      return JSON.stringify((await row.innerText()).replace(/\s+/g, ' ').slice(0, 160));
    });
  }

  fs.writeFileSync(path.join(artifacts, 'ui-browser-errors.txt'), browserErrors.join('\n'));
  await close();
  writeResults(passed, failed);
  return failed === 0 && passed > 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (e) => {
  console.error(e);
  process.exit(2);
});
