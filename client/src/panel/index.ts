/**
 * The Explain panel in VS Code: the command, the webview panel's lifecycle, the serializer that
 * restores it after a reload, and the editor events it follows. The decisions are in
 * `controller.ts`; this file only connects them to the VS Code API.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EXPLAIN_REQUEST } from '../../../common/src/protocol';
import type { ExplainParams, ExplainResult } from '../../../common/src/protocol';
import { EMPTY_PROGRESS, isExplainResult, isPanelState, isQuizProgress } from '../../../common/src/panelMessages';
import type { QuizProgress, ToWebviewMessage } from '../../../common/src/panelMessages';
import { NOTES_SECTIONS } from '../../../server/src/knowledge/notes';
import { currentLang } from '../commands';
import { DOCKERFILE_LANGUAGE, ExplainController, parseExplainArgs } from './controller';
import type { ControllerPorts, EditorInfo } from './controller';
import { buildPanelHtml, makeNonce } from './html';

export const EXPLAIN_VIEW_TYPE = 'dockerfileTutor.explain';
export const EXPLAIN_COMMAND = 'dockerfileTutor.explain';
/** Key of the quiz progress in `context.globalState` (synced across machines with Settings Sync). */
export const QUIZ_PROGRESS_KEY = 'dockerfileTutor.quizProgress';

class NoServerError extends Error {}

function editorInfo(editor: vscode.TextEditor | undefined): EditorInfo | undefined {
  if (!editor) return undefined;
  return { uri: editor.document.uri.toString(), languageId: editor.document.languageId, cursorLine: editor.selection.active.line };
}

