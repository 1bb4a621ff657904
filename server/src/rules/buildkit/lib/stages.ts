/** What BuildKit knows about stages before it builds: global build arguments and which stages are built. */
import type { DockerfileModel } from '../../../model/model';
import { DEFAULT_GLOBAL_ARGS, expandWord } from './expand';
import { argTokens } from './words';
import { memoOfModel } from '../../memo';
import { lowerCase } from '../../strings';

/**
 * Facts about a model that several rules need, computed once per model (the model is immutable): every rule
 * that asks gets the same object, so they must not change it (the types say so).
 */
interface StageFacts {
  globals?: ReadonlyMap<string, string>;
  globalKeys?: ReadonlySet<string>;
  /** Lower-cased stage name → index of the last stage with that name. */
  byName?: ReadonlyMap<string, number>;
  reachable?: ReadonlySet<number>;
}

const DEFAULT_KEYS: ReadonlySet<string> = new Set(DEFAULT_GLOBAL_ARGS.keys());

const facts = new WeakMap<DockerfileModel, StageFacts>();

/** The memo key of the stage facts (the incremental lint's views share them: rules/lint.ts). */
export const STAGE_FACTS_KEY = 'stageFacts';

function factsOf(model: DockerfileModel): StageFacts {
  // In a lint call, in its memo: a WeakMap entry kept the facts through every minor GC while the model lived.
  const memo = memoOfModel(model);
  if (memo !== undefined) {
    let m = memo.get(STAGE_FACTS_KEY) as StageFacts | undefined;
    if (m === undefined) {
      m = {};
      memo.set(STAGE_FACTS_KEY, m);
    }
    return m;
  }
  let f = facts.get(model);
  if (f === undefined) {
    f = {};
    facts.set(model, f);
  }
  return f;
}

/**
 * The global scope FROM lines see with no `--build-arg` (BuildKit's defaultArgs + buildMetaArgs): the
 * platform arguments and every global ARG that has a default, expanded in order.
 */
export function globalArgValues(model: DockerfileModel): ReadonlyMap<string, string> {
  const f = factsOf(model);
  if (f.globals !== undefined) return f.globals;
  // Without a global ARG the defaults are the scope (shared, never changed).
  if (!model.preamble.some((ins) => ins.name === 'arg')) {
    f.globals = DEFAULT_GLOBAL_ARGS;
    return DEFAULT_GLOBAL_ARGS;
  }
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
  f.globals = env;
  return env;
}

/** Every global ARG name (with or without a default) and the default arguments. */
export function globalArgKeys(model: DockerfileModel): ReadonlySet<string> {
  const f = factsOf(model);
  if (f.globalKeys !== undefined) return f.globalKeys;
  if (!model.preamble.some((ins) => ins.name === 'arg')) {
    f.globalKeys = DEFAULT_KEYS;
    return DEFAULT_KEYS;
  }
  const keys = new Set(DEFAULT_GLOBAL_ARGS.keys());
  for (const ins of model.preamble) if (ins.name === 'arg') for (const kv of ins.keyValues) keys.add(kv.key.value);
  f.globalKeys = keys;
  return keys;
}

/** Index of the stage BuildKit's `findStateByName` returns (names are case-insensitive; a later duplicate wins). */
export function stageIndexByName(model: DockerfileModel, name: string): number | undefined {
  const f = factsOf(model);
  let byName = f.byName;
  if (byName === undefined) {
    const map = new Map<string, number>();
    for (const s of model.stages) if (s.name !== undefined) map.set(lowerCase(s.name.value), s.index);
    byName = map;
    f.byName = map;
  }
  // Most files name no stage; most names asked are image names.
  return byName.size === 0 ? undefined : byName.get(lowerCase(name));
}


/**
 * Stages BuildKit dispatches when it builds the target: the target, its base stage and every stage a
 * `COPY --from` or `RUN --mount from=` names, transitively (dockerfile2llb allReachableStages).
 */
export function reachableStages(model: DockerfileModel): ReadonlySet<number> {
  const f = factsOf(model);
  if (f.reachable !== undefined) return f.reachable;
  // One stage: it is the target, whatever it refers to.
  if (model.stages.length === 1) {
    f.reachable = new Set([model.target]);
    return f.reachable;
  }
  // Per stage, the stage it is built FROM (-1: none) and the stages its COPY --from / RUN --mount from= name
  // (arrays: no map and set per stage).
  const count = model.stages.length;
  const baseOf: number[] = [];
  const refsOf: (number[] | undefined)[] = [];
  const globals = globalArgValues(model);
  const lookup = (n: string): string | undefined => globals.get(n);
  const escape = model.parse.escapeToken;
  for (const st of model.stages) {
    const base = st.base === undefined ? undefined : expandWord(st.base.value, lookup, escape).result;
    const b = base === undefined ? undefined : stageIndexByName(model, base);
    baseOf[st.index] = b !== undefined && b !== st.index ? b : -1;
  }
  const refs = model.stageRefs;
  for (let k = 0; k < refs.length; k++) {
    const ref = refs[k]!;
    if (ref.kind === 'from') continue;
    const byName = stageIndexByName(model, ref.token.value);
    const idx = byName ?? (/^\d+$/.test(ref.token.value) && ref.kind === 'copy-from' ? Number(ref.token.value) : undefined);
    if (idx !== undefined && idx < count && ref.fromStage >= 0 && ref.fromStage < count) (refsOf[ref.fromStage] ??= []).push(idx);
  }
  const seen = new Set<number>();
  // Depth-first without recursion: a long chain of stages must not overflow the stack.
  const stack = count > 0 ? [model.target] : [];
  while (stack.length > 0) {
    const i = stack.pop()!;
    if (seen.has(i)) continue;
    seen.add(i);
    const b = baseOf[i];
    if (b !== undefined && b >= 0 && !seen.has(b)) stack.push(b);
    const more = refsOf[i];
    if (more !== undefined) for (let k = 0; k < more.length; k++) if (!seen.has(more[k]!)) stack.push(more[k]!);
  }
  f.reachable = seen;
  return seen;
}

/** First argument token of FROM. */
export function fromArgs(model: DockerfileModel, index: number): ReturnType<typeof argTokens> {
  const st = model.stages[index];
  return st === undefined ? [] : argTokens(st.from);
}
