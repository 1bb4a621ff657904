/**
 * Editing features over LSP: completion, signature help, inlay hints, code lens and document links.
 * Thin handlers: each converts positions and calls an editor-agnostic function.
 */
import type { CodeLens, CompletionItem, DocumentLink, InlayHint, SignatureHelp } from 'vscode-languageserver/node';
import { completionAt, COMPLETION_TRIGGERS } from '../completion/completion';
import { inlayHintsIn } from '../inlay/inlay';
import { codeLenses } from '../lens/lens';
import { documentLinks } from '../links/links';
import { SIGNATURE_RETRIGGERS, SIGNATURE_TRIGGERS, signatureHelpAt } from '../signature/signature';
import { ruleDocHref } from './diagnostics';
import type { FeatureModule } from './featureModule';
import { step, WARM_UP_URI } from './warmUp';

export const EDITING_FEATURES: FeatureModule = {
  capabilities: {
    completionProvider: { triggerCharacters: [...COMPLETION_TRIGGERS], resolveProvider: false },
    signatureHelpProvider: { triggerCharacters: [...SIGNATURE_TRIGGERS], retriggerCharacters: [...SIGNATURE_RETRIGGERS] },
    inlayHintProvider: { resolveProvider: false },
    codeLensProvider: { resolveProvider: false },
    documentLinkProvider: { resolveProvider: false },
  },
  warmUp(model, offsets, lang) {
    const all = { start: 0, end: model.parse.text.length };
    return [
      ...offsets.map((o) =>
        step(() => {
          completionAt(model, o, lang);
          signatureHelpAt(model, o, lang);
        }),
      ),
      step(() => inlayHintsIn(model, all, lang)),
      step(() => codeLenses(model, WARM_UP_URI, lang)),
      step(() => documentLinks(model, lang, ruleDocHref)),
    ];
  },

  register(ctx) {
    const { connection } = ctx;
    const inside = (line: number, character: number, lineCount: number): boolean => line >= 0 && character >= 0 && line < lineCount;

    connection.onCompletion(async (params): Promise<CompletionItem[]> => {
      const model = await ctx.model(params.textDocument.uri);
      const { line, character } = params.position;
      if (model === undefined || !inside(line, character, model.lines.lineCount)) return [];
      return completionAt(model, model.lines.offset(params.position), ctx.lang());
    });

    connection.onSignatureHelp(async (params): Promise<SignatureHelp | null> => {
      const model = await ctx.model(params.textDocument.uri);
      const { line, character } = params.position;
      if (model === undefined || !inside(line, character, model.lines.lineCount)) return null;
      return signatureHelpAt(model, model.lines.offset(params.position), ctx.lang());
    });

    connection.languages.inlayHint.on(async (params): Promise<InlayHint[]> => {
      const model = await ctx.model(params.textDocument.uri);
      if (model === undefined || !ctx.settings().inlayHints) return [];
      // `offset` clamps positions past a line end or past the last line.
      const range = { start: model.lines.offset(params.range.start), end: model.lines.offset(params.range.end) };
      return inlayHintsIn(model, range, ctx.lang());
    });

    connection.onCodeLens(async (params): Promise<CodeLens[]> => {
      const model = await ctx.model(params.textDocument.uri);
      return model === undefined ? [] : codeLenses(model, params.textDocument.uri, ctx.lang());
    });

    connection.onDocumentLinks(async (params): Promise<DocumentLink[]> => {
      const model = await ctx.model(params.textDocument.uri);
      return model === undefined ? [] : documentLinks(model, ctx.lang(), ruleDocHref);
    });
  },
};
