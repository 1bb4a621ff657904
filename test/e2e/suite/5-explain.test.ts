import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeTabs, describeTabs, openFixture, waitFor, webviewTabs, withUserSetting } from './helpers';

/** The Explain panel's viewType (client/src/panel/index.ts); VS Code prefixes webview viewTypes. */
const EXPLAIN_VIEW_TYPE = 'dockerfileTutor.explain';

function explainTab(label: string): vscode.Tab | undefined {
  return webviewTabs(EXPLAIN_VIEW_TYPE).find((tab) => tab.label === label);
}

describe('the Explain panel', () => {
  let restore: (() => Promise<void>) | undefined;
  after(async () => {
    await closeTabs(() => webviewTabs(EXPLAIN_VIEW_TYPE));
    await restore?.();
  });

  // The panel's title becomes "Explain: <file>" only when the language server's analysis of that
  // file has arrived (client/src/panel/index.ts), so the title proves the whole round trip.
  it('opens a webview panel beside the editor with the server\'s analysis of the active Dockerfile', async () => {
    restore = await withUserSetting('dockerfileTutor', 'language', 'en');
    const editor = await vscode.window.showTextDocument((await openFixture('Dockerfile')));
    await vscode.commands.executeCommand('dockerfileTutor.explain');
    const tab = await waitFor('an Explain panel titled "Explain: Dockerfile"', () => explainTab('Explain: Dockerfile'), { describe: describeTabs });
    assert.equal(webviewTabs(EXPLAIN_VIEW_TYPE).length, 1, 'one panel');
    assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'the panel opens beside the editor');
  });

  it('follows the active Dockerfile: its title names the Containerfile once that is active', async () => {
    await openFixture('Containerfile');
    await waitFor('the panel to follow to "Explain: Containerfile"', () => explainTab('Explain: Containerfile'), { describe: describeTabs });
    assert.equal(webviewTabs(EXPLAIN_VIEW_TYPE).length, 1, 'still one panel');
  });

  it('keeps one panel when the command runs again', async () => {
    await openFixture('Dockerfile');
    await vscode.commands.executeCommand('dockerfileTutor.explain');
    await waitFor('the panel to show "Explain: Dockerfile"', () => explainTab('Explain: Dockerfile'), { describe: describeTabs });
    assert.equal(webviewTabs(EXPLAIN_VIEW_TYPE).length, 1);
  });
});
