/**
 * Shared reading of LABEL pairs for hadolint's label-schema rules (DL3049–DL3058): the label schema
 * (`label-schema` in `.hadolint.yaml`) maps a label name to a type; each rule checks one type.
 */
import type { KeyValue, Token } from '../../parse/ast';
import type { Instruction } from '../../parse/ast';
import type { RuleContext } from '../types';
import { memoized } from '../memo';

/** A token's text with one pair of surrounding quotes removed. */
export function unquoted(t: Token): string {
  const v = t.value;
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) return v.slice(1, -1);
  return v;
}

export interface LabelPair {
  readonly ins: Instruction;
  readonly kv: KeyValue;
  readonly key: string;
  /** The value as written, quotes removed; '' when missing. */
  readonly value: string;
}

/**
 * Every LABEL pair of the file (ONBUILD LABEL included, like hadolint). Made once per lint call for the ten
 * label-schema rules (in its memo): shared, do not change.
 */
export function labelPairs(ctx: RuleContext): readonly LabelPair[] {
  return memoized(ctx, 'labelPairs', () => makeLabelPairs(ctx));
}

function makeLabelPairs(ctx: RuleContext): readonly LabelPair[] {
  const out: LabelPair[] = [];
  for (const ins of ctx.model.parse.instructions) {
    const label = ins.onbuild ?? ins;
    if (label.name !== 'label') continue;
    for (const kv of label.keyValues) out.push({ ins, kv, key: unquoted(kv.key), value: kv.value === undefined ? '' : unquoted(kv.value) });
  }
  return out;
}

/**
 * Reports each label of the schema with this type whose literal value is not valid. Values with a `$`
 * expansion are skipped: they are only known at build time (hadolint checks the text as written).
 */
export function checkLabelType(ctx: RuleContext, type: string, valid: (value: string) => boolean): void {
  const schema = ctx.settings.labelSchema;
  for (const p of labelPairs(ctx)) {
    if (schema[p.key] !== type || p.value.includes('$')) continue;
    if (!valid(p.value)) ctx.report({ range: p.kv.value?.range ?? p.kv.range, params: { label: p.key, value: p.value } });
  }
}
