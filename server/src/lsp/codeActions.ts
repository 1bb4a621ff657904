/** Quick fixes from the diagnostics' `data`, plus "ignore on this line" and "ignore in this file". */
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { Lang } from '../../../common/src/protocol';
import type { DockerfileModel } from '../model/model';
import { ACTION_TEXTS } from '../knowledge/rules/actions';
import { fillTemplate } from '../knowledge/template';
import { ruleById } from '../rules/registry';
import { DIAGNOSTIC_SOURCE, isDiagnosticData } from './diagnostics';
import { SHELLCHECK_CODE } from '../shellcheck';

export function codeActionsFor(model: DockerfileModel, uri: string, diagnostics: readonly Diagnostic[], lang: Lang): CodeAction[] {
  const actions: CodeAction[] = [];
  const edit = (edits: TextEdit[]) => ({ changes: { [uri]: edits } });
  for (const d of diagnostics) {
    if (d.source !== DIAGNOSTIC_SOURCE || typeof d.code !== 'string') continue;
    const data: unknown = d.data;
    const code = d.code;
    const rule = ruleById(code);
    if (isDiagnosticData(data)) {
      for (const f of data.fixes) {
        actions.push({ title: f.title, kind: 'quickfix', diagnostics: [d], isPreferred: true, edit: edit([...f.edits]) });
      }
    }
    // ShellCheck codes have no registered rule (one is made per document), but can be ignored like any other.
    if ((rule === undefined && !SHELLCHECK_CODE.test(code)) || rule?.source === 'builder') continue;
    // "Ignore on this line" goes above the first line of the instruction the finding is in.
    const start = d.range.start.line < model.lines.lineCount ? model.lines.offset(d.range.start) : undefined;
    const line = (start === undefined ? undefined : model.instructionAt(start)?.startLine) ?? d.range.start.line;
    const indent = /^\s*/.exec(model.lines.lineText(line))?.[0] ?? '';
    actions.push({
      title: fillTemplate(ACTION_TEXTS.ignoreLine[lang], { code }),
      kind: 'quickfix',
      diagnostics: [d],
      edit: edit([{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}# hadolint ignore=${code}\n` }]),
    });
    actions.push(fileWideIgnore(model, code, rule?.source === 'buildkit' ? (rule.aliases?.[0] ?? code) : code, rule?.source === 'buildkit', lang, d, edit));
  }
  return actions;
}

function fileWideIgnore(
  model: DockerfileModel,
  code: string,
  checkName: string,
  isCheck: boolean,
  lang: Lang,
  d: Diagnostic,
  edit: (e: TextEdit[]) => { changes: Record<string, TextEdit[]> },
): CodeAction {
  const directives = model.parse.directives;
  const existing = directives.find((x) => x.name === 'check');
  if (isCheck && existing !== undefined) {
    const m = /skip=([^;]*)/.exec(existing.value);
    const valueStart = model.lines.position(existing.valueRange.start);
    const valueEnd = model.lines.position(existing.valueRange.end);
    const newValue = m === null ? `skip=${checkName};${existing.value}` : existing.value.replace(m[0], `skip=${m[1]},${checkName}`);
    return { title: fillTemplate(ACTION_TEXTS.skipCheck[lang], { code: checkName }), kind: 'quickfix', diagnostics: [d], edit: edit([{ range: { start: valueStart, end: valueEnd }, newText: newValue }]) };
  }
  // New comments go after the parser directives, which must stay first in the file.
  const after = directives.length === 0 ? 0 : Math.max(...directives.map((x) => x.line)) + 1;
  const text = isCheck ? `# check=skip=${checkName}\n` : `# hadolint global ignore=${code}\n`;
  const line = isCheck ? after === 0 ? 0 : after : after;
  const title = isCheck ? fillTemplate(ACTION_TEXTS.skipCheck[lang], { code: checkName }) : fillTemplate(ACTION_TEXTS.ignoreFile[lang], { code });
  return { title, kind: 'quickfix', diagnostics: [d], edit: edit([{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: text }]) };
}
