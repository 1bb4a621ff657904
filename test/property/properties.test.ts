/**
 * Property tests (fast-check): random text and random mutations of corpus files never make the parser, the
 * model, a rule, hover, the Explain analysis or formatting throw or report a range outside the document, and
 * no quick fix adds a parse error; the incremental lint of every version in a chain of mutations equals a fresh
 * lint of it. `npm test` runs a few thousand cases; `npm run fuzz` runs FUZZ_RUNS (with
 * a random seed each time) and keeps every counterexample in test/fixtures/regressions/.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import fc from 'fast-check';
import { corpusDir, corpusFiles } from '../helpers/corpus';
import { problemsOf, saveRegression } from './check';
import { LintChain } from '../helpers/lintChain';

const FUZZ_RUNS = Number(process.env['FUZZ_RUNS'] ?? '0');
const fuzzing = FUZZ_RUNS > 0;
const runs = (n: number): number => (fuzzing ? FUZZ_RUNS : n);
/** A fixed seed in `npm test` (the same cases every run); a fresh one when fuzzing. */
const seed = process.env['PROPERTY_SEED'] !== undefined ? Number(process.env['PROPERTY_SEED']) : fuzzing ? Date.now() : 9;
/** Write counterexamples to test/fixtures/regressions/ (always when fuzzing; with KEEP_COUNTEREXAMPLES=1 otherwise). */
const keep = fuzzing || process.env['KEEP_COUNTEREXAMPLES'] === '1';

/** Pieces that tend to break Dockerfile parsers, mixed with arbitrary text. */
const FRAGMENTS = [
  'FROM ', 'FROM alpine AS build\n', 'RUN ', 'COPY ', 'ADD ', 'ARG ', 'ENV ', 'LABEL ', 'CMD ', 'ENTRYPOINT ', 'SHELL ',
  'HEALTHCHECK ', 'ONBUILD ', 'EXPOSE ', 'USER ', 'WORKDIR ', 'VOLUME ', 'STOPSIGNAL ', 'MAINTAINER ', 'from ', 'AS ',
  '\n', '\r\n', '\r', ' ', '\t', '\\', '\\\n', '`', '`\n', '"', "'", '[', ']', '["a", "b"]', '[ -f x ]', ',', '=', '$',
  '${', '}', '${A:-b}', '$A', '#', '# syntax=docker/dockerfile:1\n', '# escape=`\n', '# escape=\\\n', '# check=skip=all\n',
  '# hadolint ignore=DL3008\n', '<<EOF', '<<-EOF', "<<'EOF'", '<<"EOF"', 'EOF\n', 'EOF', '<<', '--mount=type=cache,target=/x ',
  '--from=build ', '--chmod=755 ', '--platform=$BUILDPLATFORM ', '--', '-', 'apt-get install -y curl', 'apk add', 'pip install x',
  '&&', '|', ';', '(', ')', '$(', '\u0000', '\uD800', '\uDC00', '\uFEFF', '\u00A0', '한국어', '\u2028', 'sudo ', 'cd /x',
];

const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4, unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }) },
);
const randomText = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(''));

