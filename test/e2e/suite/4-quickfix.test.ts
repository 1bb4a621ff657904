import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { describeDiagnostics, diagnosticCode, ourDiagnostics, waitFor, withUserSetting, workspaceFile } from './helpers';

const BEFORE = 'FROM ubuntu:24.04\nCMD echo hi\n';
const AFTER = 'FROM ubuntu:24.04\nCMD ["echo", "hi"]\n';

describe('quick fixes', () => {
  let restore: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await restore?.();
    restore = undefined;
  });

  it('converts a shell-form CMD to exec form when the DL3025 quick fix is applied', async () => {
    restore = await withUserSetting('dockerfileTutor', 'language', 'en');
    const uri = workspaceFile('quickfix/Dockerfile');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(BEFORE));
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const finding = await waitFor(
      'a DL3025 diagnostic on `CMD echo hi`',
      () => ourDiagnostics(uri).find((d) => diagnosticCode(d) === 'DL3025'),
      { describe: () => describeDiagnostics(uri) },
    );
    assert.equal(finding.range.start.line, 1);

    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider', uri, finding.range,
    );
    const titles = actions.map((a) => a.title);
    const fix = actions.find((a): a is vscode.CodeAction => a instanceof vscode.CodeAction && a.title.startsWith('Convert to exec form'));
    assert.ok(fix, `a "Convert to exec form" action among ${JSON.stringify(titles)}`);
    assert.ok(fix.edit, 'the quick fix carries its edit');
    assert.ok(fix.kind?.contains(vscode.CodeActionKind.QuickFix), `the action is a quick fix (kind ${fix.kind?.value ?? 'none'})`);

    assert.equal(await vscode.workspace.applyEdit(fix.edit), true, 'the editor applied the edit');
    assert.equal(document.getText(), AFTER);
    await waitFor(
      'DL3025 to go away after the fix',
      () => (ourDiagnostics(uri).some((d) => diagnosticCode(d) === 'DL3025') ? undefined : true),
      { describe: () => describeDiagnostics(uri) },
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
