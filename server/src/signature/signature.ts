/**
 * Signature help: the syntax lines of the instruction under the cursor (from the knowledge base), with
 * the parameter being typed highlighted; on a flag, the flag's own syntax comes first.
 */
import type { ParameterInformation, SignatureHelp, SignatureInformation } from 'vscode-languageserver-types';
import type { Lang } from '../../../common/src/protocol';
import type { Instruction } from '../parse/ast';
import type { DockerfileModel } from '../model/model';
import { flagDoc } from '../knowledge/flags';
import { instructionDoc } from '../knowledge/instructions';
import type { FlagDoc, InstructionDoc } from '../knowledge/types';
import { docMarkdown } from '../completion/docs';

export const SIGNATURE_TRIGGERS = [' ', '='] as const;
export const SIGNATURE_RETRIGGERS = [','] as const;

/** The parts of a syntax line after the keyword, split on spaces outside `[]` and `<>`, with their offsets. */
export function syntaxParameters(line: string): [number, number][] {
  const out: [number, number][] = [];
  const firstSpace = line.indexOf(' ');
  if (firstSpace < 0) return out;
  let depth = 0;
  let start = -1;
  for (let i = firstSpace; i <= line.length; i++) {
    const c = line[i];
    if (c === undefined || (c === ' ' && depth === 0)) {
      if (start >= 0) out.push([start, i]);
      start = -1;
      continue;
    }
    if (start < 0) start = i;
    if (c === '[' || c === '<') depth++;
    else if ((c === ']' || c === '>') && depth > 0) depth--;
  }
  return out;
}

function isFlagParameter(label: string): boolean {
  return label.includes('--') || label.includes('OPTIONS');
}

/** Index of the parameter for the word being typed: flags go to the options part, other words in order. */
function activeParameter(label: string, params: readonly [number, number][], flagWord: boolean, argIndex: number): number | undefined {
  const texts = params.map(([s, e]) => label.slice(s, e));
  if (flagWord) {
    const i = texts.findIndex(isFlagParameter);
    return i >= 0 ? i : undefined;
  }
  const positional = texts.map((t, i) => ({ t, i })).filter((p) => !isFlagParameter(p.t));
  if (positional.length === 0) return undefined;
  const direct = positional[argIndex];
  if (direct !== undefined && direct.t !== '...') return direct.i;
  const rest = positional.find((p) => p.t === '...' || p.t.endsWith('...'));
  return (rest ?? positional[positional.length - 1])?.i;
}

function signature(label: string, doc: InstructionDoc | FlagDoc, lang: Lang, flagWord: boolean, argIndex: number): SignatureInformation {
  const params = syntaxParameters(label);
  const parameters: ParameterInformation[] = params.map(([s, e]) => ({ label: [s, e] }));
  const active = activeParameter(label, params, flagWord, argIndex);
  return {
    label,
    documentation: docMarkdown({ summary: doc.summary[lang], concept: doc.concept, reference: doc.reference }, lang),
    parameters,
    ...(active !== undefined ? { activeParameter: active } : {}),
  };
}

/** The words written before `offset` in the instruction (continuations joined) and the word being typed. */
function wordsBefore(model: DockerfileModel, ins: Instruction, offset: number): { before: string[]; current: string } {
  const raw = model.parse.text.slice(ins.keywordRange.end, offset);
  const esc = model.parse.escapeToken === '`' ? '`' : '\\\\';
  const joined = raw.replace(new RegExp(`${esc}[ \\t]*\\r?\\n`, 'g'), ' ');
  const words = joined.split(/\s+/);
  const current = words.pop() ?? '';
  return { before: words.filter((w) => w.length > 0), current };
}

export function signatureHelpAt(model: DockerfileModel, offset: number, lang: Lang): SignatureHelp | null {
  const ins = model.instructionAt(offset);
  if (ins === undefined || offset <= ins.keywordRange.end) return null;
  const inner = ins.onbuild !== undefined && offset > ins.onbuild.keywordRange.end ? ins.onbuild : ins;
  if (inner.heredocs.some((h) => offset > h.bodyRange.start)) return null;
  const doc = instructionDoc(inner.name.toUpperCase());
  if (doc === undefined) return null;
  const { before, current } = wordsBefore(model, inner, offset);
  const flagWord = current.startsWith('-');
  const argIndex = before.filter((w) => !w.startsWith('--')).length;
  const signatures: SignatureInformation[] = [];
  if (flagWord) {
    const eq = current.indexOf('=');
    const f = flagDoc(doc.keyword, current.slice(2, eq < 0 ? undefined : eq));
    if (f !== undefined) signatures.push(signature(f.syntax, f, lang, true, argIndex));
  }
  let activeLine = 0;
  const json = /^\s*\[/.test(model.parse.text.slice(inner.args.range.start, inner.args.range.end)) || inner.json;
  if (doc.syntax.length > 1) {
    const i = doc.syntax.findIndex((s) => s.includes('["') === json);
    if (i >= 0) activeLine = i;
  }
  const first = signatures.length;
  for (const line of doc.syntax) signatures.push(signature(line, doc, lang, flagWord, argIndex));
  return { signatures, activeSignature: first > 0 ? 0 : activeLine, activeParameter: signatures[first > 0 ? 0 : activeLine]?.activeParameter ?? 0 };
}
