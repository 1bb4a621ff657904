// Bundles one of the bench tools (bench/<name>.ts) the way the extension ships — one scope-hoisted file — so that
// profiles and timings see the shipped code's shape (loading the TypeScript through test/register.js would add
// module-getter overhead the bundle does not have): `node bench/bundle-tool.js lint-speed` → bench/.lint-speed.bundle.js;
// `npm run bench` bundles run.ts. The bundle sits next to its source, so __dirname-relative paths stay the same.
const esbuild = require('esbuild');
const path = require('node:path');
const name = process.argv[2];
if (name === undefined) {
  process.stderr.write('usage: node bench/bundle-tool.js <lint-speed|rule-times|...>\n');
  process.exit(2);
}
esbuild.buildSync({
  entryPoints: [path.join(__dirname, `${name}.ts`)],
  outfile: path.join(__dirname, `.${name}.bundle.js`),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  logLevel: 'warning',
});
