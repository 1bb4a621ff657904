// Lets mocha load TypeScript tests directly: each .ts file is transformed by esbuild (no type-check here;
// `npm run typecheck` does that).
const { transformSync } = require('esbuild');
const fs = require('node:fs');
require.extensions['.ts'] = function (module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, { loader: 'ts', format: 'cjs', target: 'node20', sourcemap: 'inline', sourcefile: filename });
  module._compile(code, filename);
};
