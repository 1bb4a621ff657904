/**
 * Code lenses on each FROM: the stage's role in the build (final image, base of the final image, or a
 * build stage that stays out of the image) and "Explain this stage", which opens the Explain panel on it.
 */
import type { CodeLens } from 'vscode-languageserver-types';
import type { Lang } from '../../../common/src/protocol';
import type { DockerfileModel, Stage } from '../model/model';
import { EDITOR_TEXTS } from '../knowledge/editorTexts';

export const EXPLAIN_COMMAND = 'dockerfileTutor.explain';

export type StageRole = 'final' | 'base-of-final' | 'build';

export function stageRole(model: DockerfileModel, stage: Stage): StageRole {
  if (stage.index === model.target) return 'final';
  return model.finalChain.has(stage.index) ? 'base-of-final' : 'build';
}

const ROLE_TEXT = { final: EDITOR_TEXTS.lensFinal, 'base-of-final': EDITOR_TEXTS.lensBase, build: EDITOR_TEXTS.lensBuild } as const;

export function codeLenses(model: DockerfileModel, uri: string, lang: Lang): CodeLens[] {
  const out: CodeLens[] = [];
  for (const stage of model.stages) {
    const range = model.lines.span(stage.from.keywordRange);
    // An empty command id makes a label that does nothing when clicked.
    out.push({ range, command: { title: ROLE_TEXT[stageRole(model, stage)][lang], command: '' } });
    out.push({ range, command: { title: EDITOR_TEXTS.lensExplain[lang], command: EXPLAIN_COMMAND, arguments: [{ uri, stage: stage.index }] } });
  }
  return out;
}
