/**
 * A parse made a slice of lines at a time (`SlicedParse`, how the language server builds a large document's model
 * between requests): the same result as `parse(text)`, field by field, wherever the slices end: inside runs of
 * comments above an instruction, before continuation lines, heredoc bodies and directives.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parse, SlicedParse } from '../../../server/src/parse/parser';
import type { ParseResult } from '../../../server/src/parse/ast';
import { corpusDir, corpusFiles } from '../../helpers/corpus';
import { DOCKERFILE_PIECES } from '../../helpers/dockerfilePieces';
import { seededRandom } from '../../helpers/seeded';
import { assertSameParse } from './sameParse';

/** Parses `text` in slices of the given sizes (the last one repeated), and counts the steps that gave no result. */
function sliced(text: string, sizes: readonly number[]): { result: ParseResult; unfinished: number } {
  const p = new SlicedParse(text);
  let unfinished = 0;
  for (let k = 0; ; k++) {
    const r = p.step(sizes[Math.min(k, sizes.length - 1)]!);
    if (r !== undefined) return { result: r, unfinished };
    unfinished++;
    assert.ok(unfinished < 1_000_000, 'the sliced parse never ends');
  }
}

describe('sliced parse', () => {
  it('matches a full parse of random text, in slices of random sizes', () => {
    const textOf = fc.array(fc.constantFrom(...DOCKERFILE_PIECES), { maxLength: 120, size: 'medium' }).map((p) => p.join(''));
    let sliceEnds = 0;
    fc.assert(
      fc.property(textOf, fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 8 }), (text, sizes) => {
        const { result, unfinished } = sliced(text, sizes);
        sliceEnds += unfinished;
        assertSameParse(result, parse(text), `sliced parse of ${JSON.stringify(text)} in slices of ${sizes.join(', ')} lines`);
      }),
      { seed: 7, numRuns: 2000 },
    );
    // The property must have stopped parses in the middle, not only run them through in one slice.
    assert.ok(sliceEnds > 8000, `only ${sliceEnds} slices ended before the text did`);
  });

  it('matches a full parse of every corpus file read a few lines at a time', function () {
    this.timeout(60000);
    const dir = corpusDir();
    if (dir === undefined) assert.fail('the corpus (../shared/corpus, or DOCKERFILE_CORPUS) is missing: this test needs it');
    const random = seededRandom(20261126);
    const files = corpusFiles(dir);
    assert.ok(files.length > 100, `only ${files.length} corpus files`);
    for (const f of files) {
      const text = fs.readFileSync(f.path, 'utf8');
      const { result } = sliced(text, [1 + Math.floor(random() * 7), 1 + Math.floor(random() * 3)]);
      assertSameParse(result, parse(text), f.name);
    }
  });

  it('matches a full parse of huge.Dockerfile in the server\'s slices, and stops in the middle of it', function () {
    this.timeout(60000);
    const dir = corpusDir();
    if (dir === undefined) assert.fail('the corpus (../shared/corpus, or DOCKERFILE_CORPUS) is missing: this test needs it');
    const text = fs.readFileSync(path.join(dir, 'large', 'huge.Dockerfile'), 'utf8');
    const { result, unfinished } = sliced(text, [5000]);
    assert.ok(unfinished >= 10, `${unfinished} slices before the end of ${result.lineStarts.length} lines`);
    assertSameParse(result, parse(text), 'huge.Dockerfile');
  });

  it('gives the same result again once done, and reads the rest at once when asked to finish', () => {
    const text = 'FROM a\n# c\n# d\nRUN x \\\n  y\nRUN <<EOF\nbody\nEOF\nCOPY . /\n';
    const p = new SlicedParse(text);
    assert.equal(p.step(2), undefined);
    const done = p.finish();
    assertSameParse(done, parse(text), 'finished');
    assert.equal(p.step(1), done);
    assert.equal(p.finish(), done);
  });

  it('reads at least one line per step, whatever the size asked for', () => {
    const text = 'FROM a\nRUN b\nRUN c\n';
    const p = new SlicedParse(text);
    let steps = 0;
    while (p.step(0) === undefined) steps++;
    assert.ok(steps >= 1 && steps <= 3, `${steps} steps without a result`);
  });
});
