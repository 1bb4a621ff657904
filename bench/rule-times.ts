/**
 * Time per rule over the corpus (every rule on), for performance work: `node -r ./test/register.js bench/rule-times.ts [N]`.
 * The shell scripts of every RUN are parsed before the rules run (and timed on their own), so a rule's time is its own.
 * The rules run through `lint` one at a time; the time of `lint` with no rule (suppressions, shells) is printed apart.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze, type DockerfileModel } from '../server/src/model/model';
import { RULES } from '../server/src/rules/registry';
import { lint } from '../server/src/rules/lint';
import { EVERY_RULE_ON } from '../test/helpers/everyRuleOn';
import { shellScriptOf } from '../server/src/shell/shell';

const ROOT = path.resolve(__dirname, '..');
const CORPUS = path.resolve(ROOT, process.env['DOCKERFILE_CORPUS'] ?? '../shared/corpus');
const config = EVERY_RULE_ON;
const dir = path.join(CORPUS, 'dockerfiles');
// RULE_TIMES_FILE: one file instead of the corpus (e.g. large/huge.Dockerfile, with node --no-turbofan as the server runs).
const one = process.env['RULE_TIMES_FILE'];
const texts = one !== undefined ? [fs.readFileSync(path.resolve(CORPUS, one), 'utf8')] : fs.readdirSync(dir).sort().map((n) => fs.readFileSync(path.join(dir, n), 'utf8'));
const rounds = Number(process.argv[2] ?? '3');
// Per rule, the fastest round (the machine is shared: the minimum is the steadiest figure).
const times = new Map<string, number>();
let modelMs = Number.POSITIVE_INFINITY;
let shellMs = Number.POSITIVE_INFINITY;
let baseMs = Number.POSITIVE_INFINITY;
for (let k = 0; k < rounds; k++) {
  const round = new Map<string, number>();
  let roundModel = 0;
  let roundShell = 0;
  let roundBase = 0;
  for (const t of texts) {
    let t0 = performance.now();
    const model: DockerfileModel = analyze(t);
    roundModel += performance.now() - t0;
    t0 = performance.now();
    for (const ins of model.parse.instructions) shellScriptOf(ins.onbuild ?? ins);
    roundShell += performance.now() - t0;
    t0 = performance.now();
    lint(model, config, []);
    const base = performance.now() - t0;
    roundBase += base;
    for (const r of RULES) {
      t0 = performance.now();
      lint(model, config, [r]);
      round.set(r.id, (round.get(r.id) ?? 0) + performance.now() - t0);
    }
  }
  modelMs = Math.min(modelMs, roundModel);
  shellMs = Math.min(shellMs, roundShell);
  baseMs = Math.min(baseMs, roundBase);
  for (const [id, ms] of round) times.set(id, Math.min(times.get(id) ?? Number.POSITIVE_INFINITY, ms));
}
const out = (s: string): void => void process.stdout.write(`${s}\n`);
const total = [...times.values()].reduce((a, b) => a + b, 0);
out(`per pass: model ${modelMs.toFixed(1)} ms, shell ${shellMs.toFixed(1)} ms, rules ${total.toFixed(1)} ms, lint() without rules ${baseMs.toFixed(1)} ms`);
for (const [id, ms] of [...times].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env['TOP'] ?? '30'))) out(`${ms.toFixed(2).padStart(8)} ${id}`);
