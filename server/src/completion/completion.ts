/**
 * Completion: position → what is being typed there → items from the knowledge base.
 *
 * Contexts, most specific first: comments (`# hadolint ignore=`, `# check=skip=`, parser directives and
 * their values at the top), `ONBUILD ` + instruction, the arguments of an instruction (variables after
 * `$`/`${`, flags and their values, `--mount` types and options, stage names, `AS`), and an instruction
 * keyword at the start of a line. Variables come from `model.scopeAt`, so only those BuildKit would
 * expand at that point are offered.
 */
import { CompletionItemKind, type CompletionItem, type Range as LspRange } from 'vscode-languageserver-types';
import type { Lang } from '../../../common/src/protocol';
import type { Instruction } from '../parse/ast';
import type { DockerfileModel } from '../model/model';
import { CHECK_OPTIONS, DIRECTIVES, directiveDoc } from '../knowledge/directives';
import { EDITOR_TEXTS, NOT_ONBUILD_TRIGGERS, PLATFORM_VALUES, SYNTAX_VALUES } from '../knowledge/editorTexts';
import { INSTRUCTIONS } from '../knowledge/instructions';
import { FLAGS, INSTRUCTION_FLAGS, flagDoc, mountOptionDoc, type FlaggedInstruction } from '../knowledge/flags';
import { format } from '../knowledge/template';
import type { FlagDoc } from '../knowledge/types';
import { codeSpan } from '../hover/markdown';
import {
  asItem,
  checkSkipItems,
  directiveItems,
  flagItem,
  ignoreItems,
  instructionItems,
  mountOptionItems,
  mountTypeItems,
  stageItems,
  valueItem,
  variableItems,
} from './items';

/** Characters after which the client should ask for completions. */
export const COMPLETION_TRIGGERS = ['-', '=', '$', '{', ' ', ','] as const;

