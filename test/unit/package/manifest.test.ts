/** The Marketplace manifest is complete (scripts/manifest.ts, also run by `npm run publish:dry`). */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkManifest, pngSize } from '../../../scripts/manifest';

const ROOT = path.join(__dirname, '..', '..', '..');
type Obj = Parameters<typeof checkManifest>[2] & object;

function manifest(): Obj {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Obj;
}
/** What the allowlist packs, approximated from the manifest's own paths (the real list is checked in package.test.ts). */
function packagedFiles(): string[] {
  const walk = (dir: string): string[] => fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(`${dir}/${e.name}`) : [`${dir}/${e.name}`]));
  return ['README.md', 'CHANGELOG.md', 'LICENSE', 'media/icon.png', ...walk('media/walkthrough')];
}

describe('package: the Marketplace manifest', () => {
  it('reports no problem for package.json as it is', () => {
    assert.deepEqual(checkManifest(ROOT, packagedFiles()), []);
  });

  it('reports a missing icon, a missing category and a redundant activation event', () => {
    const m = manifest() as Record<string, unknown>;
    delete m['icon'];
    m['categories'] = ['Linters'];
    m['activationEvents'] = ['onLanguage:dockerfile', '*'];
    const problems = checkManifest(ROOT, packagedFiles(), m as Obj);
    assert.ok(problems.includes('"icon" is missing'), problems.join('\n'));
    assert.ok(problems.includes('category "Education" is missing'), problems.join('\n'));
    assert.ok(problems.some((p) => p.includes('"onLanguage:dockerfile" is redundant')), problems.join('\n'));
    assert.ok(problems.some((p) => p.includes('"*" starts the extension')), problems.join('\n'));
  });

  it('reports a setting without a markdown description or scope, and an enum without descriptions', () => {
    const m = manifest() as { contributes: { configuration: { properties: Record<string, Record<string, unknown>> }[] } };
    const general = m.contributes.configuration[0];
    assert.ok(general !== undefined);
    general.properties['dockerfileTutor.example'] = { type: 'string', enum: ['a', 'b'], description: 'plain' };
    const problems = checkManifest(ROOT, packagedFiles(), m as unknown as Obj);
    assert.ok(problems.includes('setting dockerfileTutor.example has no markdownDescription'), problems.join('\n'));
    assert.ok(problems.includes('setting dockerfileTutor.example has no scope'), problems.join('\n'));
    assert.ok(problems.includes('setting dockerfileTutor.example: every enum value needs a description'), problems.join('\n'));
  });

  it('reports walkthrough steps that never complete and media that is not packaged', () => {
    const m = manifest() as { contributes: { walkthroughs: { steps: Record<string, unknown>[] }[] } };
    const step = m.contributes.walkthroughs[0]?.steps[0];
    assert.ok(step !== undefined);
    step['completionEvents'] = [];
    const problems = checkManifest(ROOT, ['README.md', 'CHANGELOG.md', 'LICENSE', 'media/icon.png'], m as unknown as Obj);
    assert.ok(problems.some((p) => /walkthrough step \w+ has no completionEvents/.test(p)), problems.join('\n'));
    assert.ok(problems.some((p) => /media media\/walkthrough\/.*\.md is not packaged/.test(p)), problems.join('\n'));
  });

  it('declares the settings the server reads, and restricts the ShellCheck ones in untrusted workspaces', () => {
    const m = manifest() as {
      contributes: { configuration: { title: string; properties: Record<string, { scope?: string }> }[] };
      capabilities: { untrustedWorkspaces: { supported: unknown; restrictedConfigurations: string[] }; virtualWorkspaces: { supported: unknown } };
    };
    const keys = m.contributes.configuration.flatMap((g) => Object.keys(g.properties));
    for (const k of ['language', 'rules', 'buildTarget', 'inlayHints.enable', 'overlap.diagnostics', 'overlap.hovers',
      'shellcheck.enable', 'shellcheck.path', 'trace.server']) {
      assert.ok(keys.includes(`dockerfileTutor.${k}`), `dockerfileTutor.${k} is not declared`);
    }
    assert.equal(m.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual([...m.capabilities.untrustedWorkspaces.restrictedConfigurations].sort(),
      ['dockerfileTutor.shellcheck.enable', 'dockerfileTutor.shellcheck.path']);
    assert.equal(m.capabilities.virtualWorkspaces.supported, 'limited');
  });

  it('reads the size of a PNG and rejects other files', () => {
    assert.deepEqual(pngSize(fs.readFileSync(path.join(ROOT, 'media', 'icon.png'))), { width: 256, height: 256 });
    assert.equal(pngSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')), undefined);
  });
});
