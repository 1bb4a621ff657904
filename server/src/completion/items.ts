/** Completion items built from the knowledge base: instructions, flags, values, stages, variables, rules. */
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Range as LspRange } from 'vscode-languageserver-types';
import type { Lang } from '../../../common/src/protocol';
import type { DockerfileModel, Stage, VarDef } from '../model/model';
import { INSTRUCTION_PHASE, isInstructionName } from '../model/phases';
import { DIRECTIVES, type DirectiveName } from '../knowledge/directives';
import { EDITOR_TEXTS, INSTRUCTION_SNIPPETS } from '../knowledge/editorTexts';
import { MOUNTS, MOUNT_TYPE_OPTION, isMountType } from '../knowledge/flags';
import { INSTRUCTIONS, INSTRUCTION_KEYWORDS } from '../knowledge/instructions';
import { PHASE_TEXTS } from '../knowledge/phases';
import { format } from '../knowledge/template';
import type { FlagDoc, InstructionKeyword, MountOptionDoc } from '../knowledge/types';
import { LABELS } from '../knowledge/ui';
import { VARIABLE_TEXTS } from '../knowledge/ui';
import { RULES } from '../rules/registry';
import type { Rule } from '../rules/types';
import { codeSpan, escapeMarkdown } from '../hover/markdown';
import { notesLink } from '../hover/render';
import { docMarkdown } from './docs';

/** Re-opens the suggestion list after inserting `--flag=` or `key=`, so the values come next. */
const RETRIGGER = { title: '', command: 'editor.action.triggerSuggest' } as const;

export function instructionItem(keyword: InstructionKeyword, range: LspRange, lang: Lang, sortText: string, onbuild: boolean): CompletionItem {
  const doc = INSTRUCTIONS[keyword];
  const lower = keyword.toLowerCase();
  const phase = isInstructionName(lower) ? INSTRUCTION_PHASE[lower] : 'build-only';
  return {
    label: keyword,
    kind: CompletionItemKind.Keyword,
    detail: onbuild ? EDITOR_TEXTS.onbuildDetail[lang] : format(EDITOR_TEXTS.instructionDetail[lang], { phase: PHASE_TEXTS[phase].label[lang] }),
    documentation: docMarkdown({ summary: doc.summary[lang], syntax: doc.syntax, body: [doc.body[lang]], example: doc.example, concept: doc.concept, reference: doc.reference }, lang),
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText: INSTRUCTION_SNIPPETS[keyword] },
    filterText: keyword,
    sortText,
  };
}

export function instructionItems(range: LspRange, lang: Lang, beforeFirstFrom: boolean, exclude: readonly InstructionKeyword[] = [], onbuild = false): CompletionItem[] {
  return INSTRUCTION_KEYWORDS.filter((k) => !exclude.includes(k)).map((k, i) => {
    const first = beforeFirstFrom && (k === 'FROM' || k === 'ARG');
    return instructionItem(k, range, lang, `${first ? '0' : '1'}${String(i).padStart(2, '0')}`, onbuild);
  });
}

function syntaxNote(doc: FlagDoc, lang: Lang): string {
  if (doc.minSyntax === undefined) return '';
  if (doc.minSyntax === 'labs') return LABELS.labs[lang];
  return format(LABELS.minSyntax[lang], { version: doc.minSyntax });
}

/** Whether the flag is written `--flag=value` (rather than a bare switch like `--link`). */
export function flagTakesValue(doc: FlagDoc): boolean {
  return doc.syntax.includes(`--${doc.name}=`);
}

