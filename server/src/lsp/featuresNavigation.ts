/**
 * LSP wiring of document symbols, folding, highlight, definition, references, rename, formatting and semantic
 * tokens. The handlers only convert positions; the work is in symbols/, navigation/, format/ and semantic/.
 */
import {
  DocumentHighlightKind,
  ErrorCodes,
  ResponseError,
  type DocumentHighlight,
  type Location,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { DockerfileModel } from '../model/model';
import type { Range } from '../parse/ast';
import { formatDocument, formatOnType, formatRange, type FormatOptions, type OffsetEdit } from '../format/format';
import { prepareRename, rename } from '../navigation/rename';
import { definitionAt, occurrencesAt } from '../navigation/symbols';
import { SEMANTIC_LEGEND, semanticTokens, semanticTokensRange } from '../semantic/tokens';
import { documentSymbols } from '../symbols/documentSymbols';
import { foldingRanges } from '../symbols/folding';
import type { FeatureContext, FeatureModule } from './featureModule';
import { step } from './warmUp';

function offsetOf(model: DockerfileModel, position: { line: number; character: number }): number | undefined {
  if (position.line < 0 || position.character < 0 || position.line >= model.lines.lineCount) return undefined;
  return model.lines.offset(position);
}

function textEdits(model: DockerfileModel, edits: readonly OffsetEdit[]): TextEdit[] {
  return edits.map((e) => ({ range: model.lines.span(e.range), newText: e.newText }));
}

export const navigationFeatures: FeatureModule = {
  capabilities: {
    documentSymbolProvider: true,
    foldingRangeProvider: true,
    documentHighlightProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: { prepareProvider: true },
    documentFormattingProvider: true,
    documentRangeFormattingProvider: true,
    documentOnTypeFormattingProvider: { firstTriggerCharacter: '\n' },
    semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true, range: true },
  },

  warmUp(model, offsets, lang) {
    return [
      ...offsets.map((o) =>
        step(() => {
          occurrencesAt(model, o);
          definitionAt(model, o);
          prepareRename(model, o, lang);
        }),
      ),
      step(() => documentSymbols(model, lang)),
      step(() => foldingRanges(model)),
      step(() => semanticTokens(model)),
      step(() => formatDocument(model, { tabSize: 4, insertSpaces: true, keepMultilineIndentation: true })),
    ];
  },

  register(ctx: FeatureContext): void {
    const { connection } = ctx;
    const formatOptions = (o: { tabSize: number; insertSpaces: boolean }): FormatOptions => ({
      tabSize: o.tabSize,
      insertSpaces: o.insertSpaces,
      keepMultilineIndentation: ctx.settings().formatKeepMultilineIndentation,
    });

    connection.onDocumentSymbol(async (p) => {
      const model = await ctx.model(p.textDocument.uri);
      return model === undefined ? [] : documentSymbols(model, ctx.lang());
    });

    connection.onFoldingRanges(async (p) => {
      const model = await ctx.model(p.textDocument.uri);
      return model === undefined ? [] : foldingRanges(model);
    });

    connection.onDocumentHighlight(async (p): Promise<DocumentHighlight[]> => {
      const model = await ctx.model(p.textDocument.uri);
      const offset = model === undefined ? undefined : offsetOf(model, p.position);
      if (model === undefined || offset === undefined) return [];
      return occurrencesAt(model, offset).map((o) => ({
        range: model.lines.span(o.range),
        kind: o.declaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
      }));
    });

    connection.onDefinition(async (p): Promise<Location[]> => {
      const model = await ctx.model(p.textDocument.uri);
      const offset = model === undefined ? undefined : offsetOf(model, p.position);
      if (model === undefined || offset === undefined) return [];
      return definitionAt(model, offset).map((r: Range) => ({ uri: p.textDocument.uri, range: model.lines.span(r) }));
    });

    connection.onReferences(async (p): Promise<Location[]> => {
      const model = await ctx.model(p.textDocument.uri);
      const offset = model === undefined ? undefined : offsetOf(model, p.position);
      if (model === undefined || offset === undefined) return [];
      return occurrencesAt(model, offset)
        .filter((o) => p.context.includeDeclaration || !o.declaration)
        .map((o) => ({ uri: p.textDocument.uri, range: model.lines.span(o.range) }));
    });

    connection.onPrepareRename(async (p) => {
      const model = await ctx.model(p.textDocument.uri);
      const offset = model === undefined ? undefined : offsetOf(model, p.position);
      if (model === undefined || offset === undefined) return null;
      const r = prepareRename(model, offset, ctx.lang());
      if (!r.ok) throw new ResponseError(ErrorCodes.InvalidRequest, r.message);
      return { range: model.lines.span(r.range), placeholder: r.placeholder };
    });

    connection.onRenameRequest(async (p): Promise<WorkspaceEdit | null> => {
      const model = await ctx.model(p.textDocument.uri);
      const offset = model === undefined ? undefined : offsetOf(model, p.position);
      if (model === undefined || offset === undefined) return null;
      const r = rename(model, offset, p.newName, ctx.lang());
      if (!r.ok) throw new ResponseError(ErrorCodes.InvalidParams, r.message);
      return { changes: { [p.textDocument.uri]: textEdits(model, r.edits) } };
    });

    connection.onDocumentFormatting(async (p): Promise<TextEdit[]> => {
      const model = await ctx.model(p.textDocument.uri);
      return model === undefined ? [] : textEdits(model, formatDocument(model, formatOptions(p.options)));
    });

    connection.onDocumentRangeFormatting(async (p): Promise<TextEdit[]> => {
      const model = await ctx.model(p.textDocument.uri);
      return model === undefined ? [] : textEdits(model, formatRange(model, formatOptions(p.options), p.range.start.line, p.range.end.line));
    });

    connection.onDocumentOnTypeFormatting(async (p): Promise<TextEdit[]> => {
      const model = await ctx.model(p.textDocument.uri);
      if (model === undefined || p.ch !== '\n') return [];
      return textEdits(model, formatOnType(model, formatOptions(p.options), p.position.line));
    });

    connection.languages.semanticTokens.on(async (p) => {
      const model = await ctx.model(p.textDocument.uri);
      return model === undefined ? { data: [] } : semanticTokens(model);
    });

    connection.languages.semanticTokens.onRange(async (p) => {
      const model = await ctx.model(p.textDocument.uri);
      return model === undefined ? { data: [] } : semanticTokensRange(model, p.range.start.line, p.range.end.line);
    });
  },
};
