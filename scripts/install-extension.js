#!/usr/bin/env node
// Installs the packaged .vsix into VS Code with the `code` command, when there is one.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const root = path.join(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsix = path.join(root, `${pkg.name}-${pkg.version}.vsix`);
if (!fs.existsSync(vsix)) {
  process.stderr.write(`${path.basename(vsix)} not found: run npm start (or npm run package) first.\n`);
  process.exit(2);
}
const code = process.platform === 'win32' ? 'code.cmd' : 'code';
const r = spawnSync(code, ['--install-extension', vsix, '--force'], { stdio: 'inherit' });
if (r.error) {
  process.stderr.write(`No "${code}" command on PATH. In VS Code: Extensions view → … → Install from VSIX… and pick ${path.basename(vsix)}.\n`);
  process.exit(2);
}
process.exit(r.status ?? 1);