export function flagItem(keyword: string, doc: FlagDoc, range: LspRange, lang: Lang, index: number): CompletionItem {
  const value = flagTakesValue(doc);
  return {
    label: `--${doc.name}`,
    kind: CompletionItemKind.Property,
    detail: format(EDITOR_TEXTS.flagDetail[lang], { instruction: keyword }),
    documentation: docMarkdown({
      summary: doc.summary[lang],
      syntax: [doc.syntax],
      body: [doc.body[lang], syntaxNote(doc, lang)],
      when: doc.when[lang],
      example: doc.example,
      concept: doc.concept,
      reference: doc.reference,
    }, lang),
    textEdit: { range, newText: value ? `--${doc.name}=` : `--${doc.name}` },
    filterText: `--${doc.name}`,
    sortText: String(index).padStart(2, '0'),
    ...(value ? { command: RETRIGGER } : {}),
  };
}

export function valueItem(value: string, detail: string, documentation: string, range: LspRange, lang: Lang, index: number, isDefault = false): CompletionItem {
  return {
    label: value,
    kind: CompletionItemKind.Value,
    detail: isDefault ? `${detail} ${LABELS.isDefault[lang]}` : detail,
    documentation: { kind: 'markdown', value: documentation },
    textEdit: { range, newText: value },
    sortText: String(index).padStart(2, '0'),
  };
}

export function mountTypeItems(range: LspRange, lang: Lang): CompletionItem[] {
  return Object.values(MOUNTS).map((m, i) => ({
    label: m.type,
    kind: CompletionItemKind.EnumMember,
    detail: m.type === MOUNT_TYPE_OPTION.default ? `${EDITOR_TEXTS.mountTypeDetail[lang]} ${LABELS.isDefault[lang]}` : EDITOR_TEXTS.mountTypeDetail[lang],
    documentation: docMarkdown({ summary: m.summary[lang], body: [m.body[lang]], when: m.when[lang], example: m.example, concept: m.concept, reference: m.reference }, lang),
    textEdit: { range, newText: m.type },
    sortText: String(i).padStart(2, '0'),
  }));
}

function optionDoc(doc: MountOptionDoc, lang: Lang): string {
  const lines = [doc.summary[lang]];
  if (doc.default !== undefined) lines.push(format(LABELS.defaultValue[lang], { value: codeSpan(doc.default) }));
  if (doc.values !== undefined) lines.push(format(LABELS.values[lang], { values: codeSpan(doc.values) }));
  return lines.join('\n\n');
}

/** Options a mount of `type` accepts, without those already written; `type=` first when not given yet. */
export function mountOptionItems(type: string, used: ReadonlySet<string>, range: LspRange, lang: Lang): CompletionItem[] {
  const t = type.toLowerCase();
  if (!isMountType(t)) return [];
  const out: CompletionItem[] = [];
  if (!used.has('type')) {
    out.push({
      label: 'type',
      kind: CompletionItemKind.Property,
      detail: EDITOR_TEXTS.mountTypeDetail[lang],
      documentation: { kind: 'markdown', value: optionDoc(MOUNT_TYPE_OPTION, lang) },
      textEdit: { range, newText: 'type=' },
      sortText: '00',
      command: RETRIGGER,
    });
  }
  const options: Readonly<Record<string, MountOptionDoc>> = MOUNTS[t].options;
  Object.entries(options).forEach(([name, doc], i) => {
    if (used.has(name)) return;
    const bare = name === 'readonly' || name === 'readwrite';
    out.push({
      label: name,
      kind: CompletionItemKind.Property,
      detail: format(EDITOR_TEXTS.mountOptionDetail[lang], { type: t }),
      documentation: { kind: 'markdown', value: optionDoc(doc, lang) },
      textEdit: { range, newText: bare ? name : `${name}=` },
      sortText: String(i + 1).padStart(2, '0'),
      ...(bare ? {} : { command: RETRIGGER }),
    });
  });
  return out;
}

