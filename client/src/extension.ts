/** Activation and deactivation only; the parts live in their own modules. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { createLanguageClient } from './languageClient';
import { registerOverlapHint } from './overlap';
import { registerExplainPanel } from './panel';
import { registerWalkthrough } from './walkthrough';

let client: LanguageClient | undefined;

/** What the extension exports: how long its activation took, language server start included (read by the real-editor test). */
export interface TutorApi {
  readonly activationMs: number;
}

export async function activate(context: vscode.ExtensionContext): Promise<TutorApi> {
  const started = performance.now();
  const output = vscode.window.createOutputChannel('Dockerfile Tutor', { log: true });
  context.subscriptions.push(output);
  registerCommands(context);
  client = createLanguageClient(context, output);
  registerExplainPanel(context, () => client);
  registerWalkthrough(context);
  registerOverlapHint(context, vscode);
  await client.start();
  return { activationMs: performance.now() - started };
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c !== undefined) await c.stop();
}
