/**
 * Time per rule over the corpus (every rule on), for performance work: `node -r ./test/register.js bench/rule-times.ts [N]`.
 * The shell scripts of every RUN are parsed before the rules run (and timed on their own), so a rule's time is its own.
 * The rules run through `lint` one at a time; the time of `lint` with no rule is subtracted from each.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze, type DockerfileModel } from '../server/src/model/model';
import { RULES } from '../server/src/rules/registry';
import { DEFAULT_LINT_CONFIG, lint, type LintConfig, type RuleLevel } from '../server/src/rules/lint';
import { shellScriptOf } from '../server/src/shell/shell';

const ROOT = path.resolve(__dirname, '..');
const CORPUS = path.resolve(ROOT, process.env['DOCKERFILE_CORPUS'] ?? '../shared/corpus');
const config: LintConfig = { ...DEFAULT_LINT_CONFIG, settings: Object.fromEntries(RULES.map((r) => [r.id, r.defaultSeverity as RuleLevel])) };
const dir = path.join(CORPUS, 'dockerfiles');
const texts = fs.readdirSync(dir).sort().map((n) => fs.readFileSync(path.join(dir, n), 'utf8'));
const rounds = Number(process.argv[2] ?? '3');
const times = new Map<string, number>();
let modelMs = 0;
let shellMs = 0;
let baseMs = 0;
for (let k = 0; k < rounds; k++) {
  for (const t of texts) {
    let t0 = performance.now();
    const model: DockerfileModel = analyze(t);
    modelMs += performance.now() - t0;
    t0 = performance.now();
    for (const ins of model.parse.instructions) shellScriptOf(ins.onbuild ?? ins);
    shellMs += performance.now() - t0;
    t0 = performance.now();
    lint(model, config, []);
    const base = performance.now() - t0;
    baseMs += base;
    for (const r of RULES) {
      t0 = performance.now();
      lint(model, config, [r]);
      times.set(r.id, (times.get(r.id) ?? 0) + performance.now() - t0 - base);
    }
  }
}
const out = (s: string): void => void process.stdout.write(`${s}\n`);
const total = [...times.values()].reduce((a, b) => a + b, 0);
out(`per pass: model ${(modelMs / rounds).toFixed(1)} ms, shell ${(shellMs / rounds).toFixed(1)} ms, rules ${(total / rounds).toFixed(1)} ms, lint() without rules ${(baseMs / rounds).toFixed(1)} ms`);
for (const [id, ms] of [...times].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env['TOP'] ?? '30'))) out(`${(ms / rounds).toFixed(2).padStart(8)} ${id}`);
