/** Hovers on instruction keywords, flags (RUN --mount per type and option) and parser directives. */
import type { Hover } from 'vscode-languageserver-types';
import type { Lang } from '../../../common/src/protocol';
import type { Directive, Flag, Instruction } from '../parse/ast';
import type { DockerfileModel } from '../model/model';
import { CHECK_OPTIONS, directiveDoc } from '../knowledge/directives';
import { FLAGS, MOUNTS, flagDoc, isMountType, mountOptionDoc } from '../knowledge/flags';
import { HOVER_TEXTS } from '../knowledge/hoverTexts';
import { instructionDoc } from '../knowledge/instructions';
import { PHASE_TEXTS, RUNTIME_TEXT } from '../knowledge/phases';
import { format, fillTemplate } from '../knowledge/template';
import type { FlagDoc, MountOptionDoc } from '../knowledge/types';
import { LABELS } from '../knowledge/ui';
import { codeSpan, escapeMarkdown } from './markdown';
import { bullets, renderHover, within } from './render';

export function keywordHover(model: DockerfileModel, outer: Instruction, ins: Instruction, lang: Lang): Hover | null {
  const doc = instructionDoc(ins.name.toUpperCase());
  if (doc === undefined) return null;
  const phase = model.phaseOf(outer);
  const when = [fillTemplate(PHASE_TEXTS[phase].explain[lang], { keyword: doc.keyword })];
  if (model.runtimeVisible(outer)) when.push(RUNTIME_TEXT[lang]);
  else if (phase !== 'layer') when.push(LABELS.notRuntime[lang]);
  return renderHover(model, {
    title: `**${doc.keyword}** · _${PHASE_TEXTS[phase].label[lang]}_ — ${doc.summary[lang]}`,
    body: [doc.body[lang]],
    when,
    example: doc.example,
    concept: doc.concept,
    reference: doc.reference,
    range: ins.keywordRange,
  }, lang);
}

function syntaxNote(doc: Pick<FlagDoc, 'minSyntax'>, lang: Lang): string {
  if (doc.minSyntax === undefined) return '';
  if (doc.minSyntax === 'labs') return LABELS.labs[lang];
  return format(LABELS.minSyntax[lang], { version: doc.minSyntax });
}

export function flagHover(model: DockerfileModel, ins: Instruction, flag: Flag, lang: Lang): Hover | null {
  const keyword = ins.name.toUpperCase();
  const doc = flagDoc(keyword, flag.name);
  if (doc === undefined) {
    const insDoc = instructionDoc(keyword);
    if (insDoc === undefined) return null;
    return renderHover(model, {
      title: `**--${escapeMarkdown(flag.name)}**`,
      body: [format(HOVER_TEXTS.unknownFlag[lang], { instruction: insDoc.keyword, flag: escapeMarkdown(flag.name) })],
      when: [],
      example: insDoc.example,
      concept: insDoc.concept,
      reference: insDoc.reference,
      range: flag.range,
    }, lang);
  }
  const lines: string[] = [];
  if (flag.value !== undefined && doc.values !== undefined) {
    const value = Object.prototype.hasOwnProperty.call(doc.values, flag.value) ? doc.values[flag.value] : undefined;
    if (value !== undefined) {
      lines.push(format(HOVER_TEXTS.flagValue[lang], { value: codeSpan(flag.value), summary: value.summary[lang] }));
    }
  }
  if (doc.values !== undefined) {
    lines.push(format(LABELS.values[lang], { values: Object.keys(doc.values).map((v) => codeSpan(v)).join(' | ') }));
  }
  lines.push(syntaxNote(doc, lang));
  return renderHover(model, {
    title: `**--${doc.name}** · ${keyword} — ${doc.summary[lang]}`,
    body: [doc.body[lang], bullets(lines)],
    when: [doc.when[lang]],
    example: doc.example,
    concept: doc.concept,
    reference: doc.reference,
    range: flag.range,
  }, lang);
}

