/**
 * Renders the rule lessons shipped in the .vsix: `docs/rules/<ID>.<lang>.md` and `docs/rules/index.<lang>.md`.
 * Generated from the rule registry and the knowledge base; `test/unit/rules/docs.test.ts` fails when the
 * committed files are stale. Regenerate with `npm run generate:docs`.
 */
import { LANGS, type Lang } from '../common/src/protocol';
import { CONCEPTS } from '../server/src/knowledge/concepts';
import { NOTES_FILES, NOTES_SECTIONS } from '../server/src/knowledge/notes';
import { RULE_DOC_TEXTS as T } from '../server/src/knowledge/ruleDocs';
import { fillTemplate } from '../server/src/knowledge/template';
import { RULES } from '../server/src/rules/registry';
import type { Rule } from '../server/src/rules/types';

function fence(code: string): string {
  return '```dockerfile\n' + code.replace(/\n$/, '') + '\n```';
}

export function ruleDoc(rule: Rule, lang: Lang): string {
  const t = rule.text;
  const concept = CONCEPTS[rule.concept];
  const section = NOTES_SECTIONS[concept.section];
  const checkName = rule.source === 'buildkit' ? rule.id : rule.aliases?.find((a) => /^[A-Z][a-zA-Z]+$/.test(a));
  const level = rule.upstreamSeverity !== undefined && rule.upstreamSeverity !== rule.defaultSeverity
    ? `\`${rule.defaultSeverity}\` (${T.upstream[lang]}: \`${rule.upstreamSeverity}\`)`
    : `\`${rule.defaultSeverity}\``;
  const lines = [
    `# ${rule.id}: ${t.title[lang]}`,
    '',
    `${T.source[lang]}: ${rule.source} · ${T.severity[lang]}: ${level}` + (rule.aliases !== undefined && rule.aliases.length > 0 ? ` · ${T.aliases[lang]}: ${rule.aliases.map((a) => `\`${a}\``).join(', ')}` : ''),
    '',
    ...(rule.offByDefault === true ? [T.offByDefault[lang], ''] : []),
    `> ${fillTemplate(t.messages.default[lang], {})}`,
    '',
    `## ${T.why[lang]}`,
    '',
    t.why[lang],
    '',
    `## ${T.bad[lang]}`,
    '',
    fence(t.bad),
    '',
    `## ${T.good[lang]}`,
    '',
    fence(t.good),
    '',
    `## ${T.fix[lang]}`,
    '',
    t.fix[lang],
    '',
    `## ${T.notes[lang]}`,
    '',
    `[${concept.title[lang]}](../../${NOTES_FILES[lang]}#${section.anchor}) (${section.heading[lang]}): ${concept.summary[lang]}`,
    '',
  ];
  if (rule.source !== 'builder') {
    lines.push(`## ${T.suppress[lang]}`, '', fillTemplate(T.suppressText[lang], { id: rule.id, check: checkName === undefined ? '' : fillTemplate(T.suppressCheck[lang], { name: checkName }) }), '');
  }
  return lines.join('\n');
}

export function ruleIndex(lang: Lang): string {
  const rows = [...RULES].sort((a, b) => a.id.localeCompare(b.id)).map((r) => `| [${r.id}](${r.id}.${lang}.md) | ${r.source} | ${r.defaultSeverity} | ${r.text.title[lang]} |`);
  return [`# ${T.indexTitle[lang]}`, '', T.sourceNames[lang], '', '| id | source | level | |', '| --- | --- | --- | --- |', ...rows, ''].join('\n');
}

/** Every generated file, path (relative to the repo root) → content. */
export function renderRuleDocs(): Map<string, string> {
  const out = new Map<string, string>();
  for (const lang of LANGS) {
    for (const r of RULES) out.set(`docs/rules/${r.id}.${lang}.md`, ruleDoc(r, lang));
    out.set(`docs/rules/index.${lang}.md`, ruleIndex(lang));
  }
  return out;
}
