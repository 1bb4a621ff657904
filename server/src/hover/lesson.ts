/**
 * The lesson of a finding, added to the hover of a position that has diagnostics: why it matters, the fix,
 * a ❌/✅ example and the notes link. Only texts of our own rules (by code) are used, never the message.
 */
import type { Lang } from '../../../common/src/protocol';
import { RULE_DOC_TEXTS } from '../knowledge/ruleDocs';
import { ruleById } from '../rules/registry';
import { codeBlock } from './markdown';
import { notesLink } from './render';

export function lessonMarkdown(codes: readonly string[], lang: Lang): string | undefined {
  const parts: string[] = [];
  for (const code of [...new Set(codes)]) {
    const rule = ruleById(code);
    if (rule === undefined) continue;
    const t = rule.text;
    parts.push([
      `**${rule.id}** · ${t.title[lang]}`,
      `**${RULE_DOC_TEXTS.why[lang]}**: ${t.why[lang]}`,
      `**${RULE_DOC_TEXTS.fix[lang]}**: ${t.fix[lang]}`,
      codeBlock(`# ❌\n${t.bad}\n# ✅\n${t.good}`, 'dockerfile'),
      notesLink(rule.concept, lang),
    ].join('\n\n'));
  }
  return parts.length === 0 ? undefined : parts.join('\n\n---\n\n');
}
