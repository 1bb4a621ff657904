/**
 * A lint's diagnostics as one JSON text, with their lesson spans (what the lint worker sends: jsonDiagnostics.ts
 * says why), made from the previous version's where a finding is the same or was only moved. After an edit of a
 * large file most findings are kept by the incremental lint (rules/incremental.ts); converting and writing all of
 * them again (9,356 for the 2 MB test file: 3.2 MB of JSON) took about 25 ms of the edit.
 */
import type { Lang } from '../../../common/src/protocol';
import type { DockerfileModel } from '../model/model';
import type { Finding } from '../rules/lint';
import { movedFromFinding } from '../rules/incremental';
import { toDiagnostic } from './diagnostics';
import { LessonSpansBuilder, type LessonSpans } from './lessonSpans';

interface Entry {
  /** `JSON.stringify` of the finding's diagnostic. */
  readonly json: string;
  readonly startLine: number;
  readonly startCharacter: number;
  readonly endLine: number;
  readonly endCharacter: number;
  readonly code: string;
}

/** One document's: the entries of its last version's findings. */
export class DiagnosticsText {
  private lang: Lang | undefined;
  private entries = new Map<Finding, Entry>();

  /**
   * The diagnostics of `findings` (of `model`) in `lang` as the JSON text `JSON.stringify` makes of the array of
   * `toDiagnostic` (editor diagnostics), and their spans. A finding of the last version, or one moved from it with its
   * lines and characters kept, takes its entry from there.
   */
  make(model: DockerfileModel, findings: readonly Finding[], lang: Lang): { text: string; lessons: LessonSpans } {
    const previous = this.lang === lang ? this.entries : undefined;
    const entries = new Map<Finding, Entry>();
    const spans = new LessonSpansBuilder(findings.length);
    const parts = new Array<string>(findings.length);
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i]!;
      let entry = previous?.get(f);
      if (entry === undefined && previous !== undefined) {
        const from = movedFromFinding(f);
        if (from !== undefined) entry = previous.get(from);
      }
      if (entry === undefined) {
        const d = toDiagnostic(model, f, lang, true);
        const { start, end } = d.range;
        entry = { json: JSON.stringify(d), startLine: start.line, startCharacter: start.character, endLine: end.line, endCharacter: end.character, code: f.code };
      }
      entries.set(f, entry);
      parts[i] = entry.json;
      spans.set(i, entry.startLine, entry.startCharacter, entry.endLine, entry.endCharacter, entry.code);
    }
    this.lang = lang;
    this.entries = entries;
    return { text: `[${parts.join(',')}]`, lessons: spans.finish() };
  }
}
