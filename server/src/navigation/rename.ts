/**
 * Rename of stage names, ARG/ENV variables and heredoc delimiters, with the checks that keep the Dockerfile
 * valid and its meaning unchanged. Returns offset ranges; the LSP layer turns them into a WorkspaceEdit.
 */
import type { Lang } from '../../../common/src/protocol';
import { NAVIGATION_TEXTS } from '../knowledge/navigationTexts';
import { format } from '../knowledge/template';
import { isPredefinedArg, type DockerfileModel } from '../model/model';
import type { Range } from '../parse/ast';
import { declaredNames, renamePlan } from './symbols';

/** BuildKit's `validStageName` (instructions/parse.go), applied to the lower-cased name. */
export const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;
export const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Delimiters we write: one plain shell word that needs no quoting. */
export const HEREDOC_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
const RESERVED_STAGE_NAMES = new Set(['scratch', 'context']);

export type RenameResult =
  | { readonly ok: true; readonly edits: readonly { readonly range: Range; readonly newText: string }[] }
  | { readonly ok: false; readonly message: string };

export type PrepareResult =
  | { readonly ok: true; readonly range: Range; readonly placeholder: string }
  | { readonly ok: false; readonly message: string };

function refuse(message: string): { ok: false; message: string } {
  return { ok: false, message };
}

/** Whether a rename can start at the position; the message explains why not. */
export function prepareRename(model: DockerfileModel, offset: number, lang: Lang): PrepareResult {
  const plan = renamePlan(model, offset);
  const T = NAVIGATION_TEXTS;
  if (!plan.ok) {
    switch (plan.reason) {
      case 'nothing':
        return refuse(T.renameNothing[lang]);
      case 'predefined':
        return refuse(format(T.renamePredefined[lang], { name: plan.name }));
      case 'undefined':
        return refuse(format(T.renameUndefined[lang], { name: plan.name }));
      case 'stage-index':
        return refuse(format(T.renameStageIndex[lang], { name: plan.name }));
    }
  }
  const text = model.parse.text;
  const written = (r: Range): string => text.slice(r.start, r.end);
  const same = plan.kind === 'stage' ? (r: Range) => written(r).toLowerCase() === plan.name.toLowerCase() : (r: Range) => written(r) === plan.name;
  if (!plan.edits.every(same)) return refuse(format(T.renameUnsafeForm[lang], { name: plan.name }));
  return { ok: true, range: plan.at, placeholder: written(plan.at) };
}

/** The edits of renaming what the position names to `newName`, or a localized refusal. */
export function rename(model: DockerfileModel, offset: number, newName: string, lang: Lang): RenameResult {
  const prepared = prepareRename(model, offset, lang);
  if (!prepared.ok) return prepared;
  const plan = renamePlan(model, offset);
  if (!plan.ok) return refuse(NAVIGATION_TEXTS.renameNothing[lang]);
  const T = NAVIGATION_TEXTS;
  switch (plan.kind) {
    case 'stage': {
      const lower = newName.toLowerCase();
      if (!STAGE_NAME.test(lower)) return refuse(format(T.invalidStageName[lang], { name: newName }));
      if (RESERVED_STAGE_NAMES.has(lower)) return refuse(format(T.reservedStageName[lang], { name: newName }));
      const self = plan.target.kind === 'stage' ? plan.target.stage : undefined;
      const clash = model.stages.find((s) => s !== self && s.name?.value.toLowerCase() === lower);
      if (clash !== undefined) return refuse(format(T.duplicateStageName[lang], { name: newName }));
      break;
    }
    case 'variable': {
      if (!VARIABLE_NAME.test(newName)) return refuse(format(T.invalidVariableName[lang], { name: newName }));
      if (newName !== plan.name && (declaredNames(model).has(newName) || isPredefinedArg(newName))) {
        return refuse(format(T.variableNameTaken[lang], { name: newName }));
      }
      break;
    }
    case 'heredoc': {
      if (!HEREDOC_NAME.test(newName)) return refuse(format(T.invalidHeredocName[lang], { name: newName }));
      const t = plan.target;
      if (t.kind === 'heredoc') {
        const body = t.heredoc.content.split('\n').map((l) => (t.heredoc.chomp ? l.replace(/^\t+/, '') : l).replace(/\r$/, ''));
        if (newName !== plan.name && body.includes(newName)) return refuse(format(T.heredocNameInBody[lang], { name: newName }));
      }
      break;
    }
  }
  return { ok: true, edits: plan.edits.map((range) => ({ range, newText: newName })) };
}
