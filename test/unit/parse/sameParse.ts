/**
 * Structural comparison of two parses (and two models) of the same text, for the incremental parse: every field of
 * the result and of every instruction, recursively, `toSource` by its value at every offset of `original` and one
 * past it. Instructions are compared by their public fields only: a reused instruction's private state refers to
 * the older text it was parsed from (the same characters at the same offsets), which is not a difference.
 */
import * as assert from 'node:assert/strict';
import type { Instruction, ParseResult } from '../../../server/src/parse/ast';
import { dumpResult } from '../../../server/src/parse/dump';
import type { DockerfileModel } from '../../../server/src/model/model';

const INSTRUCTION_FIELDS = [
  'keyword', 'name', 'keywordRange', 'range', 'textRange', 'startLine', 'endLine', 'original', 'flags', 'args',
  'argNodes', 'json', 'keyValues', 'heredocs', 'onbuild', 'comments', 'variables', 'emptyContinuationLine', 'toSource',
] as const satisfies readonly (keyof Instruction)[];
const RESULT_FIELDS = [
  'text', 'instructions', 'directives', 'comments', 'escapeToken', 'errors', 'lineStarts', 'bomLength',
] as const satisfies readonly (keyof ParseResult)[];
// These do not compile when Instruction or ParseResult gains a field the lists above lack.
const _allInstructionFields: Exclude<keyof Instruction, (typeof INSTRUCTION_FIELDS)[number]> extends never ? true : never = true;
const _allResultFields: Exclude<keyof ParseResult, (typeof RESULT_FIELDS)[number]> extends never ? true : never = true;

function isInstruction(v: object): v is Instruction {
  return typeof (v as Partial<Instruction>).toSource === 'function' && typeof (v as Partial<Instruction>).keyword === 'string';
}

/** Fails with the path of the first difference between two values (plain data, arrays, instructions). */
function same(actual: unknown, expected: unknown, where: string): void {
  if (Object.is(actual, expected)) return;
  if (typeof actual !== 'object' || typeof expected !== 'object' || actual === null || expected === null) {
    assert.fail(`${where}: ${JSON.stringify(actual)} !== ${JSON.stringify(expected)}`);
  }
  if (Array.isArray(actual) || Array.isArray(expected)) {
    assert.ok(Array.isArray(actual) && Array.isArray(expected), `${where}: array and non-array`);
    assert.equal(actual.length, expected.length, `${where}.length`);
    for (let k = 0; k < expected.length; k++) same(actual[k], expected[k], `${where}[${k}]`);
    return;
  }
  if (isInstruction(expected)) {
    assert.ok(isInstruction(actual), `${where}: not an instruction`);
    sameInstruction(actual, expected, where);
    return;
  }
  assert.equal(Object.getPrototypeOf(actual), Object.getPrototypeOf(expected), `${where}: prototype`);
  const a = actual as Record<string, unknown>;
  const e = expected as Record<string, unknown>;
  assert.deepEqual(Object.keys(a).sort(), Object.keys(e).sort(), `${where}: keys`);
  for (const key of Object.keys(e)) same(a[key], e[key], `${where}.${key}`);
}

function sameInstruction(actual: Instruction, expected: Instruction, where: string): void {
  for (const field of INSTRUCTION_FIELDS) {
    if (field === 'toSource') {
      for (let o = 0; o <= expected.original.length; o++) {
        const got = actual.toSource(o);
        if (got !== expected.toSource(o)) assert.fail(`${where}.toSource(${o}): ${got} !== ${expected.toSource(o)}`);
      }
      continue;
    }
    same(actual[field], expected[field], `${where}.${field}`);
  }
}

/** Asserts that two parses are the same in every field. */
export function assertSameParse(actual: ParseResult, expected: ParseResult, where = 'parse'): void {
  for (const field of RESULT_FIELDS) same(actual[field], expected[field], `${where}.${field}`);
}

/**
 * A model's value as plain data: instructions of the parse by their position (`#3`), sets and maps as sorted lists,
 * the rest as it is.
 */
function plain(v: unknown, positions: ReadonlyMap<Instruction, number>): unknown {
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) return v.map((x) => plain(x, positions));
  if (v instanceof Set) return [...(v as Set<unknown>)].map((x) => plain(x, positions)).sort();
  if (v instanceof Map) {
    return [...(v as Map<unknown, unknown>)].map(([k, x]) => [plain(k, positions), plain(x, positions)]).sort((p, q) => String(p[0]).localeCompare(String(q[0])));
  }
  if (isInstruction(v)) {
    const pos = positions.get(v);
    assert.ok(pos !== undefined, `an instruction not in the parse: ${v.original}`);
    return `#${pos}`;
  }
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = plain(x, positions);
  return out;
}

function positionsOf(model: DockerfileModel): Map<Instruction, number> {
  const m = new Map<Instruction, number>();
  model.parse.instructions.forEach((ins, k) => m.set(ins, k));
  return m;
}

/**
 * Asserts that two models of the same text are the same: their parses, dumps, fields, and the answer of every
 * query at every instruction (and at the start and end of every reference and of the text).
 */
export function assertSameModel(actual: DockerfileModel, expected: DockerfileModel, where = 'model'): void {
  assertSameParse(actual.parse, expected.parse, `${where}.parse`);
  assert.equal(dumpResult(actual.parse), dumpResult(expected.parse), `${where}: dump`);
  const pa = positionsOf(actual);
  const pe = positionsOf(expected);
  const check = (name: string, a: unknown, e: unknown): void => assert.deepEqual(plain(a, pa), plain(e, pe), `${where}.${name}`);
  check('lines', actual.lines.lineStarts, expected.lines.lineStarts);
  check('preamble', actual.preamble, expected.preamble);
  check('globalArgs', actual.globalArgs, expected.globalArgs);
  check('stages', actual.stages, expected.stages);
  check('target', actual.target, expected.target);
  check('finalChain', actual.finalChain, expected.finalChain);
  check('stageRefs', actual.stageRefs, expected.stageRefs);
  check('resolutions', actual.resolutions, expected.resolutions);
  const ia = actual.parse.instructions;
  const ie = expected.parse.instructions;
  const offsets = new Set<number>([0, expected.parse.text.length]);
  for (let k = 0; k < ie.length; k++) {
    const a = ia[k]!;
    const e = ie[k]!;
    check(`resolutionsOf(#${k})`, actual.resolutionsOf(a), expected.resolutionsOf(e));
    check(`stageOf(#${k})`, actual.stageOf(a)?.index, expected.stageOf(e)?.index);
    check(`phaseOf(#${k})`, actual.phaseOf(a), expected.phaseOf(e));
    check(`runtimeVisible(#${k})`, actual.runtimeVisible(a), expected.runtimeVisible(e));
    offsets.add(e.range.start).add(e.range.end);
  }
  for (const r of expected.resolutions) offsets.add(r.ref.range.start).add(r.ref.range.end);
  for (const o of offsets) {
    check(`instructionAt(${o})`, actual.instructionAt(o), expected.instructionAt(o));
    check(`scopeAt(${o})`, actual.scopeAt(o), expected.scopeAt(o));
    check(`resolutionAt(${o})`, actual.resolutionAt(o), expected.resolutionAt(o));
  }
  for (const st of expected.stages) {
    if (st.name !== undefined) check(`findStage(${st.name.value})`, actual.findStage(st.name.value)?.index, expected.findStage(st.name.value)?.index);
  }
}
