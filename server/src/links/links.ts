/**
 * Document links: image references (FROM, COPY --from=<image>) to their registry page, rule codes in
 * `# hadolint ignore=` and `# check=skip=` comments to the rule's lesson, and mentions of the course notes
 * in comments (`§3.1`, `cloud-notes#s3-1-containers`) to that section of the notes.
 */
import type { DocumentLink } from 'vscode-languageserver-types';
import type { Lang } from '../../../common/src/protocol';
import type { Range } from '../parse/ast';
import { parseImageReference } from '../model/imageRef';
import type { DockerfileModel } from '../model/model';
import { EDITOR_TEXTS } from '../knowledge/editorTexts';
import { NOTES_SECTIONS, NOTES_SECTION_IDS } from '../knowledge/notes';
import { format } from '../knowledge/template';
import type { NotesSection } from '../knowledge/types';
import { ruleById } from '../rules/registry';
import { registryPage } from './registry';

export const OPEN_NOTES_COMMAND = 'dockerfileTutor.openNotes';

/** Where a rule's lesson is, e.g. the generated `docs/rules/<ID>.<lang>.md`. */
export type RuleHref = (code: string, lang: Lang) => string;

/** The notes section a `§1.2` mention names, by the number its heading starts with. */
function sectionByNumber(number: string): NotesSection | undefined {
  for (const id of NOTES_SECTION_IDS) {
    const s = NOTES_SECTIONS[id];
    if (new RegExp(`^${number.replace(/\./g, '\\.')}\\.(?!\\d)`).test(s.heading.en)) return s;
  }
  return undefined;
}

function sectionByAnchor(anchor: string): NotesSection | undefined {
  for (const id of NOTES_SECTION_IDS) if (NOTES_SECTIONS[id].anchor === anchor) return NOTES_SECTIONS[id];
  return undefined;
}

export function notesCommandUri(section: NotesSection): string {
  return `command:${OPEN_NOTES_COMMAND}?${encodeURIComponent(JSON.stringify({ section: section.anchor }))}`;
}

export function documentLinks(model: DockerfileModel, lang: Lang, ruleHref: RuleHref): DocumentLink[] {
  const links: { start: number; link: DocumentLink }[] = [];
  const add = (range: Range, target: string, tooltip: string): void => {
    links.push({ start: range.start, link: { range: model.lines.span(range), target, tooltip } });
  };

  // Images.
  for (const stage of model.stages) {
    if (stage.base === undefined || stage.image === undefined) continue;
    const page = registryPage(stage.image);
    if (page !== undefined) add(stage.base.range, page.url, format(EDITOR_TEXTS.linkImage[lang], { image: stage.resolvedBase ?? stage.base.value, registry: page.registry }));
  }
  for (const ref of model.stageRefs) {
    if (ref.kind !== 'copy-from' || ref.stage !== undefined || /^\d+$/.test(ref.token.value)) continue;
    if (model.findStage(ref.token.value) !== undefined) continue;
    const image = parseImageReference(ref.token.value);
    const page = image === undefined ? undefined : registryPage(image);
    if (page !== undefined) add(ref.token.range, page.url, format(EDITOR_TEXTS.linkImage[lang], { image: ref.token.value, registry: page.registry }));
  }

  // Rule codes and notes mentions in comments.
  const text = model.parse.text;
  for (const c of model.parse.comments) {
    const raw = text.slice(c.range.start, c.range.end);
    const list = /^#\s*hadolint\s+(?:global\s+)?ignore\s*=\s*/.exec(raw) ?? /^#\s*check\s*=\s*(?:[^;]*;\s*)*skip\s*=\s*/i.exec(raw);
    if (list !== null) {
      const listStart = list[0].length;
      const rest = raw.slice(listStart);
      for (const m of rest.matchAll(/[A-Za-z][A-Za-z0-9_]*/g)) {
        if (m.index === undefined) continue;
        const before = rest.slice(0, m.index);
        if (/[\s#;]/.test(before.replace(/\s*,\s*/g, ','))) break;
        const rule = ruleById(m[0]);
        if (rule === undefined) continue;
        const start = c.range.start + listStart + m.index;
        add({ start, end: start + m[0].length }, ruleHref(rule.id, lang), format(EDITOR_TEXTS.linkRule[lang], { rule: rule.id }));
      }
    }
    for (const m of raw.matchAll(/§\s?(\d+(?:\.\d+)*)|cloud-notes(?:\.(?:ko|en)\.md)?#([a-z0-9-]+)/g)) {
      if (m.index === undefined) continue;
      const section = m[1] !== undefined ? sectionByNumber(m[1]) : m[2] !== undefined ? sectionByAnchor(m[2]) : undefined;
      if (section === undefined) continue;
      const start = c.range.start + m.index;
      add({ start, end: start + m[0].length }, notesCommandUri(section), format(EDITOR_TEXTS.linkNotes[lang], { heading: section.heading[lang] }));
    }
  }
  return links.sort((a, b) => a.start - b.start).map((l) => l.link);
}