/** Stages defined before `beforeStage`: by name, and (for `--from`) unnamed ones by number. */
export function stageItems(model: DockerfileModel, beforeStage: number, range: LspRange, lang: Lang, purpose: 'from' | 'copy'): CompletionItem[] {
  const out: CompletionItem[] = [];
  for (const s of model.stages) {
    if (s.index >= beforeStage) break;
    const line = model.lines.lineOf(s.from.keywordRange.start) + 1;
    const label = s.name?.value ?? (purpose === 'copy' ? String(s.index) : undefined);
    if (label === undefined) continue;
    const shown = codeSpan(label);
    out.push({
      label,
      kind: CompletionItemKind.Reference,
      detail: s.name !== undefined ? format(EDITOR_TEXTS.stageDetail[lang], { line }) : format(EDITOR_TEXTS.stageIndexDetail[lang], { index: s.index, line }),
      documentation: {
        kind: 'markdown',
        value: [
          format((purpose === 'from' ? EDITOR_TEXTS.stageBuildOnDoc : EDITOR_TEXTS.stageCopyFromDoc)[lang], { name: shown }),
          codeBlock1(stageLine(model, s)),
          notesLink('multi-stage-build', lang),
        ].join('\n\n'),
      },
      textEdit: { range, newText: label },
      sortText: String(s.index).padStart(3, '0'),
    });
  }
  return out;
}

function stageLine(model: DockerfileModel, s: Stage): string {
  return model.parse.text.slice(s.from.keywordRange.start, s.from.textRange.end).split(/\r?\n/)[0] ?? '';
}

function codeBlock1(s: string): string {
  return `\`\`\`dockerfile\n${s.replace(/`{3,}/g, '')}\n\`\`\``;
}

export function asItem(range: LspRange, lang: Lang): CompletionItem {
  return {
    label: 'AS',
    kind: CompletionItemKind.Keyword,
    detail: EDITOR_TEXTS.asDetail[lang],
    documentation: { kind: 'markdown', value: [EDITOR_TEXTS.asDoc[lang], notesLink('multi-stage-build', lang)].join('\n\n') },
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText: 'AS ${1:name}' },
    filterText: 'AS',
  };
}

function kindLabel(def: VarDef, lang: Lang): string {
  if (def.kind === 'env') return EDITOR_TEXTS.variableKindEnv[lang];
  if (def.kind === 'global-arg') return EDITOR_TEXTS.variableKindGlobal[lang];
  if (def.kind === 'predefined') return EDITOR_TEXTS.variableKindPredefined[lang];
  return EDITOR_TEXTS.variableKindArg[lang];
}

/** Variables in `scope`, with their values where known. `closeBrace`: append `}` after the name. */
export function variableItems(model: DockerfileModel, scope: ReadonlyMap<string, VarDef>, range: LspRange, lang: Lang, closeBrace: boolean): CompletionItem[] {
  const out: CompletionItem[] = [];
  for (const def of scope.values()) {
    const detail = def.value === undefined ? EDITOR_TEXTS.variableUnknown[lang] : def.value === '' ? EDITOR_TEXTS.variableEmpty[lang] : def.value;
    const lines = [`**${format(VARIABLE_TEXTS.title[lang], { name: codeSpan(def.name) })}** · ${escapeMarkdown(kindLabel(def, lang))}`];
    if (def.value !== undefined) lines.push(def.value === '' ? VARIABLE_TEXTS.emptyValue[lang] : format(VARIABLE_TEXTS.valueHere[lang], { value: codeSpan(def.value) }));
    if (def.instruction !== undefined) lines.push(format(EDITOR_TEXTS.variableDefinedAt[lang], { line: model.lines.lineOf(def.instruction.keywordRange.start) + 1 }));
    lines.push(EDITOR_TEXTS.variableScopeNote[lang]);
    lines.push(notesLink(def.kind === 'env' ? 'environment-config' : 'build-args', lang));
    out.push({
      label: def.name,
      kind: def.kind === 'env' ? CompletionItemKind.Variable : CompletionItemKind.Constant,
      detail,
      labelDetails: { description: kindLabel(def, lang) },
      documentation: { kind: 'markdown', value: lines.join('\n\n') },
      textEdit: { range, newText: closeBrace ? `${def.name}}` : def.name },
      sortText: `${def.kind === 'predefined' ? '1' : '0'}${def.name}`,
    });
  }
  return out;
}

