/**
 * Inlay hints: after each instruction its phase (layer / metadata / build-only), and after a variable
 * reference its value where the model knows it. Only hints inside the requested range are returned.
 */
import type { InlayHint } from 'vscode-languageserver-types';
import type { Lang } from '../../../common/src/protocol';
import type { Range } from '../parse/ast';
import type { DockerfileModel } from '../model/model';
import { EDITOR_TEXTS } from '../knowledge/editorTexts';
import { PHASE_TEXTS } from '../knowledge/phases';
import { fillTemplate, format } from '../knowledge/template';
import { VARIABLE_TEXTS } from '../knowledge/ui';
import { codeSpan } from '../hover/markdown';

/** Longest value shown in a hint; longer ones are cut with an ellipsis (the tooltip has the whole value). */
const MAX_VALUE = 40;

function overlaps(a: Range, b: Range): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export function inlayHintsIn(model: DockerfileModel, range: Range, lang: Lang): InlayHint[] {
  const hints: { offset: number; hint: InlayHint }[] = [];
  // Values first: at the end of an instruction the value hint comes before the phase.
  for (const r of model.resolutions) {
    const end = r.ref.range.end;
    if (r.value === undefined || end < range.start || end > range.end) continue;
    const shown = r.value.length > MAX_VALUE ? `${r.value.slice(0, MAX_VALUE - 1)}…` : r.value;
    hints.push({
      offset: end,
      hint: {
        position: model.lines.position(end),
        label: `= ${shown === '' ? '""' : shown}`,
        paddingLeft: true,
        tooltip: { kind: 'markdown', value: r.value === '' ? VARIABLE_TEXTS.emptyValue[lang] : format(VARIABLE_TEXTS.valueHere[lang], { value: codeSpan(r.value) }) },
      },
    });
  }
  for (const ins of model.parse.instructions) {
    if (!overlaps(ins.textRange, range)) continue;
    const phase = model.phaseOf(ins);
    const keyword = (ins.onbuild ?? ins).name.toUpperCase();
    const end = ins.textRange.end;
    if (end < range.start || end > range.end) continue;
    hints.push({
      offset: end,
      hint: {
        position: model.lines.position(end),
        label: PHASE_TEXTS[phase].label[lang],
        paddingLeft: true,
        tooltip: {
          kind: 'markdown',
          value: [format(EDITOR_TEXTS.inlayPhaseTooltip[lang], { phase: PHASE_TEXTS[phase].label[lang] }), fillTemplate(PHASE_TEXTS[phase].explain[lang], { keyword })].join('\n\n'),
        },
      },
    });
  }
  return hints.sort((a, b) => a.offset - b.offset).map((h) => h.hint);
}
