import { ConsistentInstructionCasing as text } from '../../knowledge/rules/buildkit/ConsistentInstructionCasing';
import type { Rule } from '../types';

/**
 * BuildKit ConsistentInstructionCasing (dockerfile2llb/validations.go validateCommandCasing): count the
 * keywords of every stage that are all lower or all upper case; every keyword that does not match the
 * majority (ties go to upper case) is reported. ARGs before the first FROM are not part of a stage.
 */
const LOWER = 1;
const UPPER = 2;
const MIXED = 3;
const UNKNOWN = 0;

/**
 * Whether a keyword is all lower case (`LOWER`: it equals its `toLowerCase()`), all upper case (`UPPER`), or
 * neither (`MIXED`), read from its ASCII letters without making the converted strings; `UNKNOWN` for text with
 * other characters (the caller then compares with the converted strings).
 */
function asciiCase(k: string): number {
  let lower = false;
  let upper = false;
  for (let i = 0; i < k.length; i++) {
    const c = k.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = true;
    else if (c >= 65 && c <= 90) upper = true;
    else if (c > 127) return UNKNOWN;
  }
  if (lower && upper) return MIXED;
  return upper ? UPPER : LOWER;
}

/** Each instruction's `asciiCase` from the counting walk, read again by the reporting walk (reused across calls). */
let cases = new Uint8Array(256);

export const rule: Rule = {
  id: 'ConsistentInstructionCasing',
  source: 'buildkit',
  defaultSeverity: 'warning',
  concept: 'dockerfile',
  reference: 'moby/buildkit frontend/dockerfile/linter/ruleset.go; dockerfile2llb/validations.go validateCommandCasing',
  text,
  check(ctx) {
    // The stages' instructions: every instruction after the preamble (stages are consecutive from the first FROM).
    const all = ctx.model.parse.instructions;
    const first = ctx.model.preamble.length;
    let lower = 0;
    let upper = 0;
    if (cases.length < all.length) cases = new Uint8Array(all.length * 2);
    for (let i = first; i < all.length; i++) {
      const k = all[i]!.keyword;
      const c = asciiCase(k);
      cases[i] = c;
      if (c === LOWER || (c === UNKNOWN && k === k.toLowerCase())) lower++;
      else if (c === UPPER || (c === UNKNOWN && k === k.toUpperCase())) upper++;
    }
    const majorityLower = lower > upper;
    for (let i = first; i < all.length; i++) {
      const c = cases[i]!;
      if (c === (majorityLower ? LOWER : UPPER)) continue;
      const ins = all[i]!;
      const k = ins.keyword;
      const want = majorityLower ? k.toLowerCase() : k.toUpperCase();
      if (want === k) continue;
      ctx.report({
        range: ins.keywordRange,
        variant: majorityLower ? 'lower' : 'default',
        params: { instruction: k },
        fix: { title: majorityLower ? 'toLower' : 'toUpper', edits: [{ range: ins.keywordRange, newText: want }] },
      });
    }
  },
};
