/** Known variable values at an instruction, for checks that need the builder's expansion result. */
import type { DockerfileModel } from '../../../model/model';
import type { Instruction } from '../../../parse/ast';
import { DEFAULT_GLOBAL_ARGS, expandWord, isLiteral, type ExpandResult } from './expand';

const NO_LOOKUP = (): undefined => undefined;

/**
 * Expands a word with the values the model knows in front of `ins`. `known` is false when a variable
 * has no statically known value (it may come from the base image or a build argument).
 */
export function expandAt(model: DockerfileModel, ins: Instruction, word: string): ExpandResult & { readonly known: boolean } {
  // A literal word expands to itself without a lookup: no scope needed.
  if (isLiteral(word, model.parse.escapeToken, true)) return withKnown(expandWord(word, NO_LOOKUP, model.parse.escapeToken), true);
  const scope = model.scopeAt(ins.range.start);
  let known = true;
  const r = expandWord(word, (n) => {
    const d = scope.get(n);
    if (d === undefined || d.value === undefined) {
      const dflt = d?.kind === 'predefined' ? DEFAULT_GLOBAL_ARGS.get(n) : undefined;
      if (dflt === undefined) known = false;
      return dflt;
    }
    return d.value;
  }, model.parse.escapeToken);
  return withKnown(r, known && r.error === undefined);
}

/** `{ ...r, known }` with the fields listed: the spread copy with one more field went through V8's runtime. */
function withKnown(r: ExpandResult, known: boolean): ExpandResult & { readonly known: boolean } {
  return { result: r.result, matched: r.matched, unmatched: r.unmatched, error: r.error, known };
}
