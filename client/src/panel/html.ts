/**
 * The Explain panel's page. Pure (no `vscode` import) so unit tests check the CSP directly.
 * The page is a shell: an empty `#app`, one stylesheet and one script, both from the extension's
 * own files. Document text never appears here; it arrives later as data by `postMessage`.
 */
import { randomBytes } from 'node:crypto';
import type { Lang } from '../../../common/src/protocol';

export interface PanelHtmlInput {
  /** `webview.cspSource`: the origin of the extension's resources inside the webview. */
  readonly cspSource: string;
  /** Fresh for every page (see `makeNonce`). */
  readonly nonce: string;
  /** `asWebviewUri` of dist/webview.js and media/panel/panel.css. */
  readonly scriptUri: string;
  readonly styleUri: string;
  readonly lang: Lang;
  /** Page title (already localized). */
  readonly title: string;
}

/** 128 random bits, base64: a CSP nonce. */
export function makeNonce(): string {
  return randomBytes(16).toString('base64');
}

/** Characters that could end an attribute value or start markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The Content-Security-Policy of the page: nothing by default, our stylesheet and our script only. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `img-src ${cspSource}`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function buildPanelHtml(input: PanelHtmlInput): string {
  if (!/^[A-Za-z0-9+/=]{16,}$/.test(input.nonce)) throw new Error('invalid CSP nonce');
  const csp = contentSecurityPolicy(input.cspSource, input.nonce);
  return `<!DOCTYPE html>
<html lang="${escapeHtml(input.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(input.styleUri)}">
<title>${escapeHtml(input.title)}</title>
</head>
<body>
<div id="app"></div>
<script nonce="${escapeHtml(input.nonce)}" src="${escapeHtml(input.scriptUri)}"></script>
</body>
</html>
`;
}
