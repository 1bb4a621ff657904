/**
 * The concepts that the knowledge base itself links to (from instruction, flag, mount and directive
 * entries, and from concepts' `related` lists). Whoever wires hovers, rules and panel items can union
 * this with their own links to check that every concept is reachable.
 */
import { CONCEPTS, CONCEPT_IDS } from './concepts';
import { DIRECTIVES, DIRECTIVE_NAMES } from './directives';
import { FLAGS, INSTRUCTION_FLAGS, MOUNTS, MOUNT_TYPES } from './flags';
import { INSTRUCTIONS, INSTRUCTION_KEYWORDS } from './instructions';
import type { ConceptId, FlagDoc } from './types';

/** Concepts a hover on an instruction keyword, flag, mount type or directive links to (primary links only). */
export function conceptsLinkedFromHovers(): ReadonlySet<ConceptId> {
  const out = new Set<ConceptId>();
  for (const k of INSTRUCTION_KEYWORDS) out.add(INSTRUCTIONS[k].concept);
  for (const instruction of Object.keys(INSTRUCTION_FLAGS) as (keyof typeof INSTRUCTION_FLAGS)[]) {
    const table: Readonly<Record<string, FlagDoc>> = FLAGS[instruction];
    for (const doc of Object.values(table)) out.add(doc.concept);
  }
  for (const t of MOUNT_TYPES) out.add(MOUNTS[t].concept);
  for (const d of DIRECTIVE_NAMES) out.add(DIRECTIVES[d].concept);
  return out;
}

/** Concepts reachable from `from` by following `related` links (including `from` itself). */
export function conceptsReachableFrom(from: Iterable<ConceptId>): ReadonlySet<ConceptId> {
  const seen = new Set<ConceptId>();
  const queue = [...from];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(CONCEPTS[id].related ?? []));
  }
  return seen;
}

/** Every concept id, for the "every concept is reachable" test. */
export const ALL_CONCEPT_IDS: readonly ConceptId[] = CONCEPT_IDS;
