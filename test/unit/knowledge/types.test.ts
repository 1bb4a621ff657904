/**
 * Compile-time guarantees of the knowledge types, checked by `tsc --noEmit -p .` (each `@ts-expect-error`
 * fails the type-check if the line it marks stops being an error) and exercised at run time by mocha.
 */
import assert from 'node:assert/strict';
import type { Concept, InstructionDoc, Localized, NotesSection } from '../../../server/src/knowledge/types';
import { format } from '../../../server/src/knowledge/template';
import { VARIABLE_TEXTS } from '../../../server/src/knowledge/ui';

describe('knowledge: types', () => {
  it('rejects a text without its Korean version', () => {
    // @ts-expect-error: `ko` is missing
    const text: Localized = { en: 'only English' };
    assert.equal(text.en, 'only English');
  });

  it('rejects a concept in a notes section that does not exist', () => {
    const concept: Concept = {
      id: 'container',
      title: { en: 'T', ko: '제목' },
      summary: { en: 'S', ko: '요약' },
      body: { en: 'B', ko: '본문' },
      // @ts-expect-error: there is no section 4
      section: 's4',
    };
    assert.equal(concept.id, 'container');
  });

  it('rejects an instruction linked to a concept that does not exist', () => {
    const doc: InstructionDoc = {
      keyword: 'RUN',
      syntax: ['RUN <command>'],
      summary: { en: 'S', ko: '요약' },
      body: { en: 'B', ko: '본문' },
      // @ts-expect-error: no such concept
      concept: 'image-layer',
      example: { language: 'dockerfile', code: 'RUN true' },
      reference: 'https://docs.docker.com/reference/dockerfile/#run',
    };
    assert.equal(doc.keyword, 'RUN');
  });

  it('rejects a reference that is not on the Dockerfile reference page', () => {
    const section: Pick<InstructionDoc, 'reference'> = {
      // @ts-expect-error: http, and not the Dockerfile reference
      reference: 'http://example.com/',
    };
    assert.ok(section.reference.length > 0);
  });

  it('rejects a notes section with a parent that does not exist', () => {
    const s: NotesSection = {
      id: 's1',
      anchor: 's1',
      heading: { en: 'H', ko: '제목' },
      level: 2,
      // @ts-expect-error: no such section
      parent: 'intro',
    };
    assert.equal(s.level, 2);
  });

  it('rejects a template call with a missing placeholder value', () => {
    // @ts-expect-error: `line` is missing
    const text = format(VARIABLE_TEXTS.definedAt.en, {});
    assert.equal(text, 'Defined at line {line}');
  });
});
