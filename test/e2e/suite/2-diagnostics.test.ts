import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, describeDiagnostics, diagnosticCode, openFixture, ourDiagnostics, waitFor } from './helpers';

describe('diagnostics from the language server', () => {
  // Both fixtures start with `FROM ubuntu`: an image without a tag (hadolint DL3006).
  for (const file of ['Dockerfile', 'Containerfile']) {
    it(`reports DL3006 from ${DIAGNOSTIC_SOURCE} on line 1 when a ${file} uses an untagged image`, async () => {
      const document = await openFixture(file);
      const dl3006 = await waitFor(
        `a DL3006 diagnostic from ${DIAGNOSTIC_SOURCE} on ${file}`,
        () => ourDiagnostics(document.uri).find((d) => diagnosticCode(d) === 'DL3006'),
        { describe: () => describeDiagnostics(document.uri) },
      );
      assert.equal(dl3006.range.start.line, 0);
      assert.equal(document.getText(dl3006.range), 'ubuntu', 'the diagnostic covers the image name');
      assert.ok(dl3006.message.trim().length > 0, 'the diagnostic has a message');
    });
  }

  it('reports the findings of a large Dockerfile, of the size the server lints in its worker thread', async () => {
    // 2,500 stages, 85,000 characters: above the 64,000 from which the server lints in the worker (lsp/heap.ts).
    // Whether the worker or the in-process fallback linted it is not visible from here: test/server/modelCache.test.ts
    // runs dist/lint-worker.js itself; this checks the whole path in the editor.
    const content = 'FROM ubuntu\nRUN apt-get install curl\n'.repeat(2500);
    const document = await vscode.workspace.openTextDocument({ language: 'dockerfile', content });
    await vscode.window.showTextDocument(document);
    const count = (): number => ourDiagnostics(document.uri).filter((d) => diagnosticCode(d) === 'DL3006').length;
    await waitFor('DL3006 on each of the 2,500 stages', () => (count() === 2500 ? true : undefined), { describe: () => `${count()} DL3006; ${describeDiagnostics(document.uri).slice(0, 300)}` });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
