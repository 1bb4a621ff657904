/** Starts the language server (dist/server.js) over stdio (server/src/lsp/jsonDiagnostics.ts says why); the client restarts it when it dies. */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/** The documents the server handles: the `dockerfile` language and the usual file names. */
export const DOCUMENT_SELECTOR = [
  { language: 'dockerfile' },
  { scheme: 'file', pattern: '**/{Dockerfile,Containerfile}' },
  { scheme: 'file', pattern: '**/{Dockerfile,Containerfile}.*' },
  { scheme: 'file', pattern: '**/*.{dockerfile,Dockerfile,containerfile}' },
];

export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  // The server keeps its compiled code in the extension's own storage (server/src/codeCache.ts), for faster starts.
  const env = { ...process.env, DOCKERFILE_TUTOR_CODE_CACHE: context.globalStorageUri.fsPath };
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio, options: { env } },
    debug: { module, transport: TransportKind.stdio, options: { env, execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: output,
    synchronize: { configurationSection: 'dockerfileTutor' },
    initializationOptions: { settings: vscode.workspace.getConfiguration('dockerfileTutor') },
    markdown: { isTrusted: { enabledCommands: ['dockerfileTutor.explain', 'dockerfileTutor.openNotes'] }, supportHtml: false },
  };
  return new LanguageClient('dockerfileTutor', 'Dockerfile Tutor', serverOptions, clientOptions);
}
