/** The common shape of every hover: title line, detail, when it matters, example, links. */
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import type { Lang } from '../../../common/src/protocol';
import type { Instruction, Range } from '../parse/ast';
import type { DockerfileModel } from '../model/model';
import { CONCEPTS } from '../knowledge/concepts';
import { instructionDoc } from '../knowledge/instructions';
import { NOTES_SECTIONS } from '../knowledge/notes';
import { HOVER_LABELS } from '../knowledge/phases';
import type { CodeExample, ConceptId, HttpsUrl } from '../knowledge/types';
import { codeBlock, commandLink } from './markdown';

/** The commands hover markdown may run; the client trusts only these. */
export const TRUSTED_COMMANDS = ['dockerfileTutor.explain', 'dockerfileTutor.openNotes'] as const;

export function within(offset: number, r: Range): boolean {
  return offset >= r.start && offset <= r.end;
}

export function notesLink(concept: ConceptId, lang: Lang): string {
  const c = CONCEPTS[concept];
  const section = NOTES_SECTIONS[c.section];
  return commandLink(`${HOVER_LABELS.notes[lang]}: ${section.heading[lang]}`, 'dockerfileTutor.openNotes', { section: section.anchor });
}

/** The notes anchor a concept links to. */
export function notesAnchor(concept: ConceptId): string {
  return NOTES_SECTIONS[CONCEPTS[concept].section].anchor;
}

/** Concept of an instruction keyword, for hovers on its parts. */
export function conceptOf(ins: Instruction): ConceptId {
  return instructionDoc(ins.name.toUpperCase())?.concept ?? 'dockerfile';
}

export interface HoverParts {
  /** First line, markdown (document text already escaped). */
  readonly title: string;
  /** Detail paragraphs, markdown. */
  readonly body: readonly string[];
  /** Sentences of "When it matters". */
  readonly when: readonly string[];
  readonly example: CodeExample | undefined;
  readonly concept: ConceptId;
  readonly reference: HttpsUrl;
  /** Where the hover is (its range), and the line the Explain link opens. */
  readonly range: Range;
}

export function renderHover(model: DockerfileModel, p: HoverParts, lang: Lang): Hover {
  const parts: string[] = [p.title];
  for (const b of p.body) if (b.length > 0) parts.push(b);
  if (p.when.length > 0) parts.push([`**${HOVER_LABELS.whenItMatters[lang]}**:`, ...p.when].join(' '));
  if (p.example !== undefined) parts.push(codeBlock(p.example.code, p.example.language));
  const line = model.lines.lineOf(p.range.start);
  parts.push([
    notesLink(p.concept, lang),
    `[${HOVER_LABELS.reference[lang]}](${p.reference})`,
    commandLink(HOVER_LABELS.explain[lang], 'dockerfileTutor.explain', { line }),
  ].join(' · '));
  const contents: MarkupContent = { kind: 'markdown', value: parts.join('\n\n') };
  return { contents, range: model.lines.span(p.range) };
}

/** A list of short lines as a markdown bullet list. */
export function bullets(lines: readonly string[]): string {
  return lines.filter((l) => l.length > 0).map((l) => `- ${l}`).join('\n');
}

/** 1-based line number of an offset, for display. */
export function displayLine(model: DockerfileModel, offset: number): number {
  return model.lines.lineOf(offset) + 1;
}
