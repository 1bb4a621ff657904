/**
 * What goes into the .vsix: the list `vsce ls` prints from the allowlist in .vscodeignore. Nothing of the
 * sources, tests, source maps or node_modules; everything the manifest and the extension load at run time.
 * (The packaged size of the production build is printed by `npm run package` / `npm run publish:dry`.)
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { transformSync } from 'esbuild';

const ROOT = path.join(__dirname, '..', '..', '..');
const VSCE = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'vsce.cmd' : 'vsce');

interface Manifest {
  main: string;
  icon: string;
  contributes: {
    grammars: { path: string }[];
    snippets: { path: string }[];
    walkthroughs: { steps: { media: { markdown?: string } }[] }[];
  };
}

/** The forbidden shapes, each with why. */
const FORBIDDEN: ReadonlyArray<readonly [RegExp, string]> = [
  [/\.tsx?$/, 'TypeScript source'],
  [/\.map$/, 'source map'],
  [/(^|\/)node_modules\//, 'node_modules (the bundles contain what they need)'],
  [/^(test|bench|scripts|client|server|common|examples|\.ci|\.helpers)\//, 'a development folder'],
  [/(^|\/)src\//, 'a source folder'],
  [/\.vsix$/, 'an earlier package'],
  [/^media\/icon\.svg$/, 'the icon source'],
  [/^media\/screenshots\//, 'README screenshots (published from the repository)'],
  [/(^|\/)(tsconfig[^/]*\.json|eslint\.config\.mjs|esbuild\.js|\.mocharc\.json|package-lock\.json|DESIGN\.md)$/, 'a build or development file'],
  [/\.node$/, 'a native module (the package is universal)'],
];

let files: string[] = [];

describe('package: the files vsce packs', function () {
  before(function () {
    for (const bundle of ['dist/extension.js', 'dist/server.js', 'dist/server-main.js', 'dist/lint-worker.js', 'dist/cli.js']) {
      assert.ok(fs.existsSync(path.join(ROOT, bundle)), `${bundle} is missing: run \`npm run build\` first`);
    }
    const r = spawnSync(VSCE, ['ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, `vsce ls failed: ${r.stderr}`);
    files = r.stdout.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  });

  it('lists no sources, tests, maps, node_modules or native modules', () => {
    const leaks = files.flatMap((f) => FORBIDDEN.filter(([re]) => re.test(f)).map(([, why]) => `${f} (${why})`));
    assert.deepEqual(leaks, []);
  });

  it('includes the bundles, grammar, snippets, notes, lessons, media, translations and documents', () => {
    const required = [
      'package.json', 'package.nls.json', 'package.nls.ko.json', 'README.md', 'CHANGELOG.md', 'LICENSE',
      'dist/extension.js', 'dist/server.js', 'dist/server-main.js', 'dist/lint-worker.js', 'dist/cli.js', 'dist/webview.js',
      'syntaxes/dockerfile.tmLanguage.json', 'snippets/dockerfile.json',
      'notes/cloud-notes.en.md', 'notes/cloud-notes.ko.md', 'l10n/bundle.l10n.ko.json',
      'media/icon.png', 'media/walkthrough/first.Dockerfile',
    ];
    assert.deepEqual(required.filter((f) => !files.includes(f)), []);
    const lessons = fs.readdirSync(path.join(ROOT, 'docs', 'rules')).map((f) => `docs/rules/${f}`);
    assert.ok(lessons.length > 100, `only ${lessons.length} rule lessons in docs/rules`);
    assert.deepEqual(lessons.filter((f) => !files.includes(f)), [], 'every generated rule lesson is packaged');
    const images = fs.readdirSync(path.join(ROOT, 'notes', 'images')).map((f) => `notes/images/${f}`);
    assert.deepEqual(images.filter((f) => !files.includes(f)), [], 'the pictures of the notes are packaged');
  });

  it('includes every file the manifest points at', () => {
    const m = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
    const norm = (p: string): string => path.posix.normalize(p.replace(/^\.\//, ''));
    const referenced = [
      m.main, m.icon,
      ...m.contributes.grammars.map((g) => g.path),
      ...m.contributes.snippets.map((s) => s.path),
      ...m.contributes.walkthroughs.flatMap((w) => w.steps.flatMap((s) => (s.media.markdown === undefined ? [] : [s.media.markdown]))),
    ].map(norm);
    assert.deepEqual(referenced.filter((f) => !files.includes(f)), []);
  });

  it('includes every image the walkthrough pages show', () => {
    const pages = files.filter((f) => f.startsWith('media/walkthrough/') && f.endsWith('.md'));
    assert.ok(pages.length >= 3);
    const missing: string[] = [];
    for (const page of pages) {
      const text = fs.readFileSync(path.join(ROOT, page), 'utf8');
      for (const m of text.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)) {
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(page), m[1] ?? ''));
        if (!files.includes(target)) missing.push(`${page} → ${target}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('stays small: under 4 MB before compression, the bundles counted minified as the package ships them', () => {
    // `npm test` builds without minifying (for readable stack traces); `npm run package` minifies. Counting the
    // bundles minified here measures what ships whichever build is in dist/.
    const bytes = files.reduce((sum, f) => {
      const file = path.join(ROOT, f);
      if (!/^dist\/.*\.js$/.test(f)) return sum + fs.statSync(file).size;
      return sum + Buffer.byteLength(transformSync(fs.readFileSync(file, 'utf8'), { minify: true, loader: 'js' }).code);
    }, 0);
    assert.ok(bytes < 4 * 1024 * 1024, `${(bytes / 1024).toFixed(0)} KiB`);
  });
});
