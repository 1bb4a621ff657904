/**
 * The lint worker's diagnostics text (lsp/diagnosticsText.ts): after every edit of a chain linted incrementally, the
 * text equals `JSON.stringify` of the diagnostics made afresh, and the lesson spans equal theirs, though most entries
 * come from the version before. Edits that move lines or the characters of a line after the change, and a switch of
 * language, must not reuse an entry that no longer fits.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Lang } from '../../../common/src/protocol';
import { analyze, type DockerfileModel } from '../../../server/src/model/model';
import { DEFAULT_LINT_CONFIG, lintRemembering, type LintMemory } from '../../../server/src/rules/lint';
import { RULES } from '../../../server/src/rules/registry';
import { toDiagnostic } from '../../../server/src/lsp/diagnostics';
import { lessonSpans, type LessonSpans } from '../../../server/src/lsp/lessonSpans';
import { asciiJson, DiagnosticsText } from '../../../server/src/lsp/diagnosticsText';
import { corpusDir } from '../../helpers/corpus';

function spansOf(spans: LessonSpans): string[] {
  return [...spans.codeOf].map((k, i) => `${[...spans.at.subarray(4 * i, 4 * i + 4)].join(',')} ${spans.codes[k] ?? '?'}`);
}

class Chain {
  private model: DockerfileModel | undefined;
  private memory: LintMemory | undefined;
  private readonly text = new DiagnosticsText();
  /** How many findings of the last step were kept from the step before (the same object, or moved from one). */
  kept = 0;

  step(source: string, lang: Lang, label: string): void {
    const model = analyze(source, { previous: this.model });
    const { findings, memory } = lintRemembering(model, DEFAULT_LINT_CONFIG, RULES, undefined, this.memory);
    const before = new Set(this.memory === undefined ? [] : [...this.memory.local.values()].flat());
    this.kept = findings.filter((f) => before.has(f) || f.origin !== undefined).length;
    this.model = model;
    this.memory = memory;
    const made = this.text.make(model, findings, lang);
    const fresh = findings.map((f) => toDiagnostic(model, f, lang, true));
    assert.equal(made.text, lang === 'en' ? asciiJson(JSON.stringify(fresh)) : JSON.stringify(fresh), label);
    assert.deepEqual(JSON.parse(made.text), fresh, label);
    // The same span and code per diagnostic (code tables may differ in order and hold codes of earlier versions).
    assert.deepEqual(spansOf(made.lessons), spansOf(lessonSpans(fresh)), label);
  }
}

const BASE = [
  'FROM ubuntu:22.04 AS build',
  'RUN apt-get update && apt-get install -y curl',
  '    RUN cd /tmp && wget http://example.com/x',
  'WORKDIR app',
  'FROM build',
  'RUN pip install flask',
  'MAINTAINER someone',
  '',
].join('\n');

describe('diagnostics text of the lint worker', () => {
  it('writes characters beyond ASCII as escapes that read back the same', () => {
    const json = JSON.stringify({ message: 'a … b 가 \u{1F600} "q" \\' });
    assert.equal(asciiJson(json), '{"message":"a \\u2026 b \\uac00 \\ud83d\\ude00 \\"q\\" \\\\"}');
    assert.deepEqual(JSON.parse(asciiJson(json)), JSON.parse(json));
    assert.ok(![...asciiJson(json)].some((c) => c.charCodeAt(0) > 0x7f));
  });

  it('equals the diagnostics made afresh after edits that move lines and characters, and a change of language', () => {
    const chain = new Chain();
    let text = BASE;
    chain.step(text, 'en', 'open');
    const edits: [string, (t: string) => string][] = [
      ['a character at the end of a line', (t) => t.replace('curl', 'curl ')],
      ['a line added above', (t) => `# comment\n${t}`],
      ['indentation of a later line', (t) => t.replace('    RUN cd', '  RUN cd')],
      ['same length, newline moved', (t) => t.replace('# comment\nFROM', '#\ncommentFROM').replace('#\ncommentFROM', '# comment\nFROM')],
      ['a line removed', (t) => t.replace('WORKDIR app\n', '')],
      ['a line break inside the change', (t) => t.replace('apt-get update && ', 'apt-get update &&\\\n  ')],
    ];
    for (const [label, edit] of edits) {
      text = edit(text);
      chain.step(text, 'en', label);
    }
    chain.step(text, 'ko', 'the same text in Korean');
    chain.step(text.replace('flask', 'flask '), 'ko', 'an edit in Korean');
  });

  it('keeps most diagnostics of the 2 MB file after a character typed in its middle, and equals them afresh', function () {
    this.timeout(120_000);
    const dir = corpusDir();
    if (dir === undefined) return this.skip();
    const text = fs.readFileSync(path.join(dir, 'large', 'huge.Dockerfile'), 'utf8');
    const lines = text.split('\n');
    const mid = Math.floor(lines.length / 2);
    const chain = new Chain();
    chain.step(text, 'en', 'open');
    lines[mid] = `${lines[mid] ?? ''} `;
    chain.step(lines.join('\n'), 'en', 'a space in the middle');
    assert.ok(chain.kept > 8000, `${chain.kept} findings kept`);
    lines.splice(mid, 0, 'RUN apt-get install -y vim');
    chain.step(lines.join('\n'), 'en', 'a line added in the middle');
  });
});
