#!/usr/bin/env node
// Packaging and publishing. The options vsce needs live here and in scripts/vsce-base.json only.
//   node scripts/vsce.js package             production build, then dockerfile-tutor-<version>.vsix
//   node scripts/vsce.js publish --dry-run   package, list the files, check the manifest; publishes nothing
//   node scripts/vsce.js publish             the same, then `vsce publish` (token: VSCE_PAT) and
//                                            `ovsx publish` (token: OVSX_PAT) of that very .vsix
// vsce warnings fail the run: a package must build without prompts and without warnings.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsix = `${pkg.name}-${pkg.version}.vsix`;
const bin = (name) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

function fail(message) {
  process.stderr.write(`\n${message}\n`);
  process.exit(1);
}

/** `--baseContentUrl`/`--baseImagesUrl` from scripts/vsce-base.json; while it is empty, a README with relative images is refused. */
function baseUrlArgs(forPublish) {
  const { repositoryUrl } = JSON.parse(fs.readFileSync(path.join(__dirname, 'vsce-base.json'), 'utf8'));
  if (typeof repositoryUrl === 'string' && repositoryUrl !== '') {
    if (!/^https:\/\/\S+[^/]$/.test(repositoryUrl)) fail(`scripts/vsce-base.json: repositoryUrl must be an https URL without a trailing slash, not "${repositoryUrl}".`);
    // package.json has no `repository` field (vsce would warn): the base URLs are all the package needs.
    return ['--allow-missing-repository', '--baseContentUrl', `${repositoryUrl}/blob/HEAD/`, '--baseImagesUrl', `${repositoryUrl}/raw/HEAD/`];
  }
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const image = /!\[([^\]]*)\]\(([^)\s]+)\)/g;
  const relative = [...readme.matchAll(image)].map((m) => m[2]).filter((u) => !/^https:\/\//.test(u));
  if (relative.length === 0) return ['--allow-missing-repository'];
  if (forPublish) {
    fail(`README.md shows images by relative path (${relative.join(', ')}). The Marketplace needs absolute https URLs:\n` +
      'set "repositoryUrl" in scripts/vsce-base.json to the public repository, and vsce rewrites these links.');
  }
  // A local package (npm start, npm run package, the e2e tests) cannot have relative images either: it gets a
  // copy of the README whose pictures are named instead of shown. Publishing needs the repository URL.
  const copy = readme.replace(image, (m, alt, url) => (/^https:\/\//.test(url) ? m : `*${alt || 'Screenshot'} (\`${url}\` in the repository)*`));
  const dir = path.join(root, '.vsce');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'README.md');
  fs.writeFileSync(file, copy);
  return ['--allow-missing-repository', '--readme-path', path.relative(root, file)];
}

/** Runs a command; with `check`, its output is echoed and a vsce WARNING fails the run. */
function run(title, cmd, args, { check = false, env } = {}) {
  process.stdout.write(`\n== ${title}\n`);
  const r = spawnSync(cmd, args, { cwd: root, env: env ?? process.env, encoding: 'utf8', stdio: check ? 'pipe' : 'inherit' });
  if (r.error) fail(`${title}: ${r.error.message}`);
  if (check) {
    process.stdout.write(r.stdout);
    process.stderr.write(r.stderr);
    const warnings = `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => /\bWARNING\b/.test(l));
    if (r.status === 0 && warnings.length > 0) fail(`${title} printed warnings; fix them:\n${warnings.join('\n')}`);
  }
  if (r.status !== 0) fail(`${title} failed (exit ${r.status}).`);
  return r.stdout ?? '';
}

function packageVsix(forPublish = false) {
  run('Production build (node esbuild.js --production)', process.execPath, ['esbuild.js', '--production']);
  fs.rmSync(path.join(root, vsix), { force: true });
  run(`vsce package -> ${vsix}`, bin('vsce'), ['package', '--no-dependencies', '-o', vsix, ...baseUrlArgs(forPublish)], { check: true });
  const kib = (fs.statSync(path.join(root, vsix)).size / 1024).toFixed(1);
  process.stdout.write(`${vsix}: ${kib} KiB\n`);
}

function verify() {
  const files = run('vsce ls --no-dependencies', bin('vsce'), ['ls', '--no-dependencies'], { check: true })
    .split('\n').filter((l) => l.trim() !== '');
  process.stdout.write(`${files.length} files would be published.\n`);
  require('../test/register.js');
  const { checkManifest } = require('./manifest.ts');
  const problems = checkManifest(root, files);
  process.stdout.write('\n== Manifest check\n');
  if (problems.length > 0) fail(`The manifest has problems:\n- ${problems.join('\n- ')}`);
  process.stdout.write('The manifest is complete.\n');
}

function main() {
  const [command, ...rest] = process.argv.slice(2);
  const dryRun = rest.includes('--dry-run');
  if (command === 'package') {
    packageVsix();
    return;
  }
  if (command !== 'publish') fail('usage: node scripts/vsce.js package | publish [--dry-run]');
  const missing = ['VSCE_PAT', 'OVSX_PAT'].filter((k) => (process.env[k] ?? '') === '');
  if (!dryRun && missing.length > 0) {
    fail(`Publishing needs ${missing.join(' and ')} in the environment:\n` +
      '  VSCE_PAT  a Personal Access Token of Azure DevOps with the Marketplace (Manage) scope, for publisher "' + pkg.publisher + '"\n' +
      '  OVSX_PAT  an access token of open-vsx.org, whose namespace "' + pkg.publisher + '" must exist (npx ovsx create-namespace)\n' +
      'Nothing was published. `npm run publish:dry` checks everything else without tokens.');
  }
  packageVsix(!dryRun);
  verify();
  if (dryRun) {
    process.stdout.write(`\nDry run: ${vsix} is ready; nothing was published.` +
      (missing.length > 0 ? ` (${missing.join(' and ')} not set: a real publish would stop here.)` : '') + '\n');
    return;
  }
  if (!fs.existsSync(bin('ovsx'))) fail('ovsx is not installed: run `npm install` (it is a devDependency).');
  // Both tools read their token from the environment (VSCE_PAT, OVSX_PAT); it never appears on a command line.
  run('vsce publish (Visual Studio Marketplace)', bin('vsce'), ['publish', '--no-dependencies', '--packagePath', vsix]);
  run('ovsx publish (Open VSX)', bin('ovsx'), ['publish', vsix]);
  process.stdout.write(`\nPublished ${pkg.publisher}.${pkg.name} ${pkg.version} to the Marketplace and Open VSX.\n`);
}

main();
