/** Commands of the client that are not the Explain panel. */
import * as vscode from 'vscode';

export type NotesLang = 'en' | 'ko';

/** The content language: the setting, else VS Code's display language. */
export function currentLang(): NotesLang {
  const setting = vscode.workspace.getConfiguration('dockerfileTutor').get<string>('language', 'auto');
  if (setting === 'en' || setting === 'ko') return setting;
  return vscode.env.language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

function isNotesArgs(v: unknown): v is { section?: string; lang?: NotesLang } {
  return typeof v === 'object' && v !== null;
}

/**
 * VS Code's heading id (its GitHub-style slugifier, before URI encoding): the Markdown preview scrolls to
 * a fragment only when it equals the id of a heading, not of an `<a id>` anchor.
 */
export function headingSlug(heading: string): string {
  return heading.trim().toLowerCase().replace(/\s+/g, '-')
    .replace(/[\][!/'"#$%&()*+,.:;<=>?@\\^{|}~`。，、；：？！…—·ˉ¨‘’“”々～‖∶＂＇｀｜〃〔〕〈〉《》「」『』．〖〗【】（）［］｛｝]/g, '')
    .replace(/^-+/, '').replace(/-+$/, '');
}

/** The preview fragment of the heading that follows the notes' explicit anchor `<a id="anchor"></a>`. */
export function previewFragment(notes: string, anchor: string): string | undefined {
  const lines = notes.split(/\r?\n/);
  const at = lines.findIndex((l) => l.includes(`<a id="${anchor}"></a>`));
  if (at < 0) return undefined;
  const heading = lines.slice(at).find((l) => /^#{1,6}\s/.test(l));
  return heading === undefined ? undefined : headingSlug(heading.replace(/^#{1,6}\s+/, '').replace(/\s+#+\s*$/, ''));
}

/** Opens the course notes in Markdown preview, scrolled to a section's heading when given. */
export async function openNotes(context: vscode.ExtensionContext, args: unknown): Promise<void> {
  const a = isNotesArgs(args) ? args : {};
  const lang = a.lang === 'en' || a.lang === 'ko' ? a.lang : currentLang();
  const file = vscode.Uri.joinPath(context.extensionUri, 'notes', `cloud-notes.${lang}.md`);
  const section = typeof a.section === 'string' && /^[A-Za-z0-9-]+$/.test(a.section) ? a.section : undefined;
  const fragment = section === undefined ? undefined : previewFragment(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)), section);
  await vscode.commands.executeCommand('markdown.showPreview', fragment === undefined ? file : file.with({ fragment }));
}

export function registerCommands(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('dockerfileTutor.openNotes', (args: unknown) => openNotes(context, args)),
  );
}
