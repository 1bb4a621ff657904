/**
 * Quick in-process timing of full lint (every rule on, diagnostics with messages: bench/fullLint.ts), for performance work on issue 9:
 *   node -r ./test/register.js bench/lint-speed.ts            corpus throughput + huge.Dockerfile prefixes
 *   node -r ./test/register.js bench/lint-speed.ts --profile [corpus|huge]  lints every corpus file 5× and huge once
 *                                                             (or only one of them), for node --cpu-prof
 *   node -r ./test/register.js bench/lint-speed.ts --dump F   writes every finding (corpus + huge prefixes) to F as JSON lines
 * Environment: DOCKERFILE_CORPUS (default ../shared/corpus), BENCH_SECONDS (default 2), BENCH_WARMUP (passes, default 8).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { validate } from 'dockerfile-utils';
import { lintText } from '../server/src/service';
import { fullLint } from './fullLint';
import { EVERY_RULE_ON } from '../test/helpers/everyRuleOn';

const ROOT = path.resolve(__dirname, '..');
const CORPUS = path.resolve(ROOT, process.env['DOCKERFILE_CORPUS'] ?? '../shared/corpus');
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? '2');
const WARMUP = Number(process.env['BENCH_WARMUP'] ?? '8');
const config = EVERY_RULE_ON;

const dir = path.join(CORPUS, 'dockerfiles');
const texts = fs.readdirSync(dir).sort().map((n) => fs.readFileSync(path.join(dir, n), 'utf8'));
const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);
const huge = fs.readFileSync(path.join(CORPUS, 'large', 'huge.Dockerfile'), 'utf8');
const PREFIXES = [250_000, 500_000, 1_000_000, 2_000_000];
const out = (s: string): void => void process.stdout.write(`${s}\n`);

function anchorAll(): void {
  for (const t of texts) validate(t);
}

function lintAll(): void {
  for (const t of texts) fullLint(t);
}

if (process.argv.includes('--profile')) {
  const what = process.argv[process.argv.indexOf('--profile') + 1];
  if (what !== 'huge') for (let i = 0; i < Number(process.env['PROFILE_PASSES'] ?? '5'); i++) lintAll();
  if (what !== 'corpus') fullLint(huge);
} else if (process.argv.includes('--dump')) {
  const file = process.argv[process.argv.indexOf('--dump') + 1] ?? 'findings.jsonl';
  const lines: string[] = [];
  const dump = (label: string, text: string): void => {
    for (const f of lintText(text, { config }).findings) {
      lines.push(JSON.stringify([label, f.code, f.severity, f.hint, f.range, f.params, f.variant, f.fix ?? null]));
    }
  };
  texts.forEach((t, i) => dump(`corpus${i}`, t));
  for (const n of PREFIXES) dump(`huge${n}`, huge.slice(0, n));
  fs.writeFileSync(file, lines.join('\n') + '\n');
  out(`${lines.length} findings written to ${file}`);
} else {
  // The machine is shared and noisy: rounds alternate our lint with the anchor's validate (dockerfile-utils), and
  // the ratio of the two in each round is the steady figure (the goal of issue 9 is a ratio too).
  // Warm-up: the first passes compile ~110 rules and the shell parser (a pass takes several times the steady time).
  const warm: number[] = [];
  for (let i = 0; i < WARMUP; i++) {
    const p = performance.now();
    lintAll();
    warm.push(performance.now() - p);
    anchorAll();
  }
  out(`warm-up passes (ms): ${warm.map((w) => w.toFixed(0)).join(' ')}`);
  const ours: number[] = [];
  const anchor: number[] = [];
  const t0 = performance.now();
  do {
    let p = performance.now();
    lintAll();
    ours.push(performance.now() - p);
    p = performance.now();
    anchorAll();
    anchor.push(performance.now() - p);
  } while (performance.now() - t0 < SECONDS * 1000 || ours.length < 3);
  const ratios = ours.map((o, i) => anchor[i]! / o).sort((a, b) => a - b);
  const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const mbps = (ms: number): string => (bytes / 1e6 / (ms / 1000)).toFixed(2);
  out(`corpus full lint: median ${median(ours).toFixed(1)} ms (${mbps(median(ours))} MB/s), best ${Math.min(...ours).toFixed(1)} ms (${mbps(Math.min(...ours))} MB/s)`);
  out(`  anchor validate: median ${median(anchor).toFixed(1)} ms (${mbps(median(anchor))} MB/s); ours ÷ anchor throughput, median of ${ratios.length} rounds: ${median(ratios).toFixed(2)}×`);
  // Linearity: the huge file is not uniform (some stretches hold far more RUN scripts), so doubling ratios alone
  // mislead. Each prefix is also compared with the sum of its 250 KB chunks linted on their own: ≈ 1 is linear.
  const bestOf = (text: string): number => {
    let b = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      fullLint(text);
      b = Math.min(b, performance.now() - t);
    }
    return b;
  };
  const CHUNK = 250_000;
  const chunks: number[] = [];
  for (let at = 0; at < PREFIXES[PREFIXES.length - 1]!; at += CHUNK) chunks.push(bestOf(huge.slice(at, at + CHUNK)));
  let prev: number | undefined;
  for (const size of PREFIXES) {
    const best = bestOf(huge.slice(0, size));
    const sum = chunks.slice(0, size / CHUNK).reduce((a, b) => a + b, 0);
    out(`huge ${size / 1000} KB: ${best.toFixed(0)} ms${prev === undefined ? '' : ` (×${(best / prev).toFixed(2)})`}; its 250 KB chunks alone: ${sum.toFixed(0)} ms (prefix ÷ chunks ${(best / sum).toFixed(2)})`);
    prev = best;
  }
}
