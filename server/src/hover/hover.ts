/**
 * Hovers: position → what is under it → teaching text from the knowledge base.
 * Every hover: what it does, when it matters (phase, what the container sees), notes link, example,
 * Docker reference, and an "Explain" link that opens the panel on it.
 */
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import type { Lang } from '../../../common/src/protocol';
import type { Instruction } from '../parse/ast';
import type { DockerfileModel } from '../model/model';
import { CONCEPTS } from '../knowledge/concepts';
import { instructionDoc } from '../knowledge/instructions';
import { NOTES_SECTIONS } from '../knowledge/notes';
import { HOVER_LABELS, PHASE_TEXTS, RUNTIME_TEXT } from '../knowledge/phases';
import type { ConceptId } from '../knowledge/types';
import { fillTemplate } from '../knowledge/template';
import { codeBlock, commandLink } from './markdown';

/** The commands hover markdown may run; the client trusts only these. */
export const TRUSTED_COMMANDS = ['dockerfileTutor.explain', 'dockerfileTutor.openNotes'] as const;

function within(offset: number, r: { start: number; end: number }): boolean {
  return offset >= r.start && offset <= r.end;
}

export function hoverAt(model: DockerfileModel, offset: number, lang: Lang): Hover | null {
  const ins = model.instructionAt(offset);
  if (ins === undefined) return null;
  const target = ins.onbuild !== undefined && within(offset, ins.onbuild.keywordRange) ? ins.onbuild : ins;
  if (within(offset, target.keywordRange)) return keywordHover(model, ins, target, lang);
  return null;
}

export function notesLink(concept: ConceptId, lang: Lang): string {
  const c = CONCEPTS[concept];
  const section = NOTES_SECTIONS[c.section];
  return commandLink(`${HOVER_LABELS.notes[lang]}: ${section.heading[lang]}`, 'dockerfileTutor.openNotes', { section: section.anchor });
}

function keywordHover(model: DockerfileModel, outer: Instruction, ins: Instruction, lang: Lang): Hover | null {
  const doc = instructionDoc(ins.name.toUpperCase());
  if (doc === undefined) return null;
  const phase = model.phaseOf(outer);
  const parts: string[] = [];
  parts.push(`**${doc.keyword}** · _${PHASE_TEXTS[phase].label[lang]}_ — ${doc.summary[lang]}`);
  parts.push(doc.body[lang]);
  const when = [`**${HOVER_LABELS.whenItMatters[lang]}**:`, fillTemplate(PHASE_TEXTS[phase].explain[lang], { keyword: doc.keyword })];
  if (model.runtimeVisible(outer)) when.push(RUNTIME_TEXT[lang]);
  parts.push(when.join(' '));
  parts.push(codeBlock(doc.example.code, doc.example.language));
  const line = model.lines.lineOf(ins.keywordRange.start);
  parts.push([
    notesLink(doc.concept, lang),
    `[${HOVER_LABELS.reference[lang]}](${doc.reference})`,
    commandLink(HOVER_LABELS.explain[lang], 'dockerfileTutor.explain', { line }),
  ].join(' · '));
  const contents: MarkupContent = { kind: 'markdown', value: parts.join('\n\n') };
  return { contents, range: model.lines.span(ins.keywordRange) };
}
