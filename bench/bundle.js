// Bundles bench/run.ts (and our server code with it) the way the extension ships: one scope-hoisted file.
// Loading the TypeScript through test/register.js instead would measure module-getter overhead that the
// shipped bundle does not have. The bundle sits next to run.ts, so __dirname-relative paths stay the same.
const esbuild = require('esbuild');
const path = require('node:path');
esbuild.buildSync({
  entryPoints: [path.join(__dirname, 'run.ts')],
  outfile: path.join(__dirname, '.run.bundle.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  logLevel: 'warning',
});
