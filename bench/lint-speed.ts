/**
 * Quick in-process timing of full lint (every rule on), for performance work on issue 9:
 *   node -r ./test/register.js bench/lint-speed.ts            corpus throughput + huge.Dockerfile prefixes
 *   node -r ./test/register.js bench/lint-speed.ts --profile [corpus|huge]  lints every corpus file 5× and huge once
 *                                                             (or only one of them), for node --cpu-prof
 *   node -r ./test/register.js bench/lint-speed.ts --dump F   writes every finding (corpus + huge prefixes) to F as JSON lines
 * Environment: DOCKERFILE_CORPUS (default ../shared/corpus), BENCH_SECONDS (default 2).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { lintText } from '../server/src/service';
import { RULES } from '../server/src/rules/registry';
import { DEFAULT_LINT_CONFIG, type LintConfig, type RuleLevel } from '../server/src/rules/lint';

const ROOT = path.resolve(__dirname, '..');
const CORPUS = path.resolve(ROOT, process.env['DOCKERFILE_CORPUS'] ?? '../shared/corpus');
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? '2');
const config: LintConfig = { ...DEFAULT_LINT_CONFIG, settings: Object.fromEntries(RULES.map((r) => [r.id, r.defaultSeverity as RuleLevel])) };

const dir = path.join(CORPUS, 'dockerfiles');
const texts = fs.readdirSync(dir).sort().map((n) => fs.readFileSync(path.join(dir, n), 'utf8'));
const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);
const huge = fs.readFileSync(path.join(CORPUS, 'large', 'huge.Dockerfile'), 'utf8');
const PREFIXES = [250_000, 500_000, 1_000_000, 2_000_000];
const out = (s: string): void => void process.stdout.write(`${s}\n`);

function lintAll(): void {
  for (const t of texts) lintText(t, { config });
}

if (process.argv.includes('--profile')) {
  const what = process.argv[process.argv.indexOf('--profile') + 1];
  if (what !== 'huge') for (let i = 0; i < 5; i++) lintAll();
  if (what !== 'corpus') lintText(huge, { config });
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
  lintAll();
  let n = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  do {
    lintAll();
    n++;
  } while (performance.now() - t0 < SECONDS * 1000 || n < 2);
  const ms = (performance.now() - t0) / n;
  const c = process.cpuUsage(c0);
  const cpuMs = (c.user + c.system) / 1000 / n;
  // CPU time is steadier than wall time on a busy machine (it can exceed wall time: the collector has threads).
  out(`corpus: ${ms.toFixed(1)} ms per pass, ${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s (CPU ${cpuMs.toFixed(1)} ms, ${(bytes / 1e6 / (cpuMs / 1000)).toFixed(2)} MB/s)`);
  let prev: number | undefined;
  for (const size of PREFIXES) {
    const prefix = huge.slice(0, size);
    const times = [0, 1].map(() => {
      const t = performance.now();
      lintText(prefix, { config });
      return performance.now() - t;
    });
    const best = Math.min(...times);
    out(`huge ${size / 1000} KB: ${best.toFixed(0)} ms${prev === undefined ? '' : ` (×${(best / prev).toFixed(2)})`}`);
    prev = best;
  }
}
