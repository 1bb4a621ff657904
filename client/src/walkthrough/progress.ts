/**
 * When the walkthrough's "fix a finding" step is done, decided without VS Code: the example document
 * has fewer findings of some code than when its findings were first seen, and it still has content
 * (emptying the file does not count). Counting per code means that typing on a line without fixing
 * it changes nothing, while a quick fix or a hand edit that removes a finding does.
 */

/** Counts findings per code. */
function countByCode(codes: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of codes) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

/** Tracks the findings of the walkthrough's example document. */
export class FixProgress {
  private baseline: ReadonlyMap<string, number> | undefined;

  /** Feeds the codes of the document's current findings; true once a first-seen finding is gone. */
  update(codes: readonly string[], documentIsEmpty: boolean): boolean {
    const now = countByCode(codes);
    if (this.baseline === undefined) {
      if (now.size > 0) this.baseline = now;
      return false;
    }
    if (documentIsEmpty) return false;
    for (const [code, before] of this.baseline) {
      if ((now.get(code) ?? 0) < before) return true;
    }
    return false;
  }
}
