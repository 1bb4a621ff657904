/** Issue 9: the server keeps models within a budget of text, and reuses the one its in-process lint built. */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyze } from '../../server/src/model/model';
import { SlicedParse } from '../../server/src/parse/parser';
import { LintScheduler, type LintJob } from '../../server/src/lsp/lintWorker';
import { DEFAULT_LINT_CONFIG } from '../../server/src/rules/lint';
import { diagnosticsFor, ModelCache } from '../../server/src/service';
import { assertSameModel } from '../unit/parse/sameParse';
import { corpusDir, corpusFiles } from '../helpers/corpus';
import * as fs from 'node:fs';

/** The lint worker's bundle, as the server starts it (`npm run build` makes it). */
const WORKER = path.resolve(__dirname, '../../dist/lint-worker.js');

describe('ModelCache', () => {
  it('returns a model put for the same version without reading the text again', () => {
    const cache = new ModelCache(0, 2);
    const model = analyze('FROM alpine\n');
    cache.put('a', 3, undefined, model);
    assert.equal(cache.get('a', 3, () => assert.fail('parsed again'), undefined), model);
  });

  it('reports a rebuilt model when the version or the target differs from the one put', () => {
    const cache = new ModelCache(0, 2);
    const model = analyze('FROM alpine\n');
    cache.put('a', 3, undefined, model);
    assert.notEqual(cache.get('a', 4, () => 'FROM alpine\n', undefined), model);
    cache.put('a', 4, undefined, model);
    assert.notEqual(cache.get('a', 4, () => 'FROM alpine\n', 'build'), model);
  });

  it('drops the least recently used model when over the budget and more than the minimum are kept', () => {
    const cache = new ModelCache(0, 2);
    const [a, b, c] = ['FROM a\n', 'FROM b\n', 'FROM c\n'].map((t) => analyze(t));
    cache.put('a', 1, undefined, a!);
    cache.put('b', 1, undefined, b!);
    assert.equal(cache.get('a', 1, () => assert.fail('a was dropped'), undefined), a);
    cache.put('c', 1, undefined, c!);
    assert.equal(cache.get('a', 1, () => assert.fail('a was dropped'), undefined), a);
    assert.notEqual(cache.get('b', 1, () => 'FROM b\n', undefined), b);
  });

  it('builds the next version of a document from the previous version\'s parse, the same model as a fresh analysis', () => {
    const cache = new ModelCache();
    const v1 = 'FROM alpine AS a\nRUN apk add curl\nFROM a\nENV X=1\nCOPY . /src\n';
    const first = cache.get('a', 1, () => v1, undefined);
    const v2 = v1.replace('ENV X=1', 'ENV X=12 \\\n  Y=2');
    const second = cache.get('a', 2, () => v2, undefined);
    assertSameModel(second, analyze(v2));
    // The instructions before the edit are the previous version's objects.
    assert.equal(second.parse.instructions[2], first.parse.instructions[2]);
    assert.notEqual(second.parse.instructions[3], first.parse.instructions[3]);
  });

  it('keeps every model while their texts fit the budget, and counts a replaced or deleted one out', () => {
    const texts = ['FROM a\n', 'FROM bb\n', 'FROM ccc\n', 'FROM dddd\n'];
    const cache = new ModelCache(texts.join('').length, 1);
    texts.forEach((t, i) => cache.put(String(i), 1, undefined, analyze(t)));
    assert.equal(cache.keptChars, texts.join('').length);
    texts.forEach((t, i) => cache.get(String(i), 1, () => assert.fail(`model ${i} was dropped`), undefined));
    cache.put('0', 2, undefined, analyze('FROM aaaaaaaa\n'));
    // One character over the budget: the least recently used model (1) goes.
    assert.equal(cache.keptChars, texts.join('').length + 7 - 'FROM bb\n'.length);
    let parsedAgain = false;
    cache.get('1', 1, () => {
      parsedAgain = true;
      return texts[1]!;
    }, undefined);
    assert.ok(parsedAgain, 'model 1 should have been dropped');
    cache.delete('2');
    assert.equal(cache.keptChars, texts.join('').length + 7 - 'FROM ccc\n'.length);
    cache.clear();
    assert.equal(cache.keptChars, 0);
  });

  describe('built in slices', () => {
    const text = ['FROM alpine AS a', '# one', '# two', 'RUN apk add curl \\', '  git', 'FROM a', 'RUN <<EOF', 'echo hi', 'EOF', 'COPY . /src', ''].join('\n');

    it('reads a slice per call, then keeps the same model as a full analysis without reading the text again', () => {
      const cache = new ModelCache();
      let reads = 0;
      const read = (): string => {
        reads++;
        return text;
      };
      let calls = 1;
      while (!cache.buildSlice('a', 1, read, undefined, 0, 2)) calls++;
      assert.ok(calls >= 3, `built in ${calls} calls`);
      assert.equal(reads, 1);
      const model = cache.get('a', 1, () => assert.fail('parsed again'), undefined);
      assertSameModel(model, analyze(text));
      assert.equal(cache.buildSlice('a', 1, () => assert.fail('read again'), undefined, 0, 2), true);
    });

    it('reads on, a step of lines after another, while the time given for one call lasts', () => {
      const cache = new ModelCache();
      assert.equal(cache.buildSlice('a', 1, () => text, undefined, 60_000, 1), true);
      assertSameModel(cache.get('a', 1, () => assert.fail('not kept'), undefined), analyze(text));
    });

    it('builds two documents at once, their slices in turn, and says which version is being built', () => {
      const cache = new ModelCache();
      const other = text.replace('FROM a', 'FROM alpine AS b\nRUN true\nFROM b');
      let calls = 0;
      let doneA = false;
      let doneB = false;
      while (!(doneA && doneB)) {
        assert.ok(++calls < 100, 'the two builds never end');
        if (!doneA) assert.equal(cache.isBuilding('a', 1, undefined), calls > 1);
        doneA = doneA || cache.buildSlice('a', 1, () => text, undefined, 0, 1);
        doneB = doneB || cache.buildSlice('b', 7, () => other, undefined, 0, 1);
      }
      assert.ok(calls >= 3, `built in ${calls} turns`);
      assert.equal(cache.isBuilding('a', 1, undefined), false);
      assertSameModel(cache.get('a', 1, () => assert.fail('a not kept'), undefined), analyze(text));
      assertSameModel(cache.get('b', 7, () => assert.fail('b not kept'), undefined), analyze(other));
      assert.equal(cache.buildSlice('c', 1, () => text, undefined, 0, 1), false);
      assert.equal(cache.isBuilding('c', 1, undefined), true);
      assert.equal(cache.isBuilding('c', 2, undefined), false);
      assert.equal(cache.isBuilding('c', 1, 'a'), false);
    });

    it('forgets a build whose slice threw, so that nothing waits for it', () => {
      const cache = new ModelCache();
      const step = Object.getOwnPropertyDescriptor(SlicedParse.prototype, 'step')!;
      Object.defineProperty(SlicedParse.prototype, 'step', { ...step, value: (): never => assert.fail('broken slice') });
      try {
        assert.throws(() => cache.buildSlice('a', 1, () => text, undefined, 0, 1), /broken slice/);
      } finally {
        Object.defineProperty(SlicedParse.prototype, 'step', step);
      }
      assert.equal(cache.isBuilding('a', 1, undefined), false);
      assertSameModel(cache.get('a', 1, () => text, undefined), analyze(text));
    });

    it('finishes an unfinished build when the model is asked for', () => {
      const cache = new ModelCache();
      assert.equal(cache.buildSlice('a', 1, () => text, undefined, 0, 1), false);
      const model = cache.get('a', 1, () => assert.fail('parsed from the start'), undefined);
      assertSameModel(model, analyze(text));
      assert.equal(cache.get('a', 1, () => assert.fail('not kept'), undefined), model);
    });

    it('starts again for another version or target, and drops the build when the document is deleted', () => {
      const cache = new ModelCache();
      assert.equal(cache.buildSlice('a', 1, () => text, undefined, 0, 1), false);
      const v2 = text.replace('curl', 'wget');
      while (!cache.buildSlice('a', 2, () => v2, undefined, 0, 1));
      assertSameModel(cache.get('a', 2, () => assert.fail('v2 not kept'), undefined), analyze(v2));
      assert.equal(cache.buildSlice('a', 2, () => v2, 'a', 0, 1), false);
      cache.delete('a');
      // The dropped build is not finished by `get`: the text is read and parsed anew.
      let read = false;
      cache.get('a', 2, () => ((read = true), v2), 'a');
      assert.ok(read);
    });

    it('makes a later version from the kept one at once', () => {
      const cache = new ModelCache();
      while (!cache.buildSlice('a', 1, () => text, undefined, 0, 3));
      const first = cache.get('a', 1, () => text, undefined);
      const v2 = text.replace('COPY . /src', 'COPY . /app');
      assert.equal(cache.buildSlice('a', 2, () => v2, undefined, 0, 1), true);
      const second = cache.get('a', 2, () => assert.fail('not kept'), undefined);
      assertSameModel(second, analyze(v2));
      assert.equal(second.parse.instructions[0], first.parse.instructions[0]);
    });
  });
});

