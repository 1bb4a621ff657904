/**
 * Loads the Explain panel's page in headless Chromium the way VS Code would: the HTML from
 * `buildPanelHtml` (same CSP), the bundled dist/webview.js and media/panel/panel.css served from a
 * fake origin by request interception (no server, no network), a stub `acquireVsCodeApi` whose
 * state survives a reload (like VS Code's), and the `--vscode-*` variables of a theme.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ExplainResult, Lang } from '../../common/src/protocol';
import { isExplainResult } from '../../common/src/panelMessages';
import type { FromWebviewMessage, ToWebviewMessage } from '../../common/src/panelMessages';
import { buildPanelHtml, makeNonce } from '../../client/src/panel/html';
import { THEMES } from './themes';
import type { ThemeName } from './themes';

export const REPO = path.resolve(__dirname, '../..');
export const ARTIFACTS = path.join(__dirname, 'artifacts');
const ORIGIN = 'https://panel.test';

// --- the small part of playwright-core these tests use (it is installed outside the repo) ---
export interface Locator {
  count(): Promise<number>;
  textContent(): Promise<string | null>;
  allTextContents(): Promise<string[]>;
  getAttribute(name: string): Promise<string | null>;
  click(): Promise<void>;
  focus(): Promise<void>;
  first(): Locator;
  nth(i: number): Locator;
  locator(selector: string): Locator;
  waitFor(options: { state: 'visible' | 'attached' | 'detached'; timeout?: number }): Promise<void>;
  evaluate<R>(fn: string): Promise<R>;
}
interface Route {
  request(): { url(): string };
  fulfill(options: { status?: number; contentType?: string; body: string | Buffer }): Promise<void>;
}
export interface Page {
  route(url: string, handler: (route: Route) => Promise<void>): Promise<void>;
  addInitScript(script: { content: string }): Promise<void>;
  goto(url: string): Promise<unknown>;
  reload(): Promise<unknown>;
  evaluate<R>(expression: string): Promise<R>;
  waitForFunction(expression: string, arg?: unknown, options?: { timeout?: number; polling?: number }): Promise<unknown>;
  locator(selector: string): Locator;
  screenshot(options: { path: string; fullPage: boolean }): Promise<unknown>;
  setViewportSize(size: { width: number; height: number }): Promise<void>;
  keyboard: { press(key: string): Promise<void> };
  on(event: 'pageerror', listener: (error: Error) => void): void;
}
interface BrowserContext {
  pages(): Page[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}
interface Chromium {
  launchPersistentContext(dir: string, options: Record<string, unknown>): Promise<BrowserContext>;
}

function loadPlaywright(): Chromium {
  const candidates = [
    process.env.PLAYWRIGHT_CORE,
    'playwright-core',
    path.join(os.homedir(), '.cache/dockerfile-tutor-e2e/tools/node_modules/playwright-core'),
    path.join(REPO, 'test/e2e/tools/node_modules/playwright-core'),
  ].filter((c): c is string => typeof c === 'string' && c.length > 0);
  for (const c of candidates) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(c) as { chromium: Chromium };
      return mod.chromium;
    } catch {
      // try the next place
    }
  }
  throw new Error(`playwright-core not found (set NODE_PATH or PLAYWRIGHT_CORE); tried: ${candidates.join(', ')}`);
}

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Harness {
  readonly page: Page;
  /** Loads the panel page (fresh state unless `keepState`). */
  open(options?: { lang?: Lang; theme?: ThemeName; keepState?: boolean }): Promise<void>;
  send(message: ToWebviewMessage | Record<string, unknown>): Promise<void>;
  posted(): Promise<FromWebviewMessage[]>;
  /** CSP violations and uncaught errors seen so far. */
  problems(): Promise<string[]>;
  close(): Promise<void>;
}

