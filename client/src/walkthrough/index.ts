/**
 * The commands behind the "Get started with Dockerfile Tutor" walkthrough (package.json
 * `contributes.walkthroughs`). Each step completes on a real event: one of these commands, the Explain
 * command, or the context key set here when a finding of the example document has been fixed.
 */
import * as vscode from 'vscode';
import { FixProgress } from './progress';

/** Context key that completes the "fix a finding" step. */
export const FIXED_CONTEXT_KEY = 'dockerfileTutor.walkthrough.findingFixed';

/** The notes sections the first three steps open (anchors in notes/cloud-notes.*.md). */
const NOTES_STEPS: ReadonlyArray<readonly [command: string, section: string]> = [
  ['dockerfileTutor.learn.deploymentHistory', 's1-deployment'],
  ['dockerfileTutor.learn.serviceModels', 's2-service-models'],
  ['dockerfileTutor.learn.containers', 's3-containers-docker'],
];

/** The example the last step opens, shipped in the package. */
const EXAMPLE = ['media', 'walkthrough', 'first.Dockerfile'] as const;

function diagnosticCode(d: vscode.Diagnostic): string {
  const c = d.code;
  if (c === undefined) return d.message;
  if (typeof c === 'string' || typeof c === 'number') return String(c);
  return String(c.value);
}

/** Opens the example as a new, untitled Dockerfile, so the user edits a copy and can save it anywhere. */
async function openExample(context: vscode.ExtensionContext, track: (doc: vscode.TextDocument) => void): Promise<void> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, ...EXAMPLE));
  const doc = await vscode.workspace.openTextDocument({ language: 'dockerfile', content: new TextDecoder().decode(bytes) });
  track(doc);
  await vscode.window.showTextDocument(doc);
}

export function registerWalkthrough(context: vscode.ExtensionContext): void {
  let example: { uri: string; progress: FixProgress } | undefined;
  const track = (doc: vscode.TextDocument): void => {
    example = { uri: doc.uri.toString(), progress: new FixProgress() };
  };
  context.subscriptions.push(
    ...NOTES_STEPS.map(([command, section]) =>
      vscode.commands.registerCommand(command, () => vscode.commands.executeCommand('dockerfileTutor.openNotes', { section }))),
    vscode.commands.registerCommand('dockerfileTutor.newExampleDockerfile', () => openExample(context, track)),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const current = example;
      if (current === undefined || !e.uris.some((u) => u.toString() === current.uri)) return;
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === current.uri);
      if (doc === undefined) return;
      const codes = vscode.languages.getDiagnostics(doc.uri).map(diagnosticCode);
      if (current.progress.update(codes, doc.getText().trim() === '')) {
        example = undefined;
        void vscode.commands.executeCommand('setContext', FIXED_CONTEXT_KEY, true);
      }
    }),
  );
}
