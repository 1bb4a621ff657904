import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  MARKDOWN_PREVIEW, closeTabs, describeTabs, hoverText, openFixture, ourExtension, waitFor, webviewTabs, withUserSetting,
} from './helpers';

const OPEN_NOTES = 'dockerfileTutor.openNotes';
const LINK = /\(command:dockerfileTutor\.openNotes\?([^)\s]+)\)/;

function previews(): vscode.Tab[] {
  return webviewTabs(MARKDOWN_PREVIEW, 'includes');
}

/** Waits for a Markdown preview of notes/cloud-notes.<lang>.md. */
async function notesPreview(lang: 'en' | 'ko'): Promise<vscode.Tab> {
  const file = `cloud-notes.${lang}.md`;
  return waitFor(`a Markdown preview of ${file}`, () => previews().find((tab) => tab.label.includes(file)), { describe: describeTabs });
}

/** The explicit anchors (`<a id="…">`) of the shipped notes. */
async function anchors(lang: 'en' | 'ko'): Promise<Set<string>> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ourExtension().extensionUri, 'notes', `cloud-notes.${lang}.md`));
  return new Set([...new TextDecoder().decode(bytes).matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1] ?? ''));
}

/** The arguments of the first Open Notes link in the hover over FROM. */
async function hoverNotesArgs(): Promise<unknown[]> {
  const document = await openFixture('Dockerfile');
  let last = '';
  const encoded = await waitFor(
    'a hover over FROM with an Open Notes link',
    async () => {
      last = await hoverText(document.uri, new vscode.Position(0, 1));
      return LINK.exec(last)?.[1];
    },
    { describe: () => JSON.stringify(last.slice(0, 400)) },
  );
  const args: unknown = JSON.parse(decodeURIComponent(encoded));
  return Array.isArray(args) ? (args as unknown[]) : [args];
}

describe('Open Notes', () => {
  let restore: (() => Promise<void>) | undefined;
  beforeEach(() => closeTabs(previews));
  afterEach(async () => {
    await restore?.();
    restore = undefined;
  });
  after(() => closeTabs(previews));

  it('opens the English notes in Markdown preview from the command', async () => {
    restore = await withUserSetting('dockerfileTutor', 'language', 'en');
    await vscode.commands.executeCommand(OPEN_NOTES, { section: 's3-2-docker' });
    await notesPreview('en');
  });

  it('opens the Korean notes when dockerfileTutor.language is ko', async () => {
    restore = await withUserSetting('dockerfileTutor', 'language', 'ko');
    await vscode.commands.executeCommand(OPEN_NOTES);
    await notesPreview('ko');
  });

  it('opens the notes at an existing heading from the link in the hover over FROM', async () => {
    restore = await withUserSetting('dockerfileTutor', 'language', 'en');
    const args = await hoverNotesArgs();
    const first = args[0];
    assert.ok(typeof first === 'object' && first !== null && 'section' in first && typeof first.section === 'string',
      `the link names a section: ${JSON.stringify(args)}`);
    const section = first.section;
    for (const lang of ['en', 'ko'] as const) {
      assert.ok((await anchors(lang)).has(section), `cloud-notes.${lang}.md has the anchor ${section}`);
    }
    await vscode.commands.executeCommand(OPEN_NOTES, ...args);
    await notesPreview('en');
  });
});
