import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  EXTENSION_ID, MARKDOWN_PREVIEW, allTabs, closeTabs, describeDiagnostics, describeTabs, ourDiagnostics, ourExtension, waitFor,
  webviewTabs, withUserSetting,
} from './helpers';

const WALKTHROUGH = `${EXTENSION_ID}#gettingStarted`;

function previews(): vscode.Tab[] {
  return webviewTabs(MARKDOWN_PREVIEW, 'includes');
}

describe('the getting-started walkthrough', () => {
  let restore: (() => Promise<void>) | undefined;
  before(async () => {
    restore = await withUserSetting('dockerfileTutor', 'language', 'en');
  });
  after(async () => {
    await closeTabs(previews);
    await closeTabs(() => allTabs().filter((tab) => /^(Welcome|Walkthrough)/.test(tab.label)));
    await restore?.();
  });

  it('opens dockerfile-tutor.dockerfile-tutor#gettingStarted in the Welcome editor', async () => {
    // The Welcome page registers an extension's walkthroughs some seconds after the extension is
    // loaded (it first asks the experiment service, up to 5 s); until then the command throws
    // "Could not find category <id>". So the command is retried until it opens the walkthrough.
    let lastError = '';
    await waitFor(`workbench.action.openWalkthrough to find ${WALKTHROUGH}`, async () => {
      try {
        await vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH, false);
        return true;
      } catch (e) {
        lastError = e instanceof Error ? e.message : String(e);
        return undefined;
      }
    }, { describe: () => `${describeTabs()}; last error: ${lastError}` });
    await waitFor('the Welcome editor', () => allTabs().find((t) => /^(Welcome|Walkthrough)/.test(t.label)), { describe: describeTabs });
  });

  it('opens an untitled example Dockerfile that the server checks when New Dockerfile from Example runs', async () => {
    await vscode.commands.executeCommand('dockerfileTutor.newExampleDockerfile');
    const editor = await waitFor('an untitled Dockerfile editor',
      () => {
        const e = vscode.window.activeTextEditor;
        return e?.document.isUntitled === true && e.document.languageId === 'dockerfile' ? e : undefined;
      }, { describe: describeTabs });
    const example = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ourExtension().extensionUri, 'media', 'walkthrough', 'first.Dockerfile'));
    assert.equal(editor.document.getText(), new TextDecoder().decode(example));
    const uri = editor.document.uri;
    await waitFor('findings on the example', () => (ourDiagnostics(uri).length > 0 ? true : undefined), { describe: () => describeDiagnostics(uri) });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  for (const [command, section] of [
    ['dockerfileTutor.learn.deploymentHistory', 's1-deployment'],
    ['dockerfileTutor.learn.serviceModels', 's2-service-models'],
    ['dockerfileTutor.learn.containers', 's3-containers-docker'],
  ] as const) {
    it(`opens the notes in Markdown preview when ${command} runs (section ${section})`, async () => {
      await closeTabs(previews);
      await vscode.commands.executeCommand(command);
      await waitFor('a Markdown preview of cloud-notes.en.md', () => previews().find((tab) => tab.label.includes('cloud-notes.en.md')), {
        describe: describeTabs,
      });
    });
  }
});
