/**
 * Rule fixtures: `test/fixtures/rules/<ID>/*.Dockerfile`.
 * - An annotation comment `#   ^^^^ <ID>` under a line expects a finding of <ID> starting at the first caret's
 *   column (written `#^^^ <ID>`, the `#` itself stands for column 0); its end is the last caret + 1 on a single-line finding, or the end of the line when the carets reach
 *   it and the finding spans more lines. Every finding of <ID> in the file must be annotated.
 * - Files named `silent*.Dockerfile` must draw no finding of <ID>.
 * - `X.Dockerfile` with `X.fixed` beside it: applying every fix of <ID> gives `X.fixed` (annotation lines removed).
 * - A file may set `# fixture-target: <stage>` (the build target) and `# fixture-config: {json LintConfig part}`.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../../server/src/model/model';
import { DEFAULT_LINT_CONFIG, lint, type LintConfig } from '../../../server/src/rules/lint';
import { RULES, ruleById } from '../../../server/src/rules/registry';
import type { Edit } from '../../../server/src/rules/types';

const ROOT = path.join(__dirname, '..', '..', 'fixtures', 'rules');
/** `#  ^^^ ID`: carets mark the columns. `#^^^ ID` (no space): the `#` itself marks column 0 too. */
const ANNOTATION = /^(\s*)#(\s*)(\^+)\s+([A-Za-z0-9]+)\s*$/;

interface Expected { line: number; start: number; end: number; code: string }

function expectations(text: string): { expected: Expected[]; annotationLines: Set<number> } {
  const lines = text.split('\n');
  const expected: Expected[] = [];
  const annotationLines = new Set<number>();
  let target = -1;
  lines.forEach((l, i) => {
    const m = ANNOTATION.exec(l.replace(/\r$/, ''));
    if (m === null || m[1] === undefined || m[2] === undefined || m[3] === undefined || m[4] === undefined) {
      target = i;
      return;
    }
    annotationLines.add(i);
    const hashCounts = m[2].length === 0;
    const start = hashCounts ? m[1].length : m[1].length + 1 + m[2].length;
    expected.push({ line: target, start, end: m[1].length + 1 + m[2].length + m[3].length, code: m[4] });
  });
  return { expected, annotationLines };
}

function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.range.start - a.range.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return out;
}

function stripAnnotations(text: string): string {
  return text.split('\n').filter((l) => !ANNOTATION.test(l.replace(/\r$/, ''))).join('\n');
}

function configOf(text: string, id: string): { config: LintConfig; target: string | undefined } {
  const t = /^# fixture-target: (\S+)/m.exec(text)?.[1];
  const c = /^# fixture-config: (.*)$/m.exec(text)?.[1];
  const extra = c === undefined ? {} : (JSON.parse(c) as Partial<LintConfig>);
  const settings = { ...(extra.settings ?? {}) };
  // Rules that are off by default are switched on for their own fixtures.
  if (ruleById(id)?.offByDefault === true && settings[id] === undefined) settings[id] = ruleById(id)!.defaultSeverity;
  // `"lint": {"dockerignore": ["pattern", …]}` stands for the lines of the build context's `.dockerignore`.
  const { dockerignore, ...lintRest } = (extra.lint ?? {}) as Partial<LintConfig['lint']> & { dockerignore?: unknown };
  const ignoreLines = Array.isArray(dockerignore) ? dockerignore.filter((x): x is string => typeof x === 'string') : undefined;
  const lintPart = { ...DEFAULT_LINT_CONFIG.lint, ...lintRest, ...(ignoreLines === undefined ? {} : { dockerignore: () => ignoreLines }) };
  return { config: { ...DEFAULT_LINT_CONFIG, ...extra, settings, lint: lintPart }, target: t };
}

const dirs = fs.existsSync(ROOT) ? fs.readdirSync(ROOT).sort() : [];

describe('rule fixtures', () => {
  it('has a fixture folder for every rule, and every folder names a rule', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const d of dirs) assert.ok(ids.has(d), `fixture folder ${d} names no rule`);
    for (const id of ids) assert.ok(dirs.includes(id), `rule ${id} has no fixture folder`);
  });

  for (const id of dirs) {
    describe(id, () => {
      const rule = ruleById(id);
      const files = fs.readdirSync(path.join(ROOT, id)).filter((f) => f.endsWith('.Dockerfile')).sort();
      it('has a file where it fires and a file where it stays silent', () => {
        assert.ok(files.some((f) => !f.startsWith('silent')), 'no firing fixture');
        // Every rule fires somewhere: at least one annotation of this id (the per-file test checks they are met).
        const annotated = files.some((f) => expectations(fs.readFileSync(path.join(ROOT, id, f), 'utf8')).expected.some((x) => x.code === id));
        assert.ok(annotated, `no fixture expects a finding of ${id}`);
        assert.ok(files.some((f) => f.startsWith('silent')), 'no silent fixture');
      });
      for (const file of files) {
        const full = path.join(ROOT, id, file);
        const text = fs.readFileSync(full, 'utf8');
        it(`${file}: reports exactly the annotated findings`, () => {
          assert.ok(rule !== undefined, `no rule ${id}`);
          const { config, target } = configOf(text, id);
          const model = analyze(text, { target });
          const findings = lint(model, config, [rule]);
          const { expected } = expectations(text);
          if (file.startsWith('silent')) assert.equal(expected.length, 0, 'a silent fixture has annotations');
          const got = findings.map((f) => {
            const s = model.lines.position(f.range.start);
            const e = model.lines.position(f.range.end);
            const end = e.line === s.line ? e.character : model.lines.lineText(s.line).length;
            return `${s.line + 1}:${s.character}-${end} ${f.code}`;
          });
          const want = expected.map((x) => `${x.line + 1}:${x.start}-${x.end} ${x.code}`);
          assert.deepEqual(got.sort(), want.sort());
        });
        const fixedPath = full.replace(/\.Dockerfile$/, '.fixed');
        if (fs.existsSync(fixedPath)) {
          it(`${file}: its fixes give ${path.basename(fixedPath)}`, () => {
            assert.ok(rule !== undefined);
            const { config, target } = configOf(text, id);
            const findings = lint(analyze(text, { target }), config, [rule]);
            const edits = findings.flatMap((f) => f.fix?.edits ?? []);
            assert.ok(edits.length > 0, 'no fix offered');
            const fixed = applyEdits(text, edits);
            assert.equal(stripAnnotations(fixed), stripAnnotations(fs.readFileSync(fixedPath, 'utf8')));
          });
        }
      }
    });
  }
});
