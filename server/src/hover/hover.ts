/**
 * Hovers: position → what is under it → teaching text from the knowledge base.
 * Every hover: what it does, when it matters (phase, what the container sees), notes link, example,
 * Docker reference, and an "Explain" link that opens the panel on it.
 *
 * Dispatch order (most specific first): parser directive, ONBUILD's inner instruction, keyword,
 * heredoc, variable reference, stage reference, flag (RUN --mount per option), FROM base / stage name,
 * COPY/ADD source and destination.
 */
import type { Hover } from 'vscode-languageserver-types';
import type { Lang } from '../../../common/src/protocol';
import type { Directive, Flag, Heredoc, Token } from '../parse/ast';
import type { DockerfileModel, StageRef, VarResolution } from '../model/model';
import { within } from './render';
import { directiveHover, flagHover, keywordHover, mountHover } from './parts';
import { copyArgHover, heredocHover, imageHover, stageHover, stageRefHover, variableHover } from './references';

export { notesAnchor, notesLink, TRUSTED_COMMANDS } from './render';

export function hoverAt(model: DockerfileModel, offset: number, lang: Lang): Hover | null {
  const directive = model.parse.directives.find((d: Directive) => within(offset, d.range));
  if (directive !== undefined) return directiveHover(model, directive, lang);
  const ins = model.instructionAt(offset);
  if (ins === undefined) return null;
  const target = ins.onbuild !== undefined && offset >= ins.onbuild.keywordRange.start ? ins.onbuild : ins;
  if (within(offset, target.keywordRange)) return keywordHover(model, ins, target, lang);

  const heredoc = target.heredocs.find((h: Heredoc) => within(offset, h.markerRange) || within(offset, h.bodyRange));
  if (heredoc !== undefined) return heredocHover(model, ins, target, heredoc, within(offset, heredoc.markerRange) ? heredoc.markerRange : heredoc.bodyRange, lang);

  const resolution = model.resolutions.find((r: VarResolution) => r.instruction === ins && within(offset, r.ref.range));
  if (resolution !== undefined) return variableHover(model, resolution, lang);

  const ref = model.stageRefs.find((r: StageRef) => r.instruction === ins && within(offset, r.token.range));
  if (ref !== undefined) return stageRefHover(model, ref, lang);

  const flag = target.flags.find((f: Flag) => within(offset, f.range));
  if (flag !== undefined) {
    if (target.name === 'run' && flag.name === 'mount') return mountHover(model, flag, offset, lang);
    return flagHover(model, target, flag, lang);
  }

  if (target.name === 'from') {
    const stage = model.stageOf(ins);
    if (stage !== undefined) {
      if (stage.name !== undefined && within(offset, stage.name.range)) return stageHover(model, stage, stage.name.range, lang);
      if (stage.base !== undefined && within(offset, stage.base.range)) return imageHover(model, stage, lang);
    }
    return null;
  }
  if (target.name === 'copy' || target.name === 'add') {
    const tokens = target.argNodes.filter((n): n is Token => !('child' in n));
    const index = tokens.findIndex((t) => within(offset, t.range));
    if (index >= 0) return copyArgHover(model, ins, target, tokens, index, lang);
  }
  return null;
}
