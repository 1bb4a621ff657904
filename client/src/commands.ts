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

/** Opens the course notes in Markdown preview, at a section anchor when given. */
export async function openNotes(context: vscode.ExtensionContext, args: unknown): Promise<void> {
  const a = isNotesArgs(args) ? args : {};
  const lang = a.lang === 'en' || a.lang === 'ko' ? a.lang : currentLang();
  const file = vscode.Uri.joinPath(context.extensionUri, 'notes', `cloud-notes.${lang}.md`);
  const section = typeof a.section === 'string' && /^[A-Za-z0-9-]+$/.test(a.section) ? a.section : undefined;
  const target = section === undefined ? file : file.with({ fragment: section });
  await vscode.commands.executeCommand('markdown.showPreview', target);
}

export function registerCommands(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('dockerfileTutor.openNotes', (args: unknown) => openNotes(context, args)),
  );
}
