import { TutorExposeInBuildStage as text } from '../../knowledge/rules/tutor/TutorExposeInBuildStage';
import type { Instruction } from '../../parse/ast';
import type { DockerfileModel } from '../../model/model';
import type { Fix, Rule } from '../types';

/** Removes the EXPOSE line and, unless the target stage exposes the same ports, adds it at the end of the target. */
function moveFix(model: DockerfileModel, ins: Instruction): Fix | undefined {
  const target = model.stages[model.target];
  const last = target?.instructions[target.instructions.length - 1];
  if (target === undefined || last === undefined || ins.startLine !== ins.endLine) return undefined;
  const starts = model.parse.lineStarts;
  const from = starts[ins.startLine] ?? ins.range.start;
  const to = starts[ins.endLine + 1] ?? model.parse.text.length;
  const ports = ins.args.value.trim();
  const already = target.instructions.some((i) => i.name === 'expose' && i.args.value.trim() === ports);
  const edits = [{ range: { start: from, end: to }, newText: '' }];
  if (!already) edits.push({ range: { start: last.range.end, end: last.range.end }, newText: '\nEXPOSE ' + ports });
  return { title: 'moveToTarget', edits };
}

/**
 * Dockerfile Tutor's own rule (the container's settings, notes §3.2): EXPOSE in a stage that other stages only
 * use as a build step (`COPY --from`, `RUN --mount=from`, or as a base of such stages) and that is not part of the
 * image being built (not the target nor a stage the target is built FROM). Its configuration is thrown away
 * with the stage, so the port is documented nowhere. Stages that no other stage uses are left alone: they are
 * other targets (`docker build --target`).
 */
export const rule: Rule = {
  id: 'TutorExposeInBuildStage',
  source: 'tutor',
  defaultSeverity: 'warning',
  concept: 'multi-stage-build',
  reference: 'https://docs.docker.com/reference/dockerfile/#expose',
  text,
  instructions: ['expose'],
  check(ctx) {
    const model = ctx.model;
    const used = new Set<number>();
    for (const r of model.stageRefs) if (r.stage !== undefined && r.fromStage !== r.stage) used.add(r.stage);
    for (const stage of model.stages) {
      if (model.finalChain.has(stage.index) || !used.has(stage.index)) continue;
      for (const ins of stage.instructions) {
        if (ins.name !== 'expose' || ins.args.value === '') continue;
        const name = stage.name?.value ?? String(stage.index);
        const target = model.stages[model.target];
        ctx.report({
          range: ins.textRange,
          params: { stage: name, target: target?.name?.value ?? String(model.target) },
          fix: moveFix(model, ins),
        });
      }
    }
  },
};
