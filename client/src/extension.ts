/** Activation and deactivation only; the parts live in their own modules. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { createLanguageClient } from './languageClient';
import { registerOverlapHint } from './overlap';
import { registerExplainPanel } from './panel';
import { registerWalkthrough } from './walkthrough';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Dockerfile Tutor', { log: true });
  context.subscriptions.push(output);
  registerCommands(context);
  client = createLanguageClient(context, output);
  registerExplainPanel(context, () => client);
  registerWalkthrough(context);
  registerOverlapHint(context, vscode);
  await client.start();
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c !== undefined) await c.stop();
}
