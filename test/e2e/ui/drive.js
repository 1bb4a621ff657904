// @ts-check
// UI test: Debian's Chromium drives code-server's workbench, in which test/e2e/run.sh installed the
// packaged .vsix and a stub extension with Docker DX's id (docker.docker), on a copy of
// test/e2e/fixtures/workspace plus one corpus Dockerfile (E2E_CORPUS_FILE, copied in by run.sh).
// Every wait is on a condition with a timeout. Screenshots go to test/e2e/artifacts/ (ui-*.png).
//
// Environment (set by run.sh): E2E_URL, E2E_ARTIFACTS, E2E_RESULTS, E2E_WORKSPACE (the folder E2E_URL
// opens), E2E_USER_SETTINGS (code-server's user settings.json, rewritten before page reloads and
// restored at the end), E2E_REPO (for the CLI), E2E_CORPUS_FILE (workspace-relative; empty: no corpus).
const path = require('node:path');
const fs = require('node:fs');
const { execFileSync } = require('node:child_process');
const { launchBrowser, env, writeResults } = require('../browser');

const PHASE_WORD = /\b(layer|metadata|build-only)\b/i;
const HANGUL = /[\uAC00-\uD7A3]/;
const SOURCE = 'dockerfile-tutor';
const HOVER = '.monaco-resizable-hover .monaco-hover-content';
const TOAST = '.notifications-toasts .notification-list-item-message';
/** The overlap hint names the extension by the name in client/src/overlap.ts. */
const OVERLAP_HINT = /Docker DX also shows diagnostics and hovers/;
/** Scopes only our grammar gives (VS Code's built-in Docker grammar has comments and keywords only). */
const DIRECTIVE_SCOPE = 'meta.preprocessor.directive.dockerfile';
const HEREDOC_SHELL_SCOPE = 'meta.embedded.block.shell';

