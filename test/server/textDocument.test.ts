/**
 * The server's documents (lsp/textDocument.ts) against vscode-languageserver-textdocument, the library they stand in
 * for: after the same opening text and the same changes, every text, position, offset, line range and line break
 * must be the library's. Texts mix `\n`, `\r\n`, lone `\r` and characters outside the BMP; changes cut and join line
 * breaks, come with ranges reversed or out of the document, and replace the whole text.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument as Library, type Range, type TextDocument } from 'vscode-languageserver-textdocument';
import { lineStartsOf, SERVER_TEXT_DOCUMENTS } from '../../server/src/lsp/textDocument';

const PIECES = ['a', 'bc', 'FROM x', ' ', '\n', '\n', '\r\n', '\r\n', '\r', '\n\r', '😀', '\\', ''];
const textOf = (max: number): fc.Arbitrary<string> => fc.array(fc.constantFrom(...PIECES), { maxLength: max }).map((p) => p.join(''));
const position = fc.record({ line: fc.integer({ min: -1, max: 12 }), character: fc.integer({ min: -1, max: 12 }) });
const change: fc.Arbitrary<TextDocumentContentChangeEvent> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text: textOf(6) }) },
  { weight: 1, arbitrary: fc.record({ text: textOf(20) }) },
);

/** Every answer of `ours` is the library's. */
function assertSame(ours: TextDocument, theirs: TextDocument, where: string): void {
  const text = theirs.getText();
  assert.equal(ours.getText(), text, `${where}: text`);
  assert.equal(ours.version, theirs.version, `${where}: version`);
  assert.equal(ours.lineCount, theirs.lineCount, `${where}: line count`);
  for (let o = -1; o <= text.length + 1; o++) assert.deepEqual(ours.positionAt(o), theirs.positionAt(o), `${where}: positionAt(${o})`);
  for (let line = -1; line <= theirs.lineCount; line++) {
    assert.deepEqual(ours.getLineRange(line), theirs.getLineRange(line), `${where}: getLineRange(${line})`);
    assert.equal(ours.getEOLCharacters(line), theirs.getEOLCharacters(line), `${where}: getEOLCharacters(${line})`);
    for (let character = -1; character <= 8; character++) {
      assert.equal(ours.offsetAt({ line, character }), theirs.offsetAt({ line, character }), `${where}: offsetAt(${line}:${character})`);
    }
  }
  const range: Range = { start: { line: 0, character: 1 }, end: { line: 2, character: 1 } };
  assert.equal(ours.getText(range), theirs.getText(range), `${where}: getText(range)`);
}

describe('the server\'s text documents', () => {
  it('answer as the library does after the same random changes', () => {
    fc.assert(
      fc.property(textOf(30), fc.array(change, { maxLength: 8 }), fc.integer({ min: 0, max: 8 }), (text, changes, batch) => {
        const ours = SERVER_TEXT_DOCUMENTS.create('file:///a/Dockerfile', 'dockerfile', 1, text);
        const theirs = Library.create('file:///a/Dockerfile', 'dockerfile', 1, text);
        assertSame(ours, theirs, `opened with ${JSON.stringify(text)}`);
        // Changes come one per update, then the rest in updates of `batch` at a time (an update may carry several).
        let version = 1;
        for (let k = 0; k < changes.length; ) {
          const group = changes.slice(k, k + (k === 0 ? 1 : Math.max(1, batch)));
          k += group.length;
          version++;
          SERVER_TEXT_DOCUMENTS.update(ours, group, version);
          Library.update(theirs, group, version);
          assertSame(ours, theirs, `after ${JSON.stringify(changes.slice(0, k))} on ${JSON.stringify(text)}`);
        }
      }),
      { seed: 4, numRuns: 1500 },
    );
  });

  it('answer as the library does when a change comes before the line table is made', () => {
    fc.assert(
      fc.property(textOf(30), change, (text, c) => {
        const ours = SERVER_TEXT_DOCUMENTS.create('file:///a/Dockerfile', 'dockerfile', 1, text);
        const theirs = Library.create('file:///a/Dockerfile', 'dockerfile', 1, text);
        SERVER_TEXT_DOCUMENTS.update(ours, [c], 2);
        Library.update(theirs, [c], 2);
        assertSame(ours, theirs, `after ${JSON.stringify(c)} on ${JSON.stringify(text)}`);
      }),
      { seed: 5, numRuns: 1000 },
    );
  });

  it('find line starts after \\n, \\r\\n and a lone \\r, moved by the offset given', () => {
    assert.deepEqual(lineStartsOf('a\nb\r\nc\rd', true), [0, 2, 5, 7]);
    assert.deepEqual(lineStartsOf('\r\r\n\n', false, 10), [11, 13, 14]);
    assert.deepEqual(lineStartsOf('', true, 3), [3]);
    assert.deepEqual(lineStartsOf('x\ny', false), [2]);
  });

  it('refuse a document they did not make, and a change that is neither a range nor the whole text', () => {
    const theirs = Library.create('file:///a/Dockerfile', 'dockerfile', 1, 'FROM a\n');
    assert.throws(() => SERVER_TEXT_DOCUMENTS.update(theirs, [], 2), /not a document made by/);
    const ours = SERVER_TEXT_DOCUMENTS.create('file:///a/Dockerfile', 'dockerfile', 1, 'FROM a\n');
    const odd = { text: 1 } as unknown as TextDocumentContentChangeEvent;
    assert.throws(() => SERVER_TEXT_DOCUMENTS.update(ours, [odd], 2), /Unknown change event/);
  });
});
