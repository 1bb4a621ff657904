import assert from 'node:assert/strict';
import { buildPanelHtml, contentSecurityPolicy, makeNonce } from '../../../client/src/panel/html';

const SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';

function page(nonce = makeNonce()): string {
  return buildPanelHtml({
    cspSource: SOURCE,
    nonce,
    scriptUri: `${SOURCE}/ext/dist/webview.js`,
    styleUri: `${SOURCE}/ext/media/panel/panel.css`,
    lang: 'ko',
    title: '도커파일 설명 <b>',
  });
}

describe('panel html', function () {
  it('sets a CSP that allows nothing by default and scripts only by nonce', function () {
    const csp = contentSecurityPolicy(SOURCE, 'abcdefghijklmnopqrstuv==');
    const directives = csp.split('; ');
    assert.equal(directives[0], "default-src 'none'");
    assert.ok(directives.includes("script-src 'nonce-abcdefghijklmnopqrstuv=='"));
    assert.ok(directives.includes(`style-src ${SOURCE}`));
    assert.ok(!csp.includes('unsafe-inline') && !csp.includes('unsafe-eval'));
  });

  it('loads one script, carrying the nonce of the CSP, and no inline script or style', function () {
    const nonce = makeNonce();
    const html = page(nonce);
    assert.ok(html.includes(`content="default-src &#39;none&#39;;`));
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    assert.deepEqual(scripts, [`<script nonce="${nonce}" src="${SOURCE}/ext/dist/webview.js">`]);
    assert.ok(!/<style/.test(html));
    assert.ok(!/ style=/.test(html));
    assert.ok(html.includes('<html lang="ko">'));
    assert.ok(html.includes('<title>도커파일 설명 &#60;b&#62;</title>'));
  });

  it('makes a different 128-bit nonce each time, and refuses a nonce that could break the attribute', function () {
    const a = makeNonce();
    const b = makeNonce();
    assert.notEqual(a, b);
    assert.equal(Buffer.from(a, 'base64').length, 16);
    assert.throws(() => page('"><script>alert(1)</script>'));
  });
});
