/**
 * The manifest's and the client's strings in both languages: every `%key%` of package.json has an English
 * text, every English text a Korean one (written in Hangul), and every Korean client string belongs to a
 * `l10n.t('…')` call in client/src (a key nobody asks for is a translation that silently went stale).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { nlsPlaceholders } from '../../../scripts/manifest';

const ROOT = path.join(__dirname, '..', '..', '..');
const HANGUL = /[\uac00-\ud7a3]/;
/** Keys whose text is a product name, the same in both languages. */
const SAME_IN_BOTH = new Set(['displayName', 'config.title.shellcheck']);

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, unknown>;
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** The first arguments of `l10n.t('…')` calls (string literals), unescaped. */
export function l10nKeysIn(source: string): string[] {
  const keys: string[] = [];
  for (const m of source.matchAll(/\bl10n\.t\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g)) {
    keys.push((m[2] ?? '').replace(/\\(.)/g, '$1'));
  }
  return keys;
}

const en = readJson('package.nls.json');
const ko = readJson('package.nls.ko.json');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Parameters<typeof nlsPlaceholders>[0];

describe('package: localized strings', () => {
  it('finds an English text for every %key% in package.json', () => {
    const keys = [...new Set(nlsPlaceholders(manifest))];
    assert.ok(keys.length > 40, `only ${keys.length} placeholders found`);
    assert.deepEqual(keys.filter((k) => typeof en[k] !== 'string' || en[k] === ''), []);
  });

  it('reports no English text that package.json does not use', () => {
    const used = new Set(nlsPlaceholders(manifest));
    assert.deepEqual(Object.keys(en).filter((k) => !used.has(k)), []);
  });

  it('has a Korean text in Hangul for every English one', () => {
    const missing = Object.keys(en).filter((k) => typeof ko[k] !== 'string' || ko[k] === '');
    assert.deepEqual(missing, []);
    const notKorean = Object.keys(en).filter((k) => !SAME_IN_BOTH.has(k) && !HANGUL.test(String(ko[k])));
    assert.deepEqual(notKorean, []);
    assert.deepEqual(Object.keys(ko).filter((k) => !(k in en)), [], 'Korean keys without an English text');
  });

  it('keeps command links and setting references the same in both languages', () => {
    const links = (s: unknown): string[] => [...String(s).matchAll(/\((command:[^)]+)\)|`#([^`]+)#`/g)].map((m) => m[1] ?? m[2] ?? '').sort();
    const differ = Object.keys(en).filter((k) => JSON.stringify(links(en[k])) !== JSON.stringify(links(ko[k])));
    assert.deepEqual(differ, []);
  });

  it('uses every key of l10n/bundle.l10n.ko.json in an l10n.t call of the client, and translates every call', () => {
    const bundle = readJson('l10n/bundle.l10n.ko.json');
    const used = new Set(filesUnder(path.join(ROOT, 'client', 'src')).flatMap((f) => l10nKeysIn(fs.readFileSync(f, 'utf8'))));
    assert.ok(used.size > 0, 'no l10n.t calls found in client/src');
    assert.deepEqual(Object.keys(bundle).filter((k) => !used.has(k)), [], 'keys that no l10n.t call uses');
    assert.deepEqual([...used].filter((k) => typeof bundle[k] !== 'string'), [], 'l10n.t strings without a Korean text');
    assert.deepEqual(Object.keys(bundle).filter((k) => !HANGUL.test(String(bundle[k]))), []);
  });

  it('reads l10n.t keys with quotes and escapes', () => {
    assert.deepEqual(l10nKeysIn(`vscode.l10n.t('It\\'s {0}', x); api.l10n.t("Keep both")`), ["It's {0}", 'Keep both']);
  });
});