interface MountOption {
  readonly key: string;
  readonly value: string | undefined;
  readonly start: number;
  readonly end: number;
}

/** Splits the written value of `--mount=` into `key=value` options with document offsets. */
function mountOptions(model: DockerfileModel, flag: Flag): MountOption[] {
  const range = flag.valueRange;
  if (range === undefined) return [];
  const raw = model.parse.text.slice(range.start, range.end);
  const out: MountOption[] = [];
  let pos = 0;
  for (const part of raw.split(',')) {
    const eq = part.indexOf('=');
    const key = (eq >= 0 ? part.slice(0, eq) : part).trim().replace(/^["']/, '');
    const value = eq >= 0 ? part.slice(eq + 1).trim().replace(/["']$/, '') : undefined;
    out.push({ key, value, start: range.start + pos, end: range.start + pos + part.length });
    pos += part.length + 1;
  }
  return out;
}

function optionLine(name: string, doc: MountOptionDoc, lang: Lang): string {
  const extra: string[] = [];
  if (doc.default !== undefined) extra.push(format(LABELS.defaultValue[lang], { value: codeSpan(doc.default) }));
  if (doc.values !== undefined) extra.push(format(LABELS.values[lang], { values: codeSpan(doc.values) }));
  return [`${codeSpan(name)}: ${doc.summary[lang]}`, ...extra].join(' · ');
}

export function mountHover(model: DockerfileModel, flag: Flag, offset: number, lang: Lang): Hover | null {
  const options = mountOptions(model, flag);
  const typeOption = options.find((o) => o.key.toLowerCase() === 'type');
  const type = (typeOption?.value ?? 'bind').toLowerCase();
  const mountFlag = FLAGS.RUN.mount;
  if (!isMountType(type)) {
    return renderHover(model, {
      title: `**--mount** · RUN — ${mountFlag.summary[lang]}`,
      body: [format(HOVER_TEXTS.unknownMountType[lang], { type: codeSpan(type) })],
      when: [mountFlag.when[lang]],
      example: mountFlag.example,
      concept: mountFlag.concept,
      reference: mountFlag.reference,
      range: flag.range,
    }, lang);
  }
  const mount = MOUNTS[type];
  const under = options.find((o) => within(offset, { start: o.start, end: o.end }));
  const lines: string[] = [];
  if (under !== undefined && under.key.length > 0) {
    const doc = mountOptionDoc(type, under.key);
    lines.push(format(LABELS.mountOption[lang], { option: codeSpan(under.key), type: codeSpan(type) }));
    if (doc !== undefined) lines.push(optionLine(under.key.toLowerCase(), doc, lang));
  }
  lines.push(syntaxNote(mountFlag, lang));
  return renderHover(model, {
    title: `**--mount** · ${format(LABELS.mountType[lang], { type: codeSpan(type) })} — ${mount.summary[lang]}`,
    body: [bullets(lines), mount.body[lang]],
    when: [mount.when[lang]],
    example: mount.example,
    concept: mount.concept,
    reference: mount.reference,
    range: under !== undefined ? { start: under.start, end: under.end } : flag.range,
  }, lang);
}

export function directiveHover(model: DockerfileModel, d: Directive, lang: Lang): Hover | null {
  const doc = directiveDoc(d.name);
  if (doc === undefined) return null;
  const lines: string[] = [];
  if (d.name === 'check') {
    lines.push(optionLine('skip', CHECK_OPTIONS.skip, lang), optionLine('error', CHECK_OPTIONS.error, lang));
  }
  return renderHover(model, {
    title: `**# ${doc.name}** · _${LABELS.parserDirective[lang]}_ — ${doc.summary[lang]}`,
    body: [doc.body[lang], bullets(lines)],
    when: [doc.when[lang]],
    example: doc.example,
    concept: doc.concept,
    reference: doc.reference,
    range: d.range,
  }, lang);
}