describe('LintScheduler in-process lint', () => {
  it('hands the model it built to onModel with the job', async () => {
    const seen: { version: number; instructions: number }[] = [];
    const scheduler = new LintScheduler('unused.js', () => undefined, (job, model) => seen.push({ version: job.version, instructions: model.parse.instructions.length }));
    const job: LintJob = { uri: 'file:///x/Dockerfile', version: 7, text: 'FROM alpine\nRUN echo hi\n', lang: 'en', target: undefined, config: DEFAULT_LINT_CONFIG };
    const diagnostics = await scheduler.lint(job);
    assert.ok(Array.isArray(diagnostics));
    assert.deepEqual(seen, [{ version: 7, instructions: 2 }]);
  });
});

describe('LintScheduler explain in the worker', () => {
  const job: LintJob = { uri: 'file:///x/Dockerfile', version: 1, text: 'FROM alpine AS a\nRUN apk add curl\nFROM a\nCMD ["sh"]\n', lang: 'en', target: undefined, config: DEFAULT_LINT_CONFIG };

  it('answers with the analysis computed by the worker thread (dist/lint-worker.js)', async function () {
    this.timeout(30000);
    const scheduler = new LintScheduler(WORKER, () => undefined);
    try {
      const r = await scheduler.explain(job);
      assert.ok(r !== undefined, 'the worker gave no analysis');
      assert.equal(r.stages.length, 2);
      assert.ok(r.stages[0]!.instructions[1]!.findings.some((f) => f.code === 'DL3018'));
    } finally {
      scheduler.dispose();
    }
  });

  it('resolves with nothing (the caller analyses in-process) when the worker cannot run', async function () {
    this.timeout(30000);
    const scheduler = new LintScheduler(path.resolve(__dirname, 'no-such-worker.js'), () => undefined);
    try {
      assert.equal(await scheduler.explain(job), undefined);
    } finally {
      scheduler.dispose();
    }
  });
});