export function completionAt(model: DockerfileModel, offset: number, lang: Lang): CompletionItem[] {
  const text = model.parse.text;
  const line = model.lines.lineOf(offset);
  const lineStart = model.lines.offset({ line, character: 0 });
  const prefix = text.slice(lineStart, offset);
  const span = (start: number): LspRange => model.lines.span({ start, end: offset });

  const ins = model.instructionAt(offset);
  const inHeredoc = ins !== undefined && ins.heredocs.some((h) => offset > h.bodyRange.start && offset <= h.bodyRange.end);
  if (/^\s*#/.test(prefix) && !inHeredoc) return commentItems(model, prefix, line, offset, lang, span);

  const onbuild = /^\s*onbuild\s+([A-Za-z]*)$/i.exec(prefix);
  if (onbuild !== null) {
    return instructionItems(span(offset - (onbuild[1] ?? '').length), lang, false, NOT_ONBUILD_TRIGGERS, true);
  }
  if (ins !== undefined && offset > ins.keywordRange.end) return argumentItems(model, ins, offset, lang, span, inHeredoc);

  const keyword = /^\s*([A-Za-z]*)$/.exec(prefix);
  if (keyword === null) return [];
  const word = keyword[1] ?? '';
  const range = span(offset - word.length);
  const first = model.stages[0];
  const beforeFirstFrom = first === undefined || offset < first.from.range.start;
  const items = instructionItems(range, lang, beforeFirstFrom);
  if (word.length === 0 && inDirectiveZone(model, line)) {
    items.unshift(...directiveItems(new Set(model.parse.directives.map((d) => d.name)), range, lang));
  }
  return items;
}

/** Whether a parser directive may still be written on `line`: only directives come before it. */
function inDirectiveZone(model: DockerfileModel, line: number): boolean {
  const directiveLines = new Set(model.parse.directives.map((d) => d.line));
  for (let l = 0; l < line; l++) if (!directiveLines.has(l)) return false;
  const ins = model.parse.instructions[0];
  return ins === undefined || ins.startLine >= line;
}

function commentItems(model: DockerfileModel, prefix: string, line: number, offset: number, lang: Lang, span: (start: number) => LspRange): CompletionItem[] {
  const ignore = /^\s*#\s*hadolint\s+(?:global\s+)?ignore\s*=\s*([A-Za-z0-9_,\s]*)$/.exec(prefix);
  if (ignore !== null) {
    const { current, used } = listParts(ignore[1] ?? '');
    return ignoreItems(used, span(offset - current.length), lang);
  }
  const skip = /^\s*#\s*check\s*=\s*(?:[^;]*;\s*)*skip\s*=\s*([A-Za-z0-9_,]*)$/i.exec(prefix);
  if (skip !== null) {
    const { current, used } = listParts(skip[1] ?? '');
    return checkSkipItems(used, span(offset - current.length), lang);
  }
  const checkError = /^\s*#\s*check\s*=\s*(?:[^;]*;\s*)*error\s*=\s*([a-z]*)$/i.exec(prefix);
  if (checkError !== null) {
    const range = span(offset - (checkError[1] ?? '').length);
    return ['true', 'false'].map((v, i) => valueItem(v, 'error', CHECK_OPTIONS.error.summary[lang], range, lang, i, v === 'false'));
  }
  const checkKey = /^\s*#\s*check\s*=\s*(?:[^;]*;\s*)*([a-z]*)$/i.exec(prefix);
  if (checkKey !== null) {
    const range = span(offset - (checkKey[1] ?? '').length);
    return (['skip', 'error'] as const).map((k, i) => ({
      label: k,
      kind: CompletionItemKind.Property,
      detail: CHECK_OPTIONS[k].summary[lang],
      documentation: { kind: 'markdown', value: k === 'skip' ? CHECK_OPTIONS.skip.summary[lang] : EDITOR_TEXTS.checkErrorDoc[lang] },
      textEdit: { range, newText: `${k}=` },
      sortText: String(i),
      command: { title: '', command: 'editor.action.triggerSuggest' },
    }));
  }
  const syntax = /^\s*#\s*syntax\s*=\s*(\S*)$/i.exec(prefix);
  if (syntax !== null) {
    const range = span(offset - (syntax[1] ?? '').length);
    return SYNTAX_VALUES.map((v, i) => valueItem(v, DIRECTIVES.syntax.summary[lang], EDITOR_TEXTS.syntaxValueDoc[lang], range, lang, i));
  }
  const escape = /^\s*#\s*escape\s*=\s*(\S?)$/i.exec(prefix);
  if (escape !== null) {
    const range = span(offset - (escape[1] ?? '').length);
    return ['\\', '`'].map((v, i) => valueItem(v, DIRECTIVES.escape.summary[lang], DIRECTIVES.escape.body[lang], range, lang, i, i === 0));
  }
  const name = /^(\s*#\s*)([a-z]*)$/i.exec(prefix);
  if (name !== null && inDirectiveZone(model, line)) {
    const present = new Set<string>(model.parse.directives.filter((d) => d.line !== line).map((d) => d.name));
    const typed = name[2] ?? '';
    if (typed.length > 0 && directiveDoc(typed) !== undefined && present.has(typed.toLowerCase())) return [];
    return directiveItems(present, span(offset - prefix.trimStart().length), lang);
  }
  return [];
}

/** `A, B, C` being typed: the last (partial) entry and the complete ones before it. */
function listParts(list: string): { current: string; used: ReadonlySet<string> } {
  const parts = list.split(',').map((p) => p.trim());
  const current = parts.pop() ?? '';
  return { current, used: new Set(parts.filter((p) => p.length > 0)) };
}

function escapeRegExp(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

function argumentItems(model: DockerfileModel, ins: Instruction, offset: number, lang: Lang, span: (start: number) => LspRange, inHeredoc: boolean): CompletionItem[] {
  const text = model.parse.text;
  const inner = ins.onbuild !== undefined && offset > ins.onbuild.keywordRange.end ? ins.onbuild : ins;
  if (inner.name === 'onbuild') return [];
  const raw = text.slice(inner.keywordRange.end, offset);
  const continuation = new RegExp(`${escapeRegExp(model.parse.escapeToken)}[ \\t]*\\r?\\n`, 'g');
  const joined = raw.replace(continuation, ' ');
  const words = joined.split(/\s+/);
  const current = words.pop() ?? '';
  const before = words.filter((w) => w.length > 0);

  // Variables: `$NA`, `${NA`.
  const variable = /\$(\{)?([A-Za-z_][A-Za-z0-9_]*)?$/.exec(current);
  if (variable !== null) {
    const typed = variable[2] ?? '';
    // FROM lines see the global scope; any other instruction the scope just before it.
    const scope = inner.name === 'from' ? model.scopeAt(offset) : model.scopeAt(ins.range.start);
    const braced = variable[1] !== undefined;
    return variableItems(model, scope, span(offset - typed.length), lang, braced && text[offset] !== '}');
  }
  if (inHeredoc) return [];

  const keyword = inner.name.toUpperCase();
  const flagsAllowed = before.every((w) => w.startsWith('--'));
  if (current.startsWith('-') && flagsAllowed) {
    const eq = current.indexOf('=');
    if (eq < 0) return flagNameItems(keyword, inner, offset, span(offset - current.length), lang);
    const name = current.slice(2, eq);
    const value = current.slice(eq + 1);
    return flagValueItems(model, ins, keyword, name, value, offset, lang, span);
  }

  if (inner.name === 'healthcheck' && before.every((w) => w.startsWith('--')) && /^[A-Za-z]*$/.test(current)) {
    const range = span(offset - current.length);
    const doc = INSTRUCTIONS.HEALTHCHECK;
    // `NONE` only stands alone: not after options.
    const forms = before.length === 0 ? ['CMD', 'NONE'] : ['CMD'];
    return forms.map((v, i) => valueItem(v, doc.syntax[i] ?? v, doc.summary[lang], range, lang, i));
  }
  if (inner.name === 'from' && ins === inner) {
    const args = before.filter((w) => !w.startsWith('--'));
    const stage = model.stageOf(ins)?.index ?? model.stages.length;
    if (args.length === 0) return stageItems(model, stage, span(offset - current.length), lang, 'from');
    if (args.length === 1 && /^a?s?$/i.test(current)) return [asItem(span(offset - current.length), lang)];
  }
  return [];
}

function isFlagged(keyword: string): keyword is FlaggedInstruction {
  return Object.prototype.hasOwnProperty.call(INSTRUCTION_FLAGS, keyword);
}

/** Flags that may be given more than once. */
const REPEATABLE = new Set(['mount', 'exclude', 'device']);

function flagNameItems(keyword: string, ins: Instruction, offset: number, range: LspRange, lang: Lang): CompletionItem[] {
  if (!isFlagged(keyword)) return [];
  // The flag under the cursor is the one being typed: it does not count as given.
  const used = new Set(ins.flags.filter((f) => !(f.range.start <= offset && offset <= f.range.end)).map((f) => f.name));
  const table: Readonly<Record<string, FlagDoc>> = FLAGS[keyword];
  return Object.values(table)
    .filter((doc) => REPEATABLE.has(doc.name) || !used.has(doc.name))
    .map((doc, i) => flagItem(keyword, doc, range, lang, i));
}

function flagValueItems(model: DockerfileModel, ins: Instruction, keyword: string, name: string, value: string, offset: number, lang: Lang, span: (start: number) => LspRange): CompletionItem[] {
  const flag = name.toLowerCase();
  const doc = flagDoc(keyword, flag);
  if (doc === undefined) return [];
  const stage = model.stageOf(ins)?.index ?? model.stages.length;
  const detail = format(EDITOR_TEXTS.flagValueDetail[lang], { flag });
  if (keyword === 'COPY' && flag === 'from') return stageItems(model, stage, span(offset - value.length), lang, 'copy');
  if (keyword === 'RUN' && flag === 'mount') return mountItems(model, stage, value, offset, lang, span);
  if (keyword === 'FROM' && flag === 'platform') {
    const range = span(offset - value.length);
    return PLATFORM_VALUES.map((v, i) => valueItem(v, EDITOR_TEXTS.platformDetail[lang], v.startsWith('$') ? EDITOR_TEXTS.platformVariableDoc[lang] : doc.summary[lang], range, lang, i));
  }
  const range = span(offset - value.length);
  if (doc.values !== undefined) {
    return Object.entries(doc.values).map(([v, d], i) => valueItem(v, detail, d.summary[lang], range, lang, i, d.isDefault === true));
  }
  if (doc.syntax.includes('<boolean>')) {
    return ['true', 'false'].map((v, i) => valueItem(v, detail, doc.summary[lang], range, lang, i));
  }
  return [];
}

/** `--mount=type=cache,ta`: option keys of the type, or the values of the option being typed. */
function mountItems(model: DockerfileModel, stage: number, value: string, offset: number, lang: Lang, span: (start: number) => LspRange): CompletionItem[] {
  const parts = value.replace(/^["']/, '').split(',');
  const current = parts.pop() ?? '';
  const used = new Set<string>();
  let type = 'bind';
  for (const p of parts) {
    const eq = p.indexOf('=');
    const key = (eq >= 0 ? p.slice(0, eq) : p).trim().toLowerCase();
    used.add(key);
    if (key === 'type' && eq >= 0) type = p.slice(eq + 1).trim().toLowerCase();
  }
  const eq = current.indexOf('=');
  if (eq < 0) return mountOptionItems(type, used, span(offset - current.length), lang);
  const key = current.slice(0, eq).trim().toLowerCase();
  const typed = current.slice(eq + 1);
  const range = span(offset - typed.length);
  if (key === 'type') return mountTypeItems(range, lang);
  if (key === 'from') return stageItems(model, stage, range, lang, 'copy');
  const doc = mountOptionDoc(type, key);
  if (doc?.values === undefined) return [];
  return doc.values.split('|').map((v) => v.trim()).filter((v) => v.length > 0).map((v, i) =>
    valueItem(v, format(EDITOR_TEXTS.mountOptionDetail[lang], { type }), `${codeSpan(key)}: ${doc.summary[lang]}`, range, lang, i, v === doc.default));
}
