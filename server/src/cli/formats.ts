/** Output formats of `dockerfile-tutor lint`. */
import type { Lang, Severity } from '../../../common/src/protocol';
import type { DockerfileModel } from '../model/model';
import { findingMessage, type Finding } from '../rules/lint';
import { CLI_TEXTS } from '../knowledge/cli';
import { fillTemplate } from '../knowledge/template';
import { ruleDocHref } from '../lsp/diagnostics';

export type OutputFormat = 'tty' | 'json' | 'sarif' | 'checkstyle' | 'gnu';

export interface FileFindings {
  readonly file: string;
  readonly model: DockerfileModel;
  readonly findings: readonly Finding[];
}

/** One finding as hadolint's JSON output has it (line and column 1-based). */
export interface JsonFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly code: string;
  readonly level: Severity;
  readonly message: string;
}

function rows(results: readonly FileFindings[], lang: Lang): (JsonFinding & { finding: Finding; endLine: number; endColumn: number })[] {
  return results.flatMap((r) => r.findings.map((f) => {
    const s = r.model.lines.position(f.range.start);
    const e = r.model.lines.position(f.range.end);
    return { file: r.file, line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, code: f.code, level: f.severity, message: findingMessage(f, lang), finding: f };
  }));
}

function xml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

const COLORS: Readonly<Record<Severity, string>> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', style: '\x1b[35m' };

export function formatFindings(results: readonly FileFindings[], format: OutputFormat, lang: Lang, color: boolean): string {
  const all = rows(results, lang);
  switch (format) {
    case 'json':
      return JSON.stringify(all.map(({ file, line, column, code, level, message }) => ({ file, line, column, code, level, message }))) + '\n';
    case 'gnu':
      return all.map((r) => `dockerfile-tutor:${r.file}:${r.line}.${r.column}-${r.endLine}.${r.endColumn}: ${r.level}: ${r.code} ${r.message}\n`).join('');
    case 'checkstyle': {
      const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">'];
      for (const r of results) {
        out.push(`<file name="${xml(r.file)}">`);
        for (const x of all.filter((a) => a.file === r.file)) {
          const sev = x.level === 'style' ? 'info' : x.level;
          out.push(`<error line="${x.line}" column="${x.column}" severity="${sev}" message="${xml(x.message)}" source="${xml(x.code)}"/>`);
        }
        out.push('</file>');
      }
      out.push('</checkstyle>');
      return out.join('\n') + '\n';
    }
    case 'sarif': {
      const ruleIds = [...new Set(all.map((r) => r.code))];
      const level = (s: Severity): string => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note');
      const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
          tool: {
            driver: {
              name: 'dockerfile-tutor',
              informationUri: 'https://github.com/dockerfile-tutor/dockerfile-tutor',
              rules: ruleIds.map((id) => {
                const f = all.find((r) => r.code === id)!.finding;
                return { id, name: id, shortDescription: { text: f.rule.text.title[lang] }, fullDescription: { text: f.rule.text.why[lang] }, helpUri: ruleDocHref(id, lang), defaultConfiguration: { level: level(f.rule.defaultSeverity) } };
              }),
            },
          },
          results: all.map((r) => ({
            ruleId: r.code,
            level: level(r.level),
            message: { text: r.message },
            locations: [{ physicalLocation: { artifactLocation: { uri: r.file }, region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn } } }],
          })),
        }],
      };
      return JSON.stringify(sarif, null, 2) + '\n';
    }
    default: {
      const c = (s: string, code: string): string => (color ? `${code}${s}\x1b[0m` : s);
      const out: string[] = [];
      for (const r of all) {
        const t = r.finding.rule.text;
        out.push(`${r.file}:${r.line}:${r.column} ${c(r.level, COLORS[r.level])} ${c(r.code, '\x1b[1m')} ${r.message}`);
        out.push(c(`    ${CLI_TEXTS.why[lang]}: ${t.why[lang]}`, '\x1b[2m'));
        out.push(c(`    ${CLI_TEXTS.fix[lang]}: ${t.fix[lang]}`, '\x1b[2m'));
      }
      for (const r of results) if (r.findings.length === 0) out.push(fillTemplate(CLI_TEXTS.noFindings[lang], { file: r.file }));
      if (all.length > 0) out.push(fillTemplate(CLI_TEXTS.summary[lang], { count: String(all.length), files: String(results.length) }));
      return out.length === 0 ? '' : out.join('\n') + '\n';
    }
  }
}
