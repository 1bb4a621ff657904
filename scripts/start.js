#!/usr/bin/env node
// `npm start`: builds, packages the .vsix, shows the CLI on examples/Dockerfile, and prints how to install.
// It never touches the user's editor.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsix = `${pkg.name}-${pkg.version}.vsix`;

function run(title, cmd, args, allowed = [0]) {
  process.stdout.write(`\n\x1b[1m== ${title}\x1b[0m\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: false });
  if (r.error) throw r.error;
  if (!allowed.includes(r.status)) {
    process.stderr.write(`${title} failed (exit ${r.status})\n`);
    process.exit(r.status || 1);
  }
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
run('Build and package the extension', npm, ['run', '--silent', 'package']);
// lint exits 1 when it finds something, which it should on the example.
run('Lint examples/Dockerfile', process.execPath, ['dist/cli.js', 'lint', 'examples/Dockerfile'], [0, 1]);
run('Explain examples/Dockerfile', process.execPath, ['dist/cli.js', 'explain', 'examples/Dockerfile']);
process.stdout.write(`\n\x1b[1m== Install into VS Code\x1b[0m\n  code --install-extension ${vsix}\n  (or: npm run install-extension)\n`);