async function main() {
  const url = env('E2E_URL');
  const artifacts = env('E2E_ARTIFACTS');
  const workspace = env('E2E_WORKSPACE');
  const settingsFile = env('E2E_USER_SETTINGS');
  const repo = env('E2E_REPO');
  const corpusFile = process.env.E2E_CORPUS_FILE || '';
  const originalSettings = fs.readFileSync(settingsFile, 'utf8');
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
  /**
   * Polls `probe` (no fixed sleep: each round waits on the page's next animation frame) until it
   * returns something other than undefined; fails after `timeoutMs` with what it saw last.
   * @template T @param {string} what @param {() => Promise<T | undefined>} probe @param {number} [timeoutMs]
   * @returns {Promise<T>}
   */
  async function poll(what, probe, timeoutMs = 15_000) {
    const deadline = Date.now() + timeoutMs;
    /** @type {unknown} */
    let last;
    for (;;) {
      try {
        const value = await probe();
        if (value !== undefined) return value;
      } catch (e) {
        last = e instanceof Error ? e.message.split('\n')[0] : e;
      }
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${last})` : ''}`);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))));
    }
  }
  /** Opens a workspace file by Quick Open and waits for `text` in its editor. @param {string} relative @param {string} text */
  async function quickOpen(relative, text) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+P');
    const widget = page.locator('.quick-input-widget');
    await widget.waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.type(relative);
    const base = path.posix.basename(relative);
    const dir = path.posix.dirname(relative);
    let row = widget.locator('.quick-input-list .monaco-list-row')
      .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) });
    if (dir !== '.') row = row.filter({ hasText: dir });
    await row.first().waitFor({ timeout: 15_000 });
    await row.first().click();
    await page.locator('.editor-instance .view-lines', { hasText: text }).first().waitFor({ timeout: 15_000 });
    await page.locator('[id="status.editor.mode"]', { hasText: 'Dockerfile' }).waitFor({ timeout: 15_000 });
  }
  /** Hovers `target` until a hover matching `wanted` shows (the server may still be starting). */
  async function hoverUntil(/** @type {import('playwright-core').Locator} */ target, /** @type {RegExp} */ wanted, timeoutMs = 60_000) {
    const ours = page.locator(HOVER).filter({ hasText: wanted }).first();
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await page.mouse.move(5, 5);
      await page.locator(HOVER).first().waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
      await target.hover();
      try {
        await ours.waitFor({ state: 'visible', timeout: 5_000 });
        return ours;
      } catch {
        if (Date.now() > deadline) {
          const seen = (await page.locator(HOVER).allInnerTexts().catch(() => [])).join(' / ');
          throw new Error(`no hover matching ${wanted} within ${timeoutMs / 1000} s; hover text seen: ${JSON.stringify(seen.slice(0, 300))}`);
        }
      }
    }
  }
  /** The content frame of the visible webview (Explain panel or Markdown preview). */
  function webview() {
    return page.frameLocator('iframe.webview.ready >> visible=true').frameLocator('iframe#active-frame');
  }
  /** Moves the cursor with Go to Line (Ctrl+G). @param {number} line 1-based @param {number} column 1-based */
  async function goTo(line, column) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget').waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.type(`${line}:${column}`);
    await page.keyboard.press('Enter');
    await page.locator('[id="status.editor.selection"]', { hasText: `Ln ${line}, Col ${column}` }).waitFor({ timeout: 10_000 });
  }
  /** The TextMate scopes at the cursor, from Developer: Inspect Editor Tokens and Scopes. */
  async function scopesAtCursor() {
    await runCommand('Developer: Inspect Editor Tokens and Scopes');
    const cell = page.locator('.token-inspect-widget .tiw-metadata-table tr', { has: page.locator('td.tiw-metadata-key', { hasText: /^textmate scopes$/ }) })
      .locator('td.tiw-metadata-value').first();
    await cell.waitFor({ timeout: 10_000 });
    const scopes = (await cell.innerText()).split(/\s+/).filter(Boolean);
    await page.keyboard.press('Escape');
    await page.locator('.token-inspect-widget').waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
    return scopes;
  }
  /** Rewrites the user settings (on top of the original ones) and reloads the workbench. @param {Record<string, unknown>} changes */
  async function reloadWith(changes) {
    fs.writeFileSync(settingsFile, JSON.stringify({ ...JSON.parse(originalSettings), ...changes }, null, 2));
    await page.reload({ waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'Dockerfile' }).first().waitFor({ timeout: 30_000 });
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
    await quickOpen('Dockerfile', 'FROM ubuntu');
    await shot('02-dockerfile');
    return `language mode "${(await page.locator('[id="status.editor.mode"]').innerText()).trim()}"`;
  });

  if (opened) {
    // run.sh installed a stub extension with Docker DX's id; opening the Dockerfile activated ours.
    await check('the one-time hint about Docker DX (a stub docker.docker) shows when the extension starts', async () => {
      const toast = page.locator(TOAST, { hasText: OVERLAP_HINT }).first();
      await toast.waitFor({ state: 'visible', timeout: 30_000 });
      await shot('05-overlap-hint');
      const text = (await toast.innerText()).trim();
      await runCommand('Notifications: Clear All Notifications');
      await toast.waitFor({ state: 'hidden', timeout: 10_000 });
      return JSON.stringify(text.slice(0, 90));
    });

    await check('hovering FROM shows Dockerfile Tutor\'s explanation with the phase', async () => {
      const from = page.locator('.editor-instance .view-lines .view-line span span', { hasText: /^FROM$/ }).first();
      const ours = await hoverUntil(from, PHASE_WORD);
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
      const text = JSON.stringify((await row.innerText()).replace(/\s+/g, ' ').slice(0, 160));
      await runCommand('View: Hide Panel');
      return text;
    });
  }

  if (opened && !corpusFile) {
    console.error('\n!!! UI test: NO CORPUS FILE — the corpus checks (grammar, Explain panel, notes, screenshots) did NOT run.\n');
  }
  if (opened && corpusFile) {
    await corpusChecks();
  }

  async function corpusChecks() {
    const text = fs.readFileSync(path.join(workspace, corpusFile), 'utf8');
    const lines = text.split(/\r?\n/);
    const lineOf = (/** @type {RegExp} */ re) => lines.findIndex((l) => re.test(l)) + 1;
    const directiveLine = lineOf(/^#\s*syntax\s*=/i);
    const heredocBodyLine = lineOf(/^\s*RUN\b.*<<-?["']?\w+/i) + 1;
    const stageNames = lines.map((l) => /^\s*FROM\s.*\s+AS\s+(\S+)/i.exec(l)?.[1]).filter((n) => n !== undefined);
    const layerLines = lines.flatMap((l, i) => (/^\s*(RUN|COPY|ADD)\s/i.test(l) ? [i + 1] : []));
    const findings = /** @type {{ code: string, line: number }[]} */ (JSON.parse(execFileSync(process.execPath,
      [path.join(repo, 'dist', 'cli.js'), 'lint', '--format', 'json', '--lang', 'en', '--failure-threshold', 'none', path.join(workspace, corpusFile)],
      { encoding: 'utf8' })));
    const firstText = lines.find((l) => l.trim() !== '')?.trim() ?? '';

    const corpusOpen = await check(`Quick Open opens the corpus Dockerfile ${corpusFile}`, async () => {
      await quickOpen(corpusFile, firstText);
    });
    if (!corpusOpen) return;

    await check('our grammar is in use: it scopes the # syntax= directive and the heredoc body as shell', async () => {
      if (directiveLine === 0 || heredocBodyLine === 1) throw new Error(`${corpusFile} needs a # syntax= line and a RUN heredoc`);
      await goTo(directiveLine, 4);
      const directive = await scopesAtCursor();
      await shot('06-inspect-directive');
      await goTo(heredocBodyLine, 2);
      const heredoc = await scopesAtCursor();
      if (!directive.includes(DIRECTIVE_SCOPE)) throw new Error(`line ${directiveLine} has the scopes ${directive.join(' ')}, not ${DIRECTIVE_SCOPE}`);
      if (!heredoc.includes(HEREDOC_SHELL_SCOPE)) throw new Error(`line ${heredocBodyLine} has the scopes ${heredoc.join(' ')}, not ${HEREDOC_SHELL_SCOPE}`);
      return `line ${directiveLine}: ${directive.join(' ')}; line ${heredocBodyLine}: ${heredoc.join(' ')}`;
    });

    await check('hovering FROM in the corpus file shows our explanation (English)', async () => {
      const ours = await hoverUntil(page.locator('.editor-instance .view-lines .view-line span span', { hasText: /^FROM$/ }).first(), PHASE_WORD);
      await shot('corpus-hover-en');
      return JSON.stringify((await ours.innerText()).replace(/\s+/g, ' ').slice(0, 100));
    });

    await check('the corpus file has squiggles and the Problems view lists the findings the CLI reports', async () => {
      await page.mouse.move(5, 5);
      if (findings.length === 0) throw new Error(`the CLI finds nothing in ${corpusFile}: choose a file with findings`);
      await page.locator('.editor-instance :is(.squiggly-error, .squiggly-warning, .squiggly-info)').first()
        .waitFor({ state: 'attached', timeout: 30_000 });
      await runCommand('Problems: Focus on Problems View');
      const codes = [...new Set(findings.map((f) => f.code))];
      for (const code of codes) {
        await page.locator('.markers-panel .monaco-list-row', { hasText: SOURCE }).filter({ hasText: code }).first()
          .waitFor({ state: 'visible', timeout: 30_000 });
      }
      await shot('corpus-problems');
      await runCommand('View: Hide Panel');
      return `rows for ${codes.join(', ')}`;
    });

    await check('the notes link in the hover opens the notes in Markdown preview, scrolled to its heading', async () => {
      await goTo(1, 1);
      const hover = await hoverUntil(page.locator('.editor-instance .view-lines .view-line span span', { hasText: /^FROM$/ }).first(), PHASE_WORD);
      const link = hover.locator('a[data-href^="command:dockerfileTutor.openNotes"]').first();
      const href = (await link.getAttribute('data-href')) ?? '';
      const args = JSON.parse(decodeURIComponent(href.slice(href.indexOf('?') + 1)));
      const section = String((Array.isArray(args) ? args[0] : args).section);
      await link.click();
      await page.locator('.tabs-container .tab.active', { hasText: 'cloud-notes.en.md' }).waitFor({ timeout: 15_000 });
      const anchor = webview().locator(`[id="${section}"]`);
      await anchor.waitFor({ state: 'attached', timeout: 15_000 });
      // The preview scrolls after it renders: wait until the heading after the section's anchor is at the top.
      const where = await poll(`the heading after #${section} to be scrolled to the top of the preview`, async () => {
        const box = await anchor.evaluate((a) => {
          const heading = [...document.querySelectorAll('h1, h2, h3, h4')]
            .find((h) => (a.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
          return heading && { top: heading.getBoundingClientRect().top, height: window.innerHeight, scrollY: window.scrollY, text: heading.textContent ?? '' };
        });
        return box && box.scrollY > 0 && box.top >= -2 && box.top < box.height / 3 ? box : undefined;
      });
      const headingText = where.text.trim();
      await shot('notes-preview');
      const previewTab = page.locator('.tabs-container .tab', { hasText: 'cloud-notes' });
      await previewTab.locator('.tab-actions .action-label').first().click();
      await previewTab.waitFor({ state: 'detached', timeout: 10_000 });
      await page.locator('.tabs-container .tab.active', { hasText: /^Dockerfile/ }).waitFor({ timeout: 10_000 });
      return `#${section} ("${headingText}") at ${Math.round(where.top)} px, scrolled ${Math.round(where.scrollY)} px`;
    });

    /** Waits for the Explain panel to show the corpus file's stages and layers. */
    async function readPanel() {
      const frame = webview();
      await poll(`${stageNames.length || 1} stage card(s) in the Explain panel`, async () =>
        ((await frame.locator('#pipeline .stage-card').count()) === Math.max(stageNames.length, 1) ? true : undefined), 30_000);
      const cards = (await frame.locator('#pipeline .stage-card').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
      for (const name of stageNames) {
        if (!cards.some((c) => c.includes(name))) throw new Error(`no stage card names ${name}: ${JSON.stringify(cards)}`);
      }
      const layers = (await frame.locator('#image .layers > li').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
      for (const line of layerLines) {
        if (!layers.some((l) => new RegExp(`^line ${line} (RUN|COPY|ADD)\\b`, 'i').test(l) || new RegExp(`(줄|행) ?${line}`).test(l))) {
          throw new Error(`no layer for line ${line}: ${JSON.stringify(layers.map((l) => l.slice(0, 40)))}`);
        }
      }
      const process = (await frame.locator('#life .process code').innerText()).trim();
      return `${cards.length} stages (${stageNames.join(', ')}), ${layers.length} layer rows incl. lines ${layerLines.join(', ')}, runs "${process}"`;
    }

    await check('"Dockerfile Tutor: Explain" from the palette opens the panel with the file\'s stages and layers', async () => {
      await runCommand('Dockerfile Tutor: Explain');
      await page.locator('.tabs-container .tab', { hasText: /^Explain: / }).first().waitFor({ timeout: 15_000 });
      const detail = await readPanel();
      await shot('panel-light');
      return detail;
    });

    // After a reload the globalState of the first session is there: the hint must not come back.
    await check('after a reload (dark theme) the overlap hint stays away and Explain shows the file again', async () => {
      await reloadWith({ 'workbench.colorTheme': 'Default Dark Modern', 'dockerfileTutor.language': 'en' });
      await page.locator('.monaco-workbench.vs-dark').waitFor({ timeout: 30_000 });
      await quickOpen(corpusFile, firstText);
      await runCommand('Dockerfile Tutor: Explain');
      const detail = await readPanel(); // the server answered: our extension is active again
      await page.locator('.editor-instance :is(.squiggly-error, .squiggly-warning, .squiggly-info)').first()
        .waitFor({ state: 'attached', timeout: 30_000 });
      await shot('panel-dark');
      const toasts = await page.locator(TOAST).allInnerTexts();
      await runCommand('Notifications: Show Notifications');
      await page.locator('.notifications-center').waitFor({ state: 'visible', timeout: 10_000 });
      const center = await page.locator('.notifications-center .notification-list-item-message').allInnerTexts();
      await page.keyboard.press('Escape');
      await page.locator('.notifications-center').waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
      const again = [...toasts, ...center].filter((t) => OVERLAP_HINT.test(t));
      if (again.length > 0) throw new Error(`the hint showed again: ${JSON.stringify(again)}`);
      return `${detail}; notifications: ${JSON.stringify(center)}`;
    });

    await check('with dockerfileTutor.language = ko the hover over FROM is Korean', async () => {
      await reloadWith({ 'workbench.colorTheme': 'Default Dark Modern', 'dockerfileTutor.language': 'ko' });
      await runCommand('View: Close All Editor Groups');
      await quickOpen(corpusFile, firstText);
      const ours = await hoverUntil(page.locator('.editor-instance .view-lines .view-line span span', { hasText: /^FROM$/ }).first(), HANGUL);
      await shot('corpus-hover-ko');
      return JSON.stringify((await ours.innerText()).replace(/\s+/g, ' ').slice(0, 80));
    });
  }

  fs.writeFileSync(settingsFile, originalSettings);
  fs.writeFileSync(path.join(artifacts, 'ui-browser-errors.txt'), browserErrors.join('\n'));
  await close();
  writeResults(passed, failed);
  return failed === 0 && passed > 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (e) => {
  console.error(e);
  process.exit(2);
});
