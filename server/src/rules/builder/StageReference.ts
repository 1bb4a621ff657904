import { StageReference as text } from '../../knowledge/rules/builder/StageReference';
import type { StageRef } from '../../model/model';
import { expandWord } from '../buildkit/lib/expand';
import { builderApplies, flagError } from '../buildkit/lib/flags';
import { reachableStages, stageIndexByName } from '../buildkit/lib/stages';
import type { Rule } from '../types';

/**
 * BuildKit dockerfile2llb/convert.go: `COPY --from` takes no variables (toCommand) and a numeric index must name a
 * stage (findStateByIndex); stages may not depend on each other in a circle (validateCircularDependency); in the
 * stages that are built, `COPY --from` and `RUN --mount from=` must name an earlier stage (dispatch). A name
 * that is no stage is an image to pull, which is not an error.
 */
export const rule: Rule = {
  id: 'StageReference',
  source: 'builder',
  defaultSeverity: 'error',
  concept: 'multi-stage-build',
  reference: 'moby/buildkit frontend/dockerfile/dockerfile2llb/convert.go toCommand, validateCircularDependency, dispatch',
  text,
  scope: 'outline',
  check(ctx) {
    const m = ctx.model;
    if (!builderApplies(m)) return;
    // Most files reference no stage but by FROM: nothing to check.
    if (!m.stageRefs.some((r) => r.kind !== 'from')) return;
    let reachable: ReadonlySet<number> | undefined;
    const target = (ref: StageRef): number | undefined => {
      const v = ref.token.value;
      if (ref.kind === 'copy-from' && /^[+-]?\d+$/.test(v)) return Number(v);
      return stageIndexByName(m, v);
    };
    // Dependencies of every stage (COPY --from, mounts; not the FROM base), for the circle check.
    const deps = new Map<number, Set<number>>();
    for (const st of m.stages) deps.set(st.index, new Set());
    const refs = m.stageRefs.filter((r) => r.kind !== 'from' && r.instruction.onbuild === undefined && flagError(r.instruction) === undefined);
    for (const r of refs) {
      const t = target(r);
      if (t !== undefined && t >= 0 && t < m.stages.length) deps.get(r.fromStage)?.add(t);
    }
    // A circle needs an edge to a stage that is not earlier: without one (most files), no stage reaches a later one.
    let forward = false;
    for (const [from, on] of deps) for (const t of on) if (t >= from) forward = true;
    const reaches = (from: number, to: number): boolean => {
      if (!forward) return false;
      const seen = new Set<number>();
      const stack = [from];
      while (stack.length > 0) {
        const s = stack.pop()!;
        if (s === to) return true;
        if (seen.has(s)) continue;
        seen.add(s);
        for (const d of deps.get(s) ?? []) stack.push(d);
      }
      return false;
    };
    for (const r of refs) {
      const v = r.token.value;
      const name = m.stages[r.fromStage]?.name?.value ?? String(r.fromStage);
      if (r.kind === 'copy-from') {
        const x = expandWord(v, () => undefined, m.parse.escapeToken);
        if (x.result !== v || x.error !== undefined) {
          ctx.report({ range: r.token.range, variant: 'variable' });
          continue;
        }
        if (/^[+-]?\d+$/.test(v) && (Number(v) < 0 || Number(v) >= m.stages.length)) {
          ctx.report({ range: r.token.range, variant: 'index', params: { index: String(Number(v)) } });
          continue;
        }
      }
      const t = target(r);
      if (t === undefined || t >= m.stages.length) continue;
      if (t === r.fromStage || reaches(t, r.fromStage)) {
        ctx.report({ range: r.token.range, variant: 'circular', params: { stage: name } });
        continue;
      }
      if (t > r.fromStage && (reachable ??= reachableStages(m)).has(r.fromStage)) {
        ctx.report({ range: r.token.range, variant: r.kind === 'mount-from' ? 'laterMount' : 'later', params: { from: v, stage: name } });
      }
    }
  },
};
