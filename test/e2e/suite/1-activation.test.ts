// Runs first (files load in name order): the extension must not have been activated by anything else
// when the Containerfile is opened.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { describeActivation, openFixture, ourExtension, waitFor, workspaceFile } from './helpers';

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
  });

  it('activates the extension for a Dockerfile', async () => {
    const document = await openFixture('Dockerfile');
    assert.equal(document.languageId, 'dockerfile');
    await waitFor('the extension to be active', () => (ourExtension().isActive ? true : undefined), {
      describe: describeActivation,
    });
  });

  for (const file of ['Dockerfile.dev', 'app.dockerfile', 'Containerfile.prod']) {
    it(`gives ${file} the dockerfile language`, async () => {
      const document = await vscode.workspace.openTextDocument(workspaceFile(file));
      assert.equal(document.languageId, 'dockerfile');
    });
  }
});
