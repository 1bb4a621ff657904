import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from '../../../server/src/parse/parser';
import { analyze } from '../../../server/src/model/model';
import { corpusDir, corpusFiles } from '../../helpers/corpus';

const corpus = corpusDir();

if (corpus !== undefined) {
  describe('parser on the corpus', function () {
    this.timeout(60000);
    const files = corpusFiles(corpus);

    it('never throws, keeps every range inside the document, and finds no parse error in a real file', () => {
      for (const f of files) {
        const text = fs.readFileSync(f.path, 'utf8');
        const r = parse(text);
        for (const i of r.instructions) assert.ok(i.range.start >= 0 && i.range.end <= text.length, f.name);
        analyze(text);
        if (f.category === 'real') assert.deepEqual(r.errors.map((e) => e.message), [], f.name);
      }
    });

    it('parses huge.Dockerfile into every instruction', () => {
      const text = fs.readFileSync(path.join(corpus, 'large', 'huge.Dockerfile'), 'utf8');
      const r = parse(text);
      assert.deepEqual(r.errors, []);
      assert.ok(r.instructions.length > 10000);
      assert.ok(r.instructions.filter((i) => i.name === 'from').length >= 1691);
    });

    it('ends the COPY of the mongo nanoserver file at its escaped backslash, as BuildKit does', () => {
      const text = fs.readFileSync(path.join(corpus, 'dockerfiles', 'docker-library__mongo__7.0__windows__nanoserver-ltsc2022__Dockerfile'), 'utf8');
      const copy = parse(text).instructions.find((i) => i.name === 'copy')!;
      assert.equal(copy.endLine + 1, 22);
    });
  });
}
