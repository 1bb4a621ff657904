/**
 * Parse and model speed over the corpus, for work on server/src/parse and server/src/model:
 * `node bench/bundle-tool.js parse-speed && node bench/.parse-speed.bundle.js [rounds]`.
 * Alternating rounds of our `parse()`, `analyze()` (parse + model) and the anchor `dockerfile-ast` parser, in one
 * process; prints the fastest round of each (the machine is shared: the minimum is the steadiest figure), the
 * ratio to the anchor; with `node --expose-gc --max-semi-space-size=1024` also the bytes one pass allocates.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DockerfileParser } from 'dockerfile-ast';
import { parse } from '../server/src/parse/parser';
import { analyze } from '../server/src/model/model';

const ROOT = path.resolve(__dirname, '..');
const CORPUS = path.resolve(ROOT, process.env['DOCKERFILE_CORPUS'] ?? '../shared/corpus');
const dir = path.join(CORPUS, 'dockerfiles');
const texts = fs.readdirSync(dir).sort().map((n) => fs.readFileSync(path.join(dir, n), 'utf8'));
const huge = fs.readFileSync(path.join(CORPUS, 'large', 'huge.Dockerfile'), 'utf8');
const rounds = Number(process.argv[2] ?? '30');
const out = (s: string): void => void process.stdout.write(`${s}\n`);

let sink = 0;
const subjects: Record<string, () => void> = {
  parse: () => { for (const t of texts) sink += parse(t).instructions.length; },
  analyze: () => { for (const t of texts) sink += analyze(t).stages.length; },
  anchor: () => { for (const t of texts) sink += DockerfileParser.parse(t).getInstructions().length; },
};
const best: Record<string, number> = {};
// ONLY=analyze (comma-separated) runs only those subjects, e.g. for a profile of our code alone.
const only = process.env['ONLY']?.split(',');
for (let r = 0; r < rounds; r++) {
  for (const [name, fn] of Object.entries(subjects)) {
    if (only !== undefined && !only.includes(name)) continue;
    const t0 = performance.now();
    fn();
    const ms = performance.now() - t0;
    best[name] = Math.min(best[name] ?? Number.POSITIVE_INFINITY, ms);
  }
}
const p = best['parse'] ?? 0;
const a = best['analyze'] ?? 0;
const anc = best['anchor'] ?? 0;
out(`corpus pass (best of ${rounds}): parse ${p.toFixed(2)} ms, analyze ${a.toFixed(2)} ms (model ${(a - p).toFixed(2)} ms), dockerfile-ast ${anc.toFixed(2)} ms`);
out(`parse throughput ÷ dockerfile-ast: ${(anc / p).toFixed(2)}x; analyze ÷ dockerfile-ast: ${(anc / a).toFixed(2)}x`);
let hugeBest = Number.POSITIVE_INFINITY;
for (let r = 0; r < Math.max(3, rounds / 5); r++) {
  const t0 = performance.now();
  sink += analyze(huge).stages.length;
  hugeBest = Math.min(hugeBest, performance.now() - t0);
}
out(`huge.Dockerfile analyze: ${hugeBest.toFixed(1)} ms`);
if (typeof globalThis.gc === 'function') {
  // Bytes allocated per pass: run with `--expose-gc --max-semi-space-size=1024` so that no collection happens
  // during one pass; then the heap growth over the pass is what it allocated (add --trace-gc to check that no
  // Scavenge line is printed between the two markers).
  const gc = globalThis.gc as () => void;
  for (const name of ['parse', 'analyze'] as const) {
    const fn = subjects[name]!;
    gc();
    out(`-- ${name} alloc start`);
    const before = process.memoryUsage().heapUsed;
    fn();
    const after = process.memoryUsage().heapUsed;
    out(`-- ${name} alloc end: ${((after - before) / 1e6).toFixed(2)} MB allocated per corpus pass`);
  }
}
if (sink === -1) out('');
