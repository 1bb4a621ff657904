// Runs first (files load in name order): the extension must not have been activated by anything else
// when the Containerfile is opened.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, describeActivation, openFixture, ourExtension, waitFor, workspaceFile } from './helpers';

/** Where test/e2e/run.sh wants the activation timings (it copies them to bench/results/ for the README). */
const TIMINGS_ENV = 'DFT_E2E_ACTIVATION_RESULTS';
const timings: Record<string, number> = {};

describe('activation in a real extension host', () => {
  it('runs the extension under development, not an installed copy', () => {
    const expected = process.env.DFT_E2E_EXT_DEV;
    assert.ok(expected, 'the runner sets DFT_E2E_EXT_DEV to the extensionDevelopmentPath');
    assert.equal(path.resolve(ourExtension().extensionPath), path.resolve(expected));
  });

  it('activates the extension when the first file opened is a Containerfile', async () => {
    const document = await openFixture('Containerfile');
    assert.equal(document.languageId, 'dockerfile');
    const extension = ourExtension();
    await waitFor('the extension to activate', () => (extension.isActive ? true : undefined), { describe: describeActivation });
    const api = extension.exports as { activationMs?: unknown } | undefined;
    assert.equal(typeof api?.activationMs, 'number', 'activate() returns its duration');
    timings['activationMs'] = api!.activationMs as number;
  });

  it('activates the extension for a Dockerfile, and publishes its diagnostics', async () => {
    const uri = workspaceFile('Dockerfile');
    const ours = (): boolean => vscode.languages.getDiagnostics(uri).some((d) => d.source === DIAGNOSTIC_SOURCE);
    const started = performance.now();
    const published = new Promise<number>((resolve) => {
      const sub = vscode.languages.onDidChangeDiagnostics(() => {
        if (!ours()) return;
        sub.dispose();
        resolve(performance.now() - started);
      });
    });
    const document = await openFixture('Dockerfile');
    assert.equal(document.languageId, 'dockerfile');
    await waitFor('the extension to be active', () => (ourExtension().isActive ? true : undefined), {
      describe: describeActivation,
    });
    await waitFor('our diagnostics on the Dockerfile', () => (ours() ? true : undefined));
    timings['openToDiagnosticsMs'] = await published;
    const file = process.env[TIMINGS_ENV];
    if (file) fs.writeFileSync(file, `${JSON.stringify({ ...timings, date: new Date().toISOString(), editor: `VS Code ${vscode.version} in code-server` }, null, 2)}\n`);
  });

  for (const file of ['Dockerfile.dev', 'app.dockerfile', 'Containerfile.prod']) {
    it(`gives ${file} the dockerfile language`, async () => {
      const document = await vscode.workspace.openTextDocument(workspaceFile(file));
      assert.equal(document.languageId, 'dockerfile');
    });
  }
});
