// Shared helpers of the in-host suite. They wait on conditions (polling with a timeout), never sleep
// for a fixed time.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'dockerfile-tutor.dockerfile-tutor';
export const DIAGNOSTIC_SOURCE = 'dockerfile-tutor';
/** Phase vocabulary of the hovers (common/src/protocol.ts `Phase`). */
export const PHASE_WORD = /\b(layer|metadata|build-only)\b/i;
export const HANGUL = /[\uAC00-\uD7A3]/;

const POLL_MS = 100;

/**
 * Polls `probe` until it returns something other than undefined, and returns that. Fails after
 * `timeoutMs` with `what` and the last state `describe` reports, so a timeout says what was seen.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  options: { timeoutMs?: number; describe?: () => string | Promise<string> } = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() >= deadline) {
      const seen = options.describe ? `; last seen: ${await options.describe()}` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

export function workspaceFile(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the suite needs the fixture workspace (test/e2e/fixtures/workspace) open');
  return vscode.Uri.joinPath(folder.uri, ...relativePath.split('/'));
}

export async function openFixture(relativePath: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(relativePath));
  await vscode.window.showTextDocument(document);
  return document;
}

export function ourExtension(): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  return extension;
}

/**
 * What a timed-out activation wait reports: VS Code derives `onLanguage:<id>` from
 * `contributes.languages` only for a language entry that has a `configuration` file.
 */
export function describeActivation(): string {
  const manifest: unknown = ourExtension().packageJSON;
  const { activationEvents, contributes } = manifest as {
    activationEvents?: unknown;
    contributes?: { languages?: { id?: string; configuration?: string }[] };
  };
  const languages = (contributes?.languages ?? []).map((l) => `${l.id ?? '?'} (configuration: ${l.configuration ?? 'none'})`);
  return `not active; activationEvents ${JSON.stringify(activationEvents ?? [])}, languages ${languages.join(', ')}`;
}

function markdownText(content: vscode.MarkdownString | vscode.MarkedString): string {
  return typeof content === 'string' ? content : content.value;
}

/** The text of every hover the providers give at `position`, joined. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap((hover) => hover.contents.map(markdownText)).join('\n');
}

export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
}

export function diagnosticCode(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function describeDiagnostics(uri: vscode.Uri): string {
  const all = vscode.languages.getDiagnostics(uri);
  if (all.length === 0) return 'no diagnostics';
  return all.map((d) => `${d.source ?? '?'}/${diagnosticCode(d) ?? '-'}@${d.range.start.line}: ${d.message}`).join(' | ');
}

/** Sets a user setting for the duration of a test; the returned function restores the old value. */
export async function withUserSetting(section: string, key: string, value: unknown): Promise<() => Promise<void>> {
  const configuration = vscode.workspace.getConfiguration(section);
  const before = configuration.inspect(key)?.globalValue;
  await configuration.update(key, value, vscode.ConfigurationTarget.Global);
  return async () => {
    await vscode.workspace.getConfiguration(section).update(key, before, vscode.ConfigurationTarget.Global);
  };
}

/** Every tab of every editor group. */
export function allTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs);
}

/** The tabs as `label [kind]`, for timeout messages. */
export function describeTabs(): string {
  const tabs = allTabs().map((tab) => {
    const input: unknown = tab.input;
    const kind = input instanceof vscode.TabInputWebview ? `webview ${input.viewType}`
      : input instanceof vscode.TabInputText ? `text ${input.uri.toString()}` : 'other';
    return `${tab.label} [${kind}]`;
  });
  return tabs.length === 0 ? 'no tabs' : tabs.join(' | ');
}

/** The webview tabs whose viewType ends with (or, for `contains`, includes) `viewType`. */
export function webviewTabs(viewType: string, match: 'endsWith' | 'includes' = 'endsWith'): vscode.Tab[] {
  return allTabs().filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType[match](viewType));
}

/** VS Code's built-in Markdown preview (its webview viewType is `mainThreadWebview-markdown.preview`). */
export const MARKDOWN_PREVIEW = 'markdown.preview';

/** Closes the tabs `select` picks, and waits until they are gone. */
export async function closeTabs(select: () => vscode.Tab[]): Promise<void> {
  const tabs = select();
  if (tabs.length === 0) return;
  await vscode.window.tabGroups.close(tabs);
  await waitFor('the tabs to close', () => (select().length === 0 ? true : undefined), { describe: describeTabs, timeoutMs: 10_000 });
}
