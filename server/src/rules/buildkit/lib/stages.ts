/** What BuildKit knows about stages before it builds: global build arguments and which stages are built. */
import type { DockerfileModel } from '../../../model/model';
import { DEFAULT_GLOBAL_ARGS, expandWord } from './expand';
import { argTokens } from './words';

/**
 * The global scope FROM lines see with no `--build-arg` (BuildKit's defaultArgs + buildMetaArgs): the
 * platform arguments and every global ARG that has a default, expanded in order.
 */
export function globalArgValues(model: DockerfileModel): Map<string, string> {
  const env = new Map(DEFAULT_GLOBAL_ARGS);
  const escape = model.parse.escapeToken;
  for (const ins of model.preamble) {
    if (ins.name !== 'arg') continue;
    for (const kv of ins.keyValues) {
      if (kv.value === undefined) continue;
      const r = expandWord(kv.value.value, (n) => env.get(n), escape);
      env.set(kv.key.value, r.result);
    }
  }
  return env;
}

/** Every global ARG name (with or without a default) and the default arguments. */
export function globalArgKeys(model: DockerfileModel): Set<string> {
  const keys = new Set(DEFAULT_GLOBAL_ARGS.keys());
  for (const ins of model.preamble) if (ins.name === 'arg') for (const kv of ins.keyValues) keys.add(kv.key.value);
  return keys;
}

/** Index of the stage BuildKit's `findStateByName` returns (names are case-insensitive; a later duplicate wins). */
export function stageIndexByName(model: DockerfileModel, name: string): number | undefined {
  let found: number | undefined;
  for (const s of model.stages) if (s.name !== undefined && s.name.value.toLowerCase() === name.toLowerCase()) found = s.index;
  return found;
}

/**
 * Stages BuildKit dispatches when it builds the target: the target, its base stage and every stage a
 * `COPY --from` or `RUN --mount from=` names, transitively (dockerfile2llb allReachableStages).
 */
export function reachableStages(model: DockerfileModel): Set<number> {
  const deps = new Map<number, Set<number>>();
  const globals = globalArgValues(model);
  for (const st of model.stages) {
    const set = new Set<number>();
    const base = st.base === undefined ? undefined : expandWord(st.base.value, (n) => globals.get(n), model.parse.escapeToken).result;
    if (base !== undefined) {
      const b = stageIndexByName(model, base);
      if (b !== undefined && b !== st.index) set.add(b);
    }
    deps.set(st.index, set);
  }
  for (const ref of model.stageRefs) {
    if (ref.kind === 'from') continue;
    const byName = stageIndexByName(model, ref.token.value);
    const idx = byName ?? (/^\d+$/.test(ref.token.value) && ref.kind === 'copy-from' ? Number(ref.token.value) : undefined);
    if (idx !== undefined && idx < model.stages.length) deps.get(ref.fromStage)?.add(idx);
  }
  const seen = new Set<number>();
  const visit = (i: number): void => {
    if (seen.has(i)) return;
    seen.add(i);
    for (const d of deps.get(i) ?? []) visit(d);
  };
  if (model.stages.length > 0) visit(model.target);
  return seen;
}

/** First argument token of FROM. */
export function fromArgs(model: DockerfileModel, index: number): ReturnType<typeof argTokens> {
  const st = model.stages[index];
  return st === undefined ? [] : argTokens(st.from);
}