export function registerExplainPanel(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): void {
  const extensionUri = context.extensionUri;
  const roots = [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')];
  let panel: vscode.WebviewPanel | undefined;
  /** The editor column of the Dockerfile last followed, where clicked lines are revealed. */
  let editorColumn: vscode.ViewColumn | undefined;

  context.globalState.setKeysForSync([QUIZ_PROGRESS_KEY]);

  const ports: ControllerPorts = {
    async explain(uri, lang): Promise<ExplainResult> {
      const client = getClient();
      if (!client) throw new NoServerError();
      const params: ExplainParams = { uri, lang };
      const result: unknown = await client.sendRequest(EXPLAIN_REQUEST, params);
      if (!isExplainResult(result)) throw new Error(vscode.l10n.t('The language server answered with an unexpected shape.'));
      return result;
    },
    post(message: ToWebviewMessage): void {
      if (!panel) return;
      if (message.type === 'analysis') panel.title = vscode.l10n.t('Explain: {0}', message.result.fileName);
      if (message.type === 'noDocument') panel.title = vscode.l10n.t('Explain Dockerfile');
      void panel.webview.postMessage(message);
    },
    lang: currentLang,
    loadProgress(): QuizProgress {
      const stored: unknown = context.globalState.get(QUIZ_PROGRESS_KEY);
      return isQuizProgress(stored) ? stored : EMPTY_PROGRESS;
    },
    async saveProgress(progress): Promise<void> {
      await context.globalState.update(QUIZ_PROGRESS_KEY, progress);
    },
    schedule(run, ms) {
      const handle = setTimeout(run, ms);
      return { cancel: () => clearTimeout(handle) };
    },
    async reveal(uri, line): Promise<void> {
      const target = vscode.Uri.parse(uri);
      const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
      const document = visible?.document ?? (await vscode.workspace.openTextDocument(target));
      const editor = await vscode.window.showTextDocument(document, {
        viewColumn: visible?.viewColumn ?? editorColumn ?? vscode.ViewColumn.One,
        preserveFocus: false,
      });
      const range = document.lineAt(Math.min(line, document.lineCount - 1)).range;
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    },
    async copy(text): Promise<void> {
      await vscode.env.clipboard.writeText(text);
      vscode.window.setStatusBarMessage(vscode.l10n.t('Copied to the clipboard.'), 3000);
    },
    async openLesson(href): Promise<void> {
      let uri: vscode.Uri;
      try {
        uri = vscode.Uri.parse(href, true);
      } catch {
        return;
      }
      if (uri.scheme === 'https') {
        await vscode.env.openExternal(uri);
      } else if (uri.scheme === 'file' && uri.path.startsWith(`${extensionUri.path}/`) && uri.path.endsWith('.md')) {
        // Only the lessons shipped with the extension.
        await vscode.commands.executeCommand('markdown.showPreview', uri);
      }
    },
    async openNotes(section): Promise<void> {
      await vscode.commands.executeCommand('dockerfileTutor.openNotes', { section: NOTES_SECTIONS[section].anchor, lang: currentLang() });
    },
    failureText(error): string {
      if (error instanceof NoServerError) return vscode.l10n.t('The Dockerfile Tutor language server is not running.');
      const detail = error instanceof Error ? error.message : String(error);
      return vscode.l10n.t('The analysis failed: {0}', detail);
    },
  };
  const controller = new ExplainController(ports);

  function setUp(p: vscode.WebviewPanel): void {
    panel = p;
    p.webview.options = { enableScripts: true, localResourceRoots: roots };
    p.iconPath = {
      light: vscode.Uri.joinPath(extensionUri, 'media', 'panel', 'icon-light.svg'),
      dark: vscode.Uri.joinPath(extensionUri, 'media', 'panel', 'icon-dark.svg'),
    };
    p.webview.html = buildPanelHtml({
      cspSource: p.webview.cspSource,
      nonce: makeNonce(),
      scriptUri: p.webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview.js')).toString(),
      styleUri: p.webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'panel', 'panel.css')).toString(),
      lang: currentLang(),
      title: vscode.l10n.t('Explain Dockerfile'),
    });
    const subscriptions: vscode.Disposable[] = [];
    subscriptions.push(
      p.webview.onDidReceiveMessage((message: unknown) => {
        controller.onMessage(message).catch((error: unknown) => {
          void vscode.window.showErrorMessage(ports.failureText(error));
        });
      }),
    );
    p.onDidDispose(
      () => {
        if (panel === p) {
          panel = undefined;
          controller.detach();
        }
        for (const s of subscriptions) s.dispose();
      },
      undefined,
      context.subscriptions,
    );
  }

  function activeDockerfile(): vscode.TextEditor | undefined {
    const editor = vscode.window.activeTextEditor;
    return editor?.document.languageId === DOCKERFILE_LANGUAGE ? editor : undefined;
  }

  context.subscriptions.push(
    vscode.commands.registerCommand(EXPLAIN_COMMAND, (args: unknown) => {
      const active = vscode.window.activeTextEditor;
      if (active?.document.languageId === DOCKERFILE_LANGUAGE) editorColumn = active.viewColumn;
      if (panel) {
        panel.reveal(undefined, true);
      } else {
        const p = vscode.window.createWebviewPanel(
          EXPLAIN_VIEW_TYPE,
          vscode.l10n.t('Explain Dockerfile'),
          { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
          { enableScripts: true, localResourceRoots: roots },
        );
        setUp(p);
        controller.attach(undefined);
      }
      controller.show(parseExplainArgs(args), editorInfo(active));
    }),

    vscode.window.registerWebviewPanelSerializer(EXPLAIN_VIEW_TYPE, {
      deserializeWebviewPanel(p: vscode.WebviewPanel, state: unknown): Promise<void> {
        setUp(p);
        const restored = isPanelState(state) ? state.result?.uri : undefined;
        controller.attach(restored ?? activeDockerfile()?.document.uri.toString());
        return Promise.resolve();
      },
    }),

    vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (editor?.document.languageId === DOCKERFILE_LANGUAGE) editorColumn = editor.viewColumn;
      if (panel) controller.onActiveEditor(editorInfo(editor));
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (panel && e.contentChanges.length > 0) controller.onDocumentChanged(e.document.uri.toString());
    }),
    vscode.window.onDidChangeTextEditorSelection((e) => {
      const first = e.selections[0];
      if (panel && first) controller.onCursor(e.textEditor.document.uri.toString(), first.active.line);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      if (panel) controller.onDocumentClosed(document.uri.toString());
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (panel && e.affectsConfiguration('dockerfileTutor.language')) controller.onLanguageChanged();
    }),
  );
}
