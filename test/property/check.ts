/**
 * The robustness properties every document must satisfy, whatever its text: the parser, the model, every
 * rule, hover, the Explain analysis and formatting never throw; every range lies inside the document; every
 * quick fix yields text that parses without a new parse error. `problemsOf` returns what is violated
 * (empty when all hold); the property tests, the regression fixtures and `npm run fuzz` all use it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from '../../server/src/parse/parser';
import { buildModel, type DockerfileModel } from '../../server/src/model/model';
import { RULES } from '../../server/src/rules/registry';
import { DEFAULT_LINT_SETTINGS, type Edit, type Report, type Rule } from '../../server/src/rules/types';
import { shellScriptOf } from '../../server/src/shell/shell';
import { hoverAt } from '../../server/src/hover/hover';
import { buildExplain } from '../../server/src/explain/explain';
import { formatDocument } from '../../server/src/format/format';
import type { ParseResult } from '../../server/src/parse/ast';

export const REGRESSIONS_DIR = path.resolve(__dirname, '..', 'fixtures', 'regressions');

function describeError(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}\n${(e.stack ?? '').split('\n').slice(1, 4).join('\n')}` : String(e);
}

/** Every `{ start, end }` object reachable from `root`, with the path that leads to it. */
function rangesIn(root: unknown): { where: string; start: number; end: number }[] {
  const out: { where: string; start: number; end: number }[] = [];
  const seen = new WeakSet<object>();
  const walk = (v: unknown, where: string, depth: number): void => {
    if (typeof v !== 'object' || v === null || depth > 12 || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, `${where}[${i}]`, depth + 1));
      return;
    }
    const o = v as Record<string, unknown>;
    if (typeof o['start'] === 'number' && typeof o['end'] === 'number') out.push({ where, start: o['start'], end: o['end'] });
    for (const [k, x] of Object.entries(o)) if (k !== 'lineStarts') walk(x, `${where}.${k}`, depth + 1);
  };
  walk(root, '', 0);
  return out;
}

function checkRange(problems: string[], what: string, r: { start: number; end: number }, length: number): void {
  if (!(Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.start <= r.end && r.end <= length)) {
    problems.push(`${what}: range [${r.start}, ${r.end}) outside [0, ${length}]`);
  }
}

function applyEdits(text: string, edits: readonly Edit[]): string | undefined {
  const sorted = [...edits].sort((a, b) => b.range.start - a.range.start);
  let out = text;
  let limit = Number.POSITIVE_INFINITY;
  for (const e of sorted) {
    if (e.range.end > limit) return undefined;
    out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
    limit = e.range.start;
  }
  return out;
}

function errorCounts(p: ParseResult): Map<string, number> {
  const m = new Map<string, number>();
  for (const e of p.errors) m.set(e.code, (m.get(e.code) ?? 0) + 1);
  return m;
}

function runRule(model: DockerfileModel, rule: Rule): { reports: Report[]; error?: unknown } {
  const reports: Report[] = [];
  try {
    rule.check({
      model,
      settings: DEFAULT_LINT_SETTINGS,
      report: (r) => reports.push(r),
      stageOf: (ins) => model.stageOf(ins),
      shell: (ins) => shellScriptOf(ins),
      isPosixShell: () => true,
    });
    return { reports };
  } catch (error) {
    return { reports, error };
  }
}

/** Offsets worth hovering: both ends, every instruction's keyword and each token start, a few others. */
function hoverOffsets(model: DockerfileModel): number[] {
  const n = model.parse.text.length;
  const set = new Set<number>([0, n, Math.floor(n / 2)]);
  for (const ins of model.parse.instructions.slice(0, 40)) {
    set.add(ins.keywordRange.start);
    set.add(ins.range.end);
    for (const r of rangesIn(ins).slice(0, 30)) set.add(r.start);
  }
  return [...set].filter((o) => o >= 0 && o <= n);
}

export interface CheckOptions {
  /** Check every quick fix (re-parses once per fix). */
  readonly fixes?: boolean;
  readonly explain?: boolean;
  readonly format?: boolean;
}

