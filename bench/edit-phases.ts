/**
 * Where the lint worker's time goes after a one-character edit of huge.Dockerfile (a space at the end of its
 * middle line, as `npm run bench` types it), in-process, the way the worker runs them (incremental lint, diagnostics text): `node bench/bundle-tool.js edit-phases && node
 * --no-turbofan bench/.edit-phases.bundle.js [rounds]` (without TurboFan, as the server runs). Each round opens the
 * file afresh, then types the space and takes it back out: phases are printed for both edits.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze, type DockerfileModel } from '../server/src/model/model';
import { DEFAULT_LINT_CONFIG, lint, lintRemembering, type Finding, type LintMemory } from '../server/src/rules/lint';
import { RULES } from '../server/src/rules/registry';
import { DiagnosticsText } from '../server/src/lsp/diagnosticsText';
import { ShellScriptReuse } from '../server/src/shell/shell';

const ROOT = path.resolve(__dirname, '..');
const CORPUS = path.resolve(ROOT, process.env['DOCKERFILE_CORPUS'] ?? '../shared/corpus');
const text = fs.readFileSync(path.join(CORPUS, 'large/huge.Dockerfile'), 'utf8');
const lines = text.split('\n');
const mid = Math.floor(lines.length / 2);
lines[mid] = `${lines[mid] ?? ''} `;
const edited = lines.join('\n');
const rounds = Number(process.argv[2] ?? '4');
const out = (s: string): void => void process.stdout.write(`${s}\n`);

// INCREMENTAL=0: lint in full each time (as before rules/incremental.ts).
const incremental = process.env['INCREMENTAL'] !== '0';
let memory: LintMemory | undefined;
let diagnostics = new DiagnosticsText();

function phases(label: string, source: string, previous: DockerfileModel | undefined, reuse: ShellScriptReuse): DockerfileModel {
  let t = performance.now();
  const model = analyze(source, { previous });
  const tParse = performance.now() - t;
  t = performance.now();
  let findings: Finding[];
  if (incremental) {
    const r = lintRemembering(model, DEFAULT_LINT_CONFIG, RULES, reuse, previous === undefined ? undefined : memory);
    findings = r.findings;
    memory = r.memory;
  } else findings = lint(model, DEFAULT_LINT_CONFIG, RULES, reuse);
  const tLint = performance.now() - t;
  t = performance.now();
  const { text: json } = diagnostics.make(model, findings, 'en');
  const tText = performance.now() - t;
  out(`${label.padEnd(6)} analyze ${tParse.toFixed(0).padStart(4)}  lint ${tLint.toFixed(0).padStart(4)}  diagnostics ${tText.toFixed(0).padStart(3)}  (${findings.length} findings, ${(json.length / 1e6).toFixed(1)} MB)`);
  return model;
}

// EDITS=N: open once, then N edits, each typing the space or taking it back (for profiles of the edit path alone).
const edits = Number(process.env['EDITS'] ?? '0');
if (edits > 0) {
  const reuse = new ShellScriptReuse();
  diagnostics = new DiagnosticsText();
  let model = phases('open', text, undefined, reuse);
  for (let e = 0; e < edits; e++) model = phases(e % 2 === 0 ? 'edit' : 'undo', e % 2 === 0 ? edited : text, model, reuse);
} else {
  for (let r = 0; r < rounds; r++) {
    const reuse = new ShellScriptReuse();
    diagnostics = new DiagnosticsText();
    let model = phases('open', text, undefined, reuse);
    model = phases('edit', edited, model, reuse);
    phases('undo', text, model, reuse);
  }
}