function ruleDoc(rule: Rule, lang: Lang): string {
  return [`**${rule.id}** · ${rule.text.title[lang]}`, rule.text.why[lang], notesLink(rule.concept, lang)].join('\n\n');
}

/** Names `# check=skip=` accepts: BuildKit checks, and BuildKit names other rules answer to. */
export function buildkitCheckNames(): { readonly name: string; readonly rule: Rule }[] {
  const out: { name: string; rule: Rule }[] = [];
  for (const r of RULES) {
    if (r.source === 'buildkit') out.push({ name: r.id, rule: r });
    for (const a of r.aliases ?? []) if (/^[A-Z][A-Za-z]*[a-z][A-Za-z]*$/.test(a)) out.push({ name: a, rule: r });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

export function checkSkipItems(used: ReadonlySet<string>, range: LspRange, lang: Lang): CompletionItem[] {
  const out: CompletionItem[] = [];
  if (used.size === 0) {
    out.push({ label: 'all', kind: CompletionItemKind.Value, detail: EDITOR_TEXTS.skipAllDoc[lang], textEdit: { range, newText: 'all' }, sortText: '0' });
  }
  for (const { name, rule } of buildkitCheckNames()) {
    if (used.has(name)) continue;
    out.push({
      label: name,
      kind: CompletionItemKind.EnumMember,
      detail: `${EDITOR_TEXTS.ruleDetailBuildkit[lang]} · ${rule.text.title[lang]}`,
      documentation: { kind: 'markdown', value: ruleDoc(rule, lang) },
      textEdit: { range, newText: name },
      sortText: `1${name}`,
    });
  }
  return out;
}

const SOURCE_ORDER: Readonly<Record<Rule['source'], string>> = { hadolint: '0', shellcheck: '1', buildkit: '2', tutor: '3', builder: '4' };

/** Ids `# hadolint ignore=` accepts: every rule (hadolint's first). */
export function ignoreItems(used: ReadonlySet<string>, range: LspRange, lang: Lang): CompletionItem[] {
  return RULES.filter((r) => !used.has(r.id)).map((r) => ({
    label: r.id,
    kind: CompletionItemKind.EnumMember,
    detail: r.text.title[lang],
    labelDetails: { description: r.source === 'buildkit' ? EDITOR_TEXTS.ruleDetailBuildkit[lang] : r.source },
    documentation: { kind: 'markdown', value: ruleDoc(r, lang) },
    textEdit: { range, newText: r.id },
    sortText: `${SOURCE_ORDER[r.source]}${r.id}`,
  }));
}

const DIRECTIVE_SNIPPETS: Readonly<Record<DirectiveName, string>> = {
  syntax: '# syntax=${1|docker/dockerfile:1,docker/dockerfile:1-labs|}',
  escape: '# escape=${1|\\\\,`|}',
  check: '# check=skip=${1:all}',
};

export function directiveItems(present: ReadonlySet<string>, range: LspRange, lang: Lang): CompletionItem[] {
  return (Object.keys(DIRECTIVE_SNIPPETS) as DirectiveName[]).filter((d) => !present.has(d)).map((d, i) => {
    const doc = DIRECTIVES[d];
    return {
      label: `# ${d}`,
      kind: CompletionItemKind.Keyword,
      detail: LABELS.parserDirective[lang],
      documentation: docMarkdown({ summary: doc.summary[lang], syntax: doc.syntax, body: [doc.body[lang]], when: doc.when[lang], example: doc.example, concept: doc.concept, reference: doc.reference }, lang),
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: DIRECTIVE_SNIPPETS[d] },
      filterText: `# ${d}`,
      sortText: `!${i}`,
    };
  });
}
