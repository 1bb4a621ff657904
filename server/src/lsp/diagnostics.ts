/** Findings → LSP diagnostics (with the quick-fix edits in `data`). */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { Lang } from '../../../common/src/protocol';
import type { DockerfileModel } from '../model/model';
import { findingMessage, type Finding } from '../rules/lint';
import { SHELLCHECK_CODE, shellcheckWikiUrl } from '../shellcheck';
import { SERVER_TEXTS } from '../knowledge/ui';
import { format } from '../knowledge/template';
import { MAX_DOCUMENT_CHARS } from './heap';

/** DiagnosticSeverity values (LSP): Error 1, Warning 2, Information 3, Hint 4. */
const SEVERITY = { error: 1, warning: 2, info: 3, style: 3 } as const;

export const DIAGNOSTIC_SOURCE = 'dockerfile-tutor';

/**
 * What a diagnostic with a quick fix carries for its code actions (only those have `data`: a large file has
 * thousands of diagnostics, and every byte of each goes through JSON to the editor, which keeps them).
 */
export interface DiagnosticData {
  readonly fixes: readonly { readonly title: string; readonly edits: readonly TextEdit[] }[];
}

export function isDiagnosticData(v: unknown): v is DiagnosticData {
  return typeof v === 'object' && v !== null && Array.isArray((v as { fixes?: unknown }).fixes);
}

/** Folder of the generated rule lessons (`docs/rules/<ID>.<lang>.md`), next to `dist/`. */
export function ruleDocsDir(): string {
  return path.resolve(__dirname, '..', 'docs', 'rules');
}

/** Links already built, per language and code (a few hundred at most: one per rule and ShellCheck code). */
const hrefs: Record<Lang, Map<string, string>> = { en: new Map(), ko: new Map() };

export function ruleDocHref(code: string, lang: Lang): string {
  const known = hrefs[lang];
  let href = known.get(code);
  if (href === undefined) {
    // ShellCheck codes (SC2086) are explained on ShellCheck's wiki (English).
    href = SHELLCHECK_CODE.test(code) ? shellcheckWikiUrl(code) : pathToFileURL(path.join(ruleDocsDir(), `${code}.${lang}.md`)).toString();
    known.set(code, href);
  }
  return href;
}

export function toDiagnostic(model: DockerfileModel, f: Finding, lang: Lang, editor: boolean): Diagnostic {
  const range = model.lines.span(f.range);
  // An empty file is not an error while the user is starting to write it.
  const gentle = editor && f.variant === 'NoInstructions';
  const severity = gentle || f.hint ? 4 : SEVERITY[f.severity];
  const diagnostic: Diagnostic = {
    range,
    severity: severity,
    code: f.code,
    codeDescription: { href: ruleDocHref(f.code, lang) },
    source: DIAGNOSTIC_SOURCE,
    message: findingMessage(f, lang),
  };
  if (f.fix !== undefined) {
    const data: DiagnosticData = {
      fixes: [{
        title: f.rule.text.fixes?.[f.fix.title]?.[lang] ?? f.rule.text.title[lang],
        edits: f.fix.edits.map((e) => ({ range: model.lines.span(e.range), newText: e.newText })),
      }],
    };
    diagnostic.data = data;
  }
  return diagnostic;
}

/** Why a document above MAX_DOCUMENT_CHARS is not analysed (heap.ts), in the user's language. */
export function tooLargeMessage(chars: number, lang: Lang): string {
  const count = new Intl.NumberFormat(lang);
  return format(SERVER_TEXTS.tooLarge[lang], { chars: count.format(chars), limit: count.format(MAX_DOCUMENT_CHARS) });
}

/** The one diagnostic of a document too large to analyse: information, at its start. */
export function tooLargeDiagnostic(chars: number, lang: Lang): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: 3,
    source: DIAGNOSTIC_SOURCE,
    message: tooLargeMessage(chars, lang),
  };
}
