/**
 * Issue 3: every heading of the notes maps to a concept (checked in notes tests), and every concept is
 * reachable from the editor: from a hover, a rule's lesson or a panel item, directly or through `related`.
 */
import * as assert from 'node:assert/strict';
import { CONCEPTS } from '../../../server/src/knowledge/concepts';
import { ALL_CONCEPT_IDS, conceptsLinkedFromHovers, conceptsReachableFrom } from '../../../server/src/knowledge/links';
import * as panel from '../../../server/src/knowledge/panel';
import type { ConceptId, NotesSectionId } from '../../../server/src/knowledge/types';
import { RULES } from '../../../server/src/rules/registry';

/** Every `section` id the panel's data links to. */
function panelSections(v: unknown, out: Set<NotesSectionId>): Set<NotesSectionId> {
  if (Array.isArray(v)) for (const x of v) panelSections(x, out);
  else if (typeof v === 'object' && v !== null) {
    for (const [k, x] of Object.entries(v)) {
      if (k === 'section' && typeof x === 'string') out.add(x as NotesSectionId);
      else panelSections(x, out);
    }
  }
  return out;
}

describe('concept reachability', () => {
  it('reaches every concept from a hover, a rule or a panel item', () => {
    const sections = panelSections(panel, new Set());
    assert.ok(sections.size > 0, 'the panel links to no notes section');
    const fromPanel = ALL_CONCEPT_IDS.filter((id) => sections.has(CONCEPTS[id].section));
    const fromRules: ConceptId[] = RULES.map((r) => r.concept);
    const reachable = conceptsReachableFrom([...conceptsLinkedFromHovers(), ...fromRules, ...fromPanel]);
    const missing = ALL_CONCEPT_IDS.filter((id) => !reachable.has(id));
    assert.deepEqual(missing, []);
  });
});