describe('LintScheduler with a large document', () => {
  // Large enough for the worker (LARGE_DOCUMENT_CHARS), with a finding (DL3018) in every stage.
  const text = 'FROM alpine AS a\nRUN apk add curl\n'.repeat(2500);
  const job = (version: number): LintJob => ({ uri: 'file:///big/Dockerfile', version, text, lang: 'en', target: undefined, config: DEFAULT_LINT_CONFIG });

  /** Waits (up to 20 s) until the scheduler has no worker; the caller asserts that. */
  async function untilWorkerStopped(scheduler: LintScheduler): Promise<void> {
    const start = Date.now();
    while (scheduler.hasWorker && Date.now() - start < 20000) await new Promise((r) => setTimeout(r, 20));
  }

  /** Lints the document twice through a scheduler whose worker script is `script`: both give the same diagnostics. */
  async function lintTwice(script: string): Promise<{ first: number; logs: string[] }> {
    const logs: string[] = [];
    const scheduler = new LintScheduler(script, (m) => logs.push(m));
    try {
      const first = await scheduler.lint(job(1));
      const second = await scheduler.lint(job(2));
      assert.equal(second?.length, first?.length);
      return { first: first?.filter((d) => d.code === 'DL3018').length ?? 0, logs };
    } finally {
      scheduler.dispose();
    }
  }

  it('lints it in the worker thread once the worker is ready, and again with the same worker', async function () {
    this.timeout(60000);
    const r = await lintTwice(WORKER);
    assert.equal(r.first, 2500);
    assert.deepEqual(r.logs, []);
  });

  it('stops the worker after it has been idle for the set time, and starts a new one for the next large document', async function () {
    this.timeout(60000);
    const scheduler = new LintScheduler(WORKER, () => undefined, undefined, () => false, 200);
    try {
      const first = await scheduler.lint(job(1));
      assert.equal(scheduler.hasWorker, true, 'no worker linted the large document');
      await untilWorkerStopped(scheduler);
      assert.equal(scheduler.hasWorker, false, 'the idle worker was not stopped');
      const again = await scheduler.lint(job(2));
      assert.equal(scheduler.hasWorker, true);
      assert.equal(again?.filter((d) => d.code === 'DL3018').length, 2500);
      assert.deepEqual(again, first);
    } finally {
      scheduler.dispose();
    }
  });

  it('keeps the worker while jobs keep coming within the idle time', async function () {
    this.timeout(60000);
    const scheduler = new LintScheduler(WORKER, () => undefined, undefined, () => false, 1500);
    try {
      await scheduler.lint(job(1));
      // Each lint of this document takes well under the idle time; the timer starts again after each.
      for (let v = 2; v < 6; v++) {
        await new Promise((r) => setTimeout(r, 300));
        await scheduler.lint(job(v));
        assert.equal(scheduler.hasWorker, true, `the worker was stopped before job ${v} ended`);
      }
    } finally {
      scheduler.dispose();
    }
  });

  it('keeps the idle worker while a large document is open, and stops it once none is and the server says so', async function () {
    this.timeout(60000);
    let open = true;
    const scheduler = new LintScheduler(WORKER, () => undefined, undefined, () => open, 100);
    try {
      await scheduler.lint(job(1));
      await new Promise((r) => setTimeout(r, 600));
      assert.equal(scheduler.hasWorker, true, 'the worker was stopped while a large document was open');
      open = false;
      scheduler.retireWhenIdle();
      await untilWorkerStopped(scheduler);
      assert.equal(scheduler.hasWorker, false, 'the idle worker was not stopped after the large document closed');
    } finally {
      scheduler.dispose();
    }
  });

  it('lints the same after the document was closed (forget) as before, in the same worker', async function () {
    this.timeout(60000);
    const scheduler = new LintScheduler(WORKER, () => undefined);
    try {
      const before = await scheduler.lint(job(1));
      scheduler.forget('file:///big/Dockerfile');
      scheduler.forget('file:///never/opened/Dockerfile');
      const after = await scheduler.lint(job(2));
      assert.equal(scheduler.hasWorker, true);
      assert.equal(after?.filter((d) => d.code === 'DL3018').length, 2500);
      assert.deepEqual(after, before);
    } finally {
      scheduler.dispose();
    }
  });

  it('lints every version of a chain of edits of a large document in the worker as a fresh in-process lint does', async function () {
    this.timeout(120000);
    const dir = corpusDir();
    // Missing corpus: corpusDir said so loudly (and failed under CI); the test is pending, not a pass.
    if (dir === undefined) this.skip();
    // Real files, joined until the document is large enough for the worker; edits at pseudo-random places.
    let doc = '';
    for (const f of corpusFiles(dir)) {
      if (doc.length > 80_000) break;
      doc += fs.readFileSync(f.path, 'utf8') + '\n';
    }
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    // Pieces that change an instruction, move lines, or change what other instructions and stages see.
    const pieces = [' ', '\n', 'x', '\\\n', '"', 'RUN apt-get install curl\n', '<<EOF\n', '# c\n', '', 'ENV A=1\n', 'WORKDIR rel\n', 'SHELL ["pwsh", "-c"]\n', 'COPY --from=0 /a /b\n', '# hadolint ignore=DL3008\n'];
    const scheduler = new LintScheduler(WORKER, () => undefined);
    try {
      for (let version = 1; version <= 30; version++) {
        const diagnostics = await scheduler.lint({ uri: 'file:///chain/Dockerfile', version, text: doc, lang: 'en', target: undefined, config: DEFAULT_LINT_CONFIG });
        assert.equal(scheduler.hasWorker, true);
        // Rule doc links point next to the running code (dist/ there, the sources here).
        const sameLinks = (x: unknown): unknown => JSON.parse(JSON.stringify(x).replace(/file:\/\/[^"]*?\/docs\/rules\//g, 'docs/rules/'));
        assert.deepEqual(sameLinks(diagnostics), sameLinks(diagnosticsFor(doc, 'en')), `version ${version}`);
        const at = next(doc.length);
        doc = doc.slice(0, at) + pieces[next(pieces.length)]! + doc.slice(at + next(3));
      }
    } finally {
      scheduler.dispose();
    }
  });

  it('hands the job to a starting worker at once, without waiting for its ready message', async function () {
    this.timeout(30000);
    // This worker never says it is ready: a scheduler that waited for that would never get an answer.
    const scheduler = new LintScheduler(path.resolve(__dirname, '../fixtures/workers/neverReady.js'), () => undefined);
    try {
      const diagnostics = await scheduler.lint(job(7));
      assert.deepEqual(diagnostics?.map((d) => d.message), ['linted version 7']);
    } finally {
      scheduler.dispose();
    }
  });

  it('lints it in-process, and says so once, when the worker cannot start', async function () {
    this.timeout(60000);
    const r = await lintTwice(path.resolve(__dirname, 'no-such-worker.js'));
    assert.equal(r.first, 2500);
    assert.equal(r.logs.filter((l) => l.includes('cannot start')).length, 1, r.logs.join('\n'));
  });
});
