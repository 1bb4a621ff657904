// Bundles the extension client, the language server and the CLI.
//   node esbuild.js              development build (with source maps)
//   node esbuild.js --production minified, no source maps (what the .vsix ships)
//   node esbuild.js --watch      rebuild on change
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Every bundle the project ships. Extra entries (the webview script) are added by their owners here. */
const targets = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', external: ['vscode'] },
  // dist/server.js is a small loader that runs dist/server-main.js through a V8 code cache (server/src/boot.ts).
  { entryPoints: ['server/src/boot.ts'], outfile: 'dist/server.js', platform: 'node' },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server-main.js', platform: 'node' },
  // The lint worker thread (server/src/lintWorkerMain.ts): the lint without the language server.
  { entryPoints: ['server/src/lintWorkerMain.ts'], outfile: 'dist/lint-worker.js', platform: 'node' },
  { entryPoints: ['server/src/cli/cli.ts'], outfile: 'dist/cli.js', platform: 'node', banner: { js: '#!/usr/bin/env node' } },
  ...optionalTargets(),
];

function optionalTargets() {
  const out = [];
  const webview = 'client/webview/main.ts';
  if (fs.existsSync(path.join(__dirname, webview))) {
    out.push({ entryPoints: [webview], outfile: 'dist/webview.js', platform: 'browser', format: 'iife' });
  }
  return out;
}

/** Prints build errors the way VS Code's esbuild problem matcher expects. */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => { if (watch) console.log('[watch] build started'); });
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      if (watch) console.log('[watch] build finished');
    });
  },
};

async function main() {
  const contexts = await Promise.all(targets.map((t) => esbuild.context({
    bundle: true,
    format: 'cjs',
    target: 'node20',
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    logLevel: 'silent',
    loader: { '.md': 'text' },
    plugins: [problemMatcher],
    ...t,
  })));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  let failed = false;
  for (const c of contexts) {
    try { await c.rebuild(); } catch { failed = true; }
    await c.dispose();
  }
  if (failed) process.exit(1);
  for (const t of targets) {
    if (t.banner) fs.chmodSync(t.outfile, 0o755);
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