export function problemsOf(text: string, options: CheckOptions = {}): string[] {
  const problems: string[] = [];
  const n = text.length;
  let parsed: ParseResult;
  try {
    parsed = parse(text);
  } catch (e) {
    return [`parse threw ${describeError(e)}`];
  }
  for (const r of rangesIn(parsed)) checkRange(problems, `parse${r.where}`, r, n);
  let model: DockerfileModel;
  try {
    model = buildModel(parsed);
  } catch (e) {
    return [...problems, `buildModel threw ${describeError(e)}`];
  }
  for (const st of model.stages) checkRange(problems, `stage ${st.index}`, st.range, n);
  for (const ref of model.stageRefs) checkRange(problems, 'stage reference', ref.token.range, n);
  const before = errorCounts(parsed);
  for (const rule of RULES) {
    const { reports, error } = runRule(model, rule);
    if (error !== undefined) problems.push(`rule ${rule.id} threw ${describeError(error)}`);
    for (const r of reports) {
      checkRange(problems, `rule ${rule.id} finding`, r.range, n);
      if (r.fix === undefined) continue;
      for (const e of r.fix.edits) checkRange(problems, `rule ${rule.id} fix edit`, e.range, n);
      if (options.fixes === false) continue;
      const fixed = applyEdits(text, r.fix.edits);
      if (fixed === undefined) {
        problems.push(`rule ${rule.id} fix ${r.fix.title}: overlapping edits`);
        continue;
      }
      const after = errorCounts(parse(fixed));
      for (const [code, count] of after) {
        if (count > (before.get(code) ?? 0)) problems.push(`rule ${rule.id} fix ${r.fix.title} adds parse error ${code}`);
      }
    }
  }
  for (const offset of hoverOffsets(model)) {
    for (const lang of ['en', 'ko'] as const) {
      try {
        const h = hoverAt(model, offset, lang);
        const range = h?.range;
        if (range !== undefined) {
          const a = model.lines.offset(range.start);
          const b = model.lines.offset(range.end);
          if (range.start.line >= model.lines.lineCount || range.end.line >= model.lines.lineCount || a > b) {
            problems.push(`hover at ${offset}: range ${JSON.stringify(range)} outside the document`);
          }
        }
      } catch (e) {
        problems.push(`hoverAt(${offset}, ${lang}) threw ${describeError(e)}`);
        break;
      }
    }
  }
  if (options.explain !== false) {
    for (const lang of ['en', 'ko'] as const) {
      try {
        buildExplain(model, 'file:///fuzz/Dockerfile', lang);
      } catch (e) {
        problems.push(`buildExplain(${lang}) threw ${describeError(e)}`);
      }
    }
  }
  if (options.format !== false) {
    try {
      const edits = formatDocument(model, { tabSize: 4, insertSpaces: true, keepMultilineIndentation: false });
      for (const e of edits) checkRange(problems, 'format edit', e.range, n);
    } catch (e) {
      problems.push(`formatDocument threw ${describeError(e)}`);
    }
  }
  return [...new Set(problems)].slice(0, 20);
}

/** Keeps a counterexample as a regression fixture (named by its content, so it is kept once). */
export function saveRegression(text: string, label: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  // JSON keeps lone surrogates and NULs exactly (a UTF-8 file could not hold a lone surrogate).
  const file = path.join(REGRESSIONS_DIR, `${label}-${h.toString(16).padStart(8, '0')}.json`);
  fs.mkdirSync(REGRESSIONS_DIR, { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify({ text }, null, 1)}\n`, 'utf8');
  return file;
}

/** Every kept regression: `*.json` (`{ "text": … }`, written by the fuzzer) and hand-written `*.Dockerfile`. */
export function regressionFixtures(): { name: string; text: string }[] {
  if (!fs.existsSync(REGRESSIONS_DIR)) return [];
  return fs.readdirSync(REGRESSIONS_DIR).sort().flatMap((name) => {
    const raw = fs.readFileSync(path.join(REGRESSIONS_DIR, name), 'utf8');
    if (name.endsWith('.json')) return [{ name, text: (JSON.parse(raw) as { text: string }).text }];
    if (name.endsWith('.Dockerfile')) return [{ name, text: raw }];
    return [];
  });
}
