/**
 * A lint's diagnostics as one JSON text, with their lesson spans (what the lint worker sends: jsonDiagnostics.ts
 * says why), made from the previous version's where a finding is the same or was only moved. After an edit of a
 * large file most findings are kept by the incremental lint (rules/incremental.ts); converting and writing all of
 * them again (9,356 for the 2 MB test file: 3.2 MB of JSON) took about 25 ms of the edit.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Lang } from '../../../common/src/protocol';
import type { DockerfileModel } from '../model/model';
import type { Finding } from '../rules/lint';
import { toDiagnostic } from './diagnostics';
import { CodeTable, NO_LESSON_SPANS, type LessonSpans } from './lessonSpans';

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

/**
 * The UTF-8 bytes of a text `DiagnosticsText.make` made in `lang`, in a buffer of their own (the lint worker moves it
 * to the main thread, which writes it into the message as it is: jsonDiagnostics.ts). English text is ASCII
 * (`asciiJson`), so its bytes are its characters, copied: for the 2 MB file's 3.2 MB, about 1.5 ms, against 5 ms for a
 * UTF-8 encoding. Before, the worker posted the text itself: copying it out of the worker and into the main thread, and
 * encoding it there with the message around it, took 20–40 ms of every edit of that file (timestamps on both threads).
 */
export function jsonBytes(text: string, lang: Lang): Uint8Array {
  const encoding = lang === 'en' ? 'latin1' : 'utf8';
  const bytes = new Uint8Array(encoding === 'latin1' ? text.length : Buffer.byteLength(text, 'utf8'));
  Buffer.from(bytes.buffer, 0, bytes.length).write(text, 0, encoding);
  return bytes;
}

/** The diagnostics whose JSON array `json` holds as UTF-8 bytes (`jsonBytes`), for where they are needed as objects. */
export function diagnosticsFromJson(json: Uint8Array): Diagnostic[] {
  return JSON.parse(new TextDecoder().decode(json)) as Diagnostic[];
}

interface Entry {
  /** `JSON.stringify` of the finding's diagnostic (`asciiJson` of it in English). */
  readonly json: string;
  readonly startLine: number;
  readonly startCharacter: number;
  readonly endLine: number;
  readonly endCharacter: number;
  readonly code: string;
}

/** What the text of a document's last version was made of, to make the next one from. */
interface Last {
  /** Per diagnostic, the finding its entry is kept under (`origin`, or the finding itself). */
  readonly keys: readonly Finding[];
  readonly text: string;
  /** Per diagnostic, the offset in `text` right after its JSON. */
  readonly ends: Int32Array;
  /** Copies of the spans sent (those move to the main thread). */
  readonly at: Int32Array;
  readonly codeOf: Uint32Array;
}

/**
 * One document's. Entries are kept per finding as first made (`Finding.origin`), while that finding lives (in the
 * incremental lint's memory, or as the origin of a kept one). The diagnostics the previous version began and ended with,
 * when this one begins and ends with the same (an edit keeps those before and after it), are taken from its text as it
 * is, with their spans, so only the changed middle is written (on the 2 MB file, making the whole text again from the
 * entries took about 8 ms of an edit).
 */
export class DiagnosticsText {
  private readonly entries: Record<Lang, WeakMap<Finding, Entry>> = { en: new WeakMap(), ko: new WeakMap() };
  /** Codes by index, the same from version to version (spans copied from the last version keep their indexes). */
  private readonly codes: Record<Lang, CodeTable> = { en: new CodeTable(), ko: new CodeTable() };
  private readonly last: Partial<Record<Lang, Last>> = {};

  /**
   * The diagnostics of `findings` (of `model`) in `lang` as the JSON text `JSON.stringify` makes of the array of
   * `toDiagnostic` (editor diagnostics; `asciiJson` of it in English), and their spans. A finding kept from an earlier
   * version, or moved from one with its lines and characters kept, takes the entry made then.
   */
  make(model: DockerfileModel, findings: readonly Finding[], lang: Lang): { text: string; lessons: LessonSpans } {
    const n = findings.length;
    const keys = new Array<Finding>(n);
    for (let i = 0; i < n; i++) keys[i] = findings[i]!.origin ?? findings[i]!;
    const last = this.last[lang];
    // The diagnostics this version begins and ends with that the last one began and ended with.
    let p = 0;
    let q = 0;
    const m = last === undefined ? 0 : last.keys.length;
    if (last !== undefined) {
      while (p < n && p < m && keys[p] === last.keys[p]) p++;
      while (q < n - p && q < m - p && keys[n - 1 - q] === last.keys[m - 1 - q]) q++;
    }
    const at = new Int32Array(4 * n);
    const codeOf = new Uint32Array(n);
    const ends = new Int32Array(n);
    const parts: string[] = [];
    let length: number;
    if (last !== undefined && p > 0) {
      length = last.ends[p - 1]!;
      parts.push(last.text.slice(0, length));
      at.set(last.at.subarray(0, 4 * p));
      codeOf.set(last.codeOf.subarray(0, p));
      ends.set(last.ends.subarray(0, p));
    } else {
      parts.push('[');
      length = 1;
    }
    const entries = this.entries[lang];
    const codes = this.codes[lang];
    for (let i = p; i < n - q; i++) {
      const f = findings[i]!;
      let entry = entries.get(keys[i]!);
      if (entry === undefined) {
        const d = toDiagnostic(model, f, lang, true);
        const { start, end } = d.range;
        const json = JSON.stringify(d);
        entry = { json: lang === 'en' ? asciiJson(json) : json, startLine: start.line, startCharacter: start.character, endLine: end.line, endCharacter: end.character, code: f.code };
        entries.set(keys[i]!, entry);
      }
      if (i > 0) {
        parts.push(',');
        length++;
      }
      parts.push(entry.json);
      length += entry.json.length;
      ends[i] = length;
      at[4 * i] = entry.startLine;
      at[4 * i + 1] = entry.startCharacter;
      at[4 * i + 2] = entry.endLine;
      at[4 * i + 3] = entry.endCharacter;
      codeOf[i] = codes.indexOf(entry.code);
    }
    if (last !== undefined && q > 0) {
      const from = m - q;
      const oldStart = from === 0 ? 1 : last.ends[from - 1]! + 1;
      if (n - q > 0) {
        parts.push(',');
        length++;
      }
      parts.push(last.text.slice(oldStart, last.ends[m - 1]));
      for (let k = 0; k < q; k++) ends[n - q + k] = last.ends[from + k]! - oldStart + length;
      at.set(last.at.subarray(4 * from, 4 * m), 4 * (n - q));
      codeOf.set(last.codeOf.subarray(from, m), n - q);
    }
    parts.push(']');
    const text = parts.join('');
    this.last[lang] = { keys, text, ends, at: at.slice(), codeOf: codeOf.slice() };
    return { text, lessons: n === 0 ? NO_LESSON_SPANS : { at, codeOf, codes: codes.list.slice() } };
  }
}