type Mutation =
  | { kind: 'cut'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'cutLines'; at: number; count: number }
  | { kind: 'duplicate'; at: number; length: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.nat({ max: 200 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fragment }),
  fc.record({ kind: fc.constant('cutLines' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat({ max: 300 }) }),
);

function mutate(text: string, mutations: readonly Mutation[]): string {
  let t = text;
  for (const m of mutations) {
    const at = t.length === 0 ? 0 : m.at % (t.length + 1);
    if (m.kind === 'cut') t = t.slice(0, at) + t.slice(at + m.length);
    else if (m.kind === 'insert') t = t.slice(0, at) + m.text + t.slice(at);
    else if (m.kind === 'duplicate') t = t.slice(0, at + m.length) + t.slice(at, at + m.length) + t.slice(at + m.length);
    else {
      const lines = t.split('\n');
      const i = m.at % Math.max(1, lines.length);
      lines.splice(i, m.count);
      t = lines.join('\n');
    }
  }
  return t;
}

function holds(text: string): void {
  const problems = problemsOf(text);
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

/** Runs the property; the shrunk counterexample (only that one) is kept when fuzzing. */
function check(label: string, arb: fc.Arbitrary<string>, numRuns: number): void {
  const details = fc.check(fc.property(arb, holds), { numRuns: runs(numRuns), seed });
  if (!details.failed) return;
  const text = details.counterexample?.[0] ?? '';
  const kept = keep ? `\nkept as ${saveRegression(text, label)}` : '';
  const shown = text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
  throw new Error(`seed ${seed}, after ${details.numRuns} cases:\n${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}\ntext: ${JSON.stringify(shown)}${kept}`);
}

describe('property: any text', function () {
  this.timeout(fuzzing ? 0 : 60_000);

  it('reports no throw, no range outside the document and no fix that breaks parsing for random Dockerfile-like text', () => {
    check('random', randomText, 1500);
  });

  it('reports nothing for very long lines and deep continuations', () => {
    const mb = 1 << 20;
    for (const text of [
      `FROM alpine\nRUN ${'a'.repeat(mb)}\n`,
      `FROM alpine\nRUN echo ${'"'.repeat(mb / 8)}\n`,
      `FROM alpine\nRUN ${'x \\\n'.repeat(mb / 16)}true\n`,
      `FROM alpine\nCOPY <<EOF /x\n${'line\n'.repeat(mb / 16)}`,
      `# ${'c'.repeat(mb)}`,
      `FROM alpine\nENV ${'A=${B:-'.repeat(1000)}`,
    ]) {
      assert.deepEqual(problemsOf(text, { fixes: false }), []);
    }
  });
});

describe('property: mutated corpus files', function () {
  this.timeout(fuzzing ? 0 : 60_000);
  const dir = corpusDir();
  if (dir === undefined) return;
  const texts = corpusFiles(dir).map((f) => fs.readFileSync(f.path, 'utf8')).filter((t) => t.length < 40_000);

  it('reports no throw, no range outside the document and no fix that breaks parsing for cut, spliced and duplicated corpus files', () => {
    const arb = fc.tuple(fc.constantFrom(...texts), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([t, ms]) => mutate(t, ms));
    check('mutation', arb, 600);
  });
});

/** Lints the text, then each mutation of it in turn, incrementally as the lint worker does; each must equal a fresh lint. */
function incrementalHolds(start: string, mutations: readonly Mutation[]): void {
  const chain = new LintChain();
  let text = start;
  chain.step(text, 'step 0');
  for (let step = 1; step <= mutations.length; step++) {
    text = mutate(text, [mutations[step - 1]!]);
    chain.step(text, `step ${step}`);
  }
}

function checkChain(arb: fc.Arbitrary<[string, Mutation[]]>, numRuns: number): void {
  const details = fc.check(fc.property(arb, ([t, ms]) => incrementalHolds(t, ms)), { numRuns: runs(numRuns), seed });
  if (!details.failed) return;
  const [text, ms] = details.counterexample?.[0] ?? ['', []];
  throw new Error(`seed ${seed}, after ${details.numRuns} cases:\n${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}\ntext: ${JSON.stringify(text.length > 2000 ? `${text.slice(0, 2000)}…` : text)}\nmutations: ${JSON.stringify(ms)}`);
}

describe('property: incremental lint', function () {
  this.timeout(fuzzing ? 0 : 120_000);

  it('equals a fresh lint at every step of random mutations of random Dockerfile-like text', () => {
    checkChain(fc.tuple(randomText, fc.array(mutation, { minLength: 1, maxLength: 6 })), 600);
  });

  it('equals a fresh lint at every step of random mutations of corpus files', function () {
    const dir = corpusDir();
    if (dir === undefined) return this.skip();
    const texts = corpusFiles(dir).map((f) => fs.readFileSync(f.path, 'utf8')).filter((t) => t.length < 40_000);
    checkChain(fc.tuple(fc.constantFrom(...texts), fc.array(mutation, { minLength: 1, maxLength: 6 })), 300);
  });
});
