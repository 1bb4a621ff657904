// Bundles the integration suite that runs inside a real VS Code extension host (code-server here,
// @vscode/test-electron elsewhere) into out/test/e2e/:
//   out/test/e2e/index.js          the extensionTestsPath entry (exports run())
//   out/test/e2e/suite/*.test.js   one bundle per test file, loaded by index.js through mocha
// `vscode` comes from the extension host; `mocha` from the repo's node_modules (a devDependency).
// Kept apart from esbuild.js so that nothing of the tests can end up in dist/ or in the .vsix.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const repo = path.resolve(__dirname, '..', '..');
const outdir = path.join(repo, 'out', 'test', 'e2e');
const suiteDir = path.join(__dirname, 'suite');
const tests = fs.readdirSync(suiteDir).filter((f) => f.endsWith('.test.ts')).map((f) => path.join(suiteDir, f));

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  sourcesContent: false,
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
};

async function main() {
  fs.rmSync(outdir, { recursive: true, force: true });
  await esbuild.build({ ...common, entryPoints: [path.join(suiteDir, 'index.ts')], outfile: path.join(outdir, 'index.js') });
  await esbuild.build({ ...common, entryPoints: tests, outdir: path.join(outdir, 'suite') });
  console.log(`in-host suite: ${path.relative(repo, outdir)}/index.js + ${tests.length} test file(s)`);
}

main().catch((e) => { console.error(e); process.exit(1); });
