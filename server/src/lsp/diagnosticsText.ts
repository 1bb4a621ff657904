/**
 * A lint's diagnostics as one JSON text, with their lesson spans (what the lint worker sends: jsonDiagnostics.ts
 * says why), made from the previous version's where a finding is the same or was only moved. After an edit of a
 * large file most findings are kept by the incremental lint (rules/incremental.ts); converting and writing all of
 * them again (9,356 for the 2 MB test file: 3.2 MB of JSON) took about 25 ms of the edit.
 */
import type { Lang } from '../../../common/src/protocol';
import type { DockerfileModel } from '../model/model';
import type { Finding } from '../rules/lint';
import { toDiagnostic } from './diagnostics';
import { LessonSpansBuilder, type LessonSpans } from './lessonSpans';

/**
 * JSON text with every character beyond ASCII written as a `\u` escape: the same value for a JSON reader. English
 * messages are ASCII but for a few marks (an ellipsis where a quoted text is cut); one such mark made the whole text of
 * the 2 MB file's diagnostics two bytes a character, which doubled what is copied to the main thread and made its
 * UTF-8 encoding slow (about 20 ms of every publish). Korean messages are mostly beyond ASCII: escaped, they would
 * take twice the bytes, so they are left as they are.
 */
export function asciiJson(json: string): string {
  return NOT_ASCII.test(json) ? json.replace(NOT_ASCII_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}

const NOT_ASCII = /[\u0080-\uffff]/;
const NOT_ASCII_ALL = /[\u0080-\uffff]/g;

interface Entry {
  /** `JSON.stringify` of the finding's diagnostic (`asciiJson` of it in English). */
  readonly json: string;
  readonly startLine: number;
  readonly startCharacter: number;
  readonly endLine: number;
  readonly endCharacter: number;
  readonly code: string;
}

/**
 * One document's. Entries are kept per finding as first made (`Finding.origin`), while that finding lives (in the
 * incremental lint's memory, or as the origin of a kept one).
 */
export class DiagnosticsText {
  private readonly entries: Record<Lang, WeakMap<Finding, Entry>> = { en: new WeakMap(), ko: new WeakMap() };

  /**
   * The diagnostics of `findings` (of `model`) in `lang` as the JSON text `JSON.stringify` makes of the array of
   * `toDiagnostic` (editor diagnostics; `asciiJson` of it in English), and their spans. A finding kept from an earlier version, or moved from one
   * with its lines and characters kept, takes the entry made then.
   */
  make(model: DockerfileModel, findings: readonly Finding[], lang: Lang): { text: string; lessons: LessonSpans } {
    const entries = this.entries[lang];
    const spans = new LessonSpansBuilder(findings.length);
    const parts = new Array<string>(findings.length);
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i]!;
      const key = f.origin ?? f;
      let entry = entries.get(key);
      if (entry === undefined) {
        const d = toDiagnostic(model, f, lang, true);
        const { start, end } = d.range;
        const json = JSON.stringify(d);
        entry = { json: lang === 'en' ? asciiJson(json) : json, startLine: start.line, startCharacter: start.character, endLine: end.line, endCharacter: end.character, code: f.code };
        entries.set(key, entry);
      }
      parts[i] = entry.json;
      spans.set(i, entry.startLine, entry.startCharacter, entry.endLine, entry.endCharacter, entry.code);
    }
    return { text: `[${parts.join(',')}]`, lessons: spans.finish() };
  }
}