export async function launch(): Promise<Harness> {
  const chromium = loadPlaywright();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dft-webview-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 900, height: 1000 },
    args: FLAGS,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`));

  let lang: Lang = 'en';
  let theme: ThemeName = 'dark';
  const files: Readonly<Record<string, string>> = {
    '/dist/webview.js': path.join(REPO, 'dist/webview.js'),
    '/media/panel/panel.css': path.join(REPO, 'media/panel/panel.css'),
  };
  await page.route(`${ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/index.html') {
      const html = buildPanelHtml({
        cspSource: ORIGIN,
        nonce: makeNonce(),
        scriptUri: `${ORIGIN}/dist/webview.js`,
        styleUri: `${ORIGIN}/media/panel/panel.css`,
        lang,
        title: 'Explain',
      })
        // What VS Code adds around a webview: the theme's variables and the body's theme class.
        .replace('<link rel="stylesheet"', `<link rel="stylesheet" href="${ORIGIN}/theme.css">\n<link rel="stylesheet"`)
        .replace('<body>', `<body class="${THEMES[theme].bodyClass}">`);
      await route.fulfill({ contentType: 'text/html', body: html });
    } else if (url.pathname === '/theme.css') {
      const vars = Object.entries(THEMES[theme].vars).map(([k, v]) => `  --vscode-${k}: ${v};`).join('\n');
      await route.fulfill({ contentType: 'text/css', body: `html {\n${vars}\n  --vscode-font-family: sans-serif;\n  --vscode-font-size: 13px;\n  --vscode-editor-font-family: monospace;\n}` });
    } else {
      if (url.pathname === '/blank') {
        await route.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><title>blank</title>' });
        return;
      }
      const file = files[url.pathname];
      if (file === undefined) await route.fulfill({ status: 404, body: '' });
      else await route.fulfill({ contentType: file.endsWith('.js') ? 'text/javascript' : 'text/css', body: fs.readFileSync(file) });
    }
  });
  // The stub VS Code API. State lives in sessionStorage, so it survives a reload like VS Code's.
  await page.addInitScript({
    content: `
      window.__posted = [];
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
      window.acquireVsCodeApi = () => ({
        postMessage: (m) => window.__posted.push(JSON.parse(JSON.stringify(m))),
        getState: () => { const s = sessionStorage.getItem('vscodeState'); return s === null ? undefined : JSON.parse(s); },
        setState: (s) => sessionStorage.setItem('vscodeState', JSON.stringify(s)),
      });`,
  });

  return {
    page,
    async open(options = {}) {
      lang = options.lang ?? 'en';
      theme = options.theme ?? 'dark';
      if (!options.keepState) {
        await page.goto(`${ORIGIN}/blank`);
        await page.evaluate('sessionStorage.clear()');
      }
      await page.goto(`${ORIGIN}/index.html`);
      await page.waitForFunction("window.__posted.some((m) => m.type === 'ready')", undefined, { timeout: 10000 });
    },
    async send(message) {
      await page.evaluate(`window.postMessage(${JSON.stringify(message)}, '*')`);
    },
    posted() {
      return page.evaluate<FromWebviewMessage[]>('window.__posted');
    },
    async problems() {
      const violations = await page.evaluate<string[]>('window.__violations');
      return [...violations.map((v) => `csp: ${v}`), ...pageErrors];
    },
    async close() {
      await context.close().catch(() => undefined);
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

// --- analyses from the real CLI ---

/** The corpus of real Dockerfiles (env DOCKERFILE_CORPUS, default ../shared/corpus from the repo). */
export function corpusDir(): string | undefined {
  const dir = path.resolve(REPO, process.env.DOCKERFILE_CORPUS ?? '../shared/corpus');
  return fs.existsSync(path.join(dir, 'dockerfiles')) ? dir : undefined;
}

/** `dockerfile-tutor explain --format json FILE`, checked against the protocol. */
export function explainFile(file: string, lang: Lang = 'en'): ExplainResult {
  const out = execFileSync(process.execPath, [path.join(REPO, 'dist/cli.js'), 'explain', '--format', 'json', '--lang', lang, file], { encoding: 'utf8' });
  const parsed: unknown = JSON.parse(out);
  if (!isExplainResult(parsed)) throw new Error(`the CLI's explain JSON for ${file} does not match ExplainResult`);
  return parsed;
}

/** Writes a Dockerfile to a temporary folder and explains it. */
export function explainText(text: string, name = 'Dockerfile', lang: Lang = 'en'): ExplainResult {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dft-explain-'));
  try {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return explainFile(file, lang);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
