/**
 * The outline: a tree of build stages, each with its instructions (and their heredocs) as children. ARGs before the
 * first FROM are top-level entries: they belong to no stage.
 */
import { DocumentSymbol, SymbolKind, type Range as LspRange } from 'vscode-languageserver-types';
import type { Lang } from '../../../common/src/protocol';
import { NAVIGATION_TEXTS } from '../knowledge/navigationTexts';
import { format } from '../knowledge/template';
import type { DockerfileModel, Stage } from '../model/model';
import type { Instruction, Range } from '../parse/ast';

const KIND: Readonly<Record<string, SymbolKind>> = {
  arg: SymbolKind.Variable,
  env: SymbolKind.Variable,
  label: SymbolKind.Property,
  maintainer: SymbolKind.Property,
  run: SymbolKind.Function,
  cmd: SymbolKind.Function,
  entrypoint: SymbolKind.Function,
  shell: SymbolKind.Function,
  healthcheck: SymbolKind.Function,
  copy: SymbolKind.File,
  add: SymbolKind.File,
  workdir: SymbolKind.Field,
  volume: SymbolKind.Field,
  user: SymbolKind.Field,
  expose: SymbolKind.Number,
  stopsignal: SymbolKind.Event,
  onbuild: SymbolKind.Event,
};

/** Shortened one-line summary of the arguments. */
function summary(text: string, max = 60): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : `${one.slice(0, max - 1)}…`;
}

function instructionSymbol(model: DockerfileModel, ins: Instruction, lang: Lang): DocumentSymbol {
  const span = (r: Range): LspRange => model.lines.span(r);
  const keyword = ins.keyword.toUpperCase();
  const keys = ins.name === 'arg' || ins.name === 'env' || ins.name === 'label' ? ins.keyValues.map((kv) => kv.key.value) : [];
  const name = keys.length > 0 ? `${keyword} ${keys.join(' ')}` : keyword;
  const flags = ins.flags.map((f) => f.word).join(' ');
  const detail = keys.length > 0 ? '' : summary([flags, ins.onbuild === undefined ? ins.args.value.split('\n')[0] ?? '' : ins.args.value].filter((x) => x !== '').join(' '));
  const children = ins.heredocs.map((hd) => DocumentSymbol.create(
    format(NAVIGATION_TEXTS.symbolHeredoc[lang], { name: hd.name }),
    undefined,
    SymbolKind.String,
    span({ start: hd.markerRange.start, end: hd.terminatorRange?.end ?? hd.bodyRange.end }),
    span(hd.nameRange),
  ));
  return DocumentSymbol.create(name === '' ? ins.name : name, detail === '' ? undefined : detail, KIND[ins.name] ?? SymbolKind.Key, span(ins.range), span(ins.keywordRange), children.length > 0 ? children : undefined);
}

function stageSymbol(model: DockerfileModel, stage: Stage, lang: Lang): DocumentSymbol {
  const span = (r: Range): LspRange => model.lines.span(r);
  const label = stage.name?.value ?? stage.base?.value ?? stage.from.keyword.toUpperCase();
  const selection = (stage.name ?? stage.base)?.range ?? stage.from.keywordRange;
  const template = stage.index === model.target ? NAVIGATION_TEXTS.symbolTargetDetail[lang] : NAVIGATION_TEXTS.symbolStageDetail[lang];
  const detail = [stage.name !== undefined ? `FROM ${stage.base?.value ?? ''}` : '', format(template, { index: stage.index })].filter((x) => x !== '').join(' · ');
  const children = stage.instructions.slice(1).map((ins) => instructionSymbol(model, ins, lang));
  return DocumentSymbol.create(label === '' ? 'FROM' : label, detail, stage.name !== undefined ? SymbolKind.Class : SymbolKind.Module, span(stage.range), span(selection), children);
}

/** The outline of the document. */
export function documentSymbols(model: DockerfileModel, lang: Lang): DocumentSymbol[] {
  return [
    ...model.preamble.map((ins) => instructionSymbol(model, ins, lang)),
    ...model.stages.map((s) => stageSymbol(model, s, lang)),
  ];
}
