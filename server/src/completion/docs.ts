/**
 * The markdown documentation of completion items and signatures, built from knowledge entries in the same
 * shape as the hovers (summary, syntax, body, when it matters, notes link, Docker reference).
 */
import type { MarkupContent } from 'vscode-languageserver-types';
import type { Lang } from '../../../common/src/protocol';
import { HOVER_LABELS } from '../knowledge/phases';
import type { CodeExample, ConceptId, HttpsUrl } from '../knowledge/types';
import { codeBlock } from '../hover/markdown';
import { notesLink } from '../hover/render';

export interface DocParts {
  /** One line (markdown). */
  readonly summary: string;
  readonly syntax?: readonly string[];
  /** Markdown paragraphs. */
  readonly body?: readonly string[];
  readonly when?: string;
  readonly example?: CodeExample;
  readonly concept?: ConceptId;
  readonly reference?: HttpsUrl;
}

export function docMarkdown(p: DocParts, lang: Lang): MarkupContent {
  const parts: string[] = [p.summary];
  if (p.syntax !== undefined && p.syntax.length > 0) parts.push(codeBlock(p.syntax.join('\n'), 'dockerfile'));
  for (const b of p.body ?? []) if (b.length > 0) parts.push(b);
  if (p.when !== undefined) parts.push(`**${HOVER_LABELS.whenItMatters[lang]}**: ${p.when}`);
  if (p.example !== undefined) parts.push(codeBlock(p.example.code, p.example.language));
  const links: string[] = [];
  if (p.concept !== undefined) links.push(notesLink(p.concept, lang));
  if (p.reference !== undefined) links.push(`[${HOVER_LABELS.reference[lang]}](${p.reference})`);
  if (links.length > 0) parts.push(links.join(' · '));
  return { kind: 'markdown', value: parts.join('\n\n') };
}
