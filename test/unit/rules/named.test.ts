import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, type DockerfileModel } from '../../../server/src/model/model';
import type { Instruction } from '../../../server/src/parse/ast';
import { DEFAULT_LINT_CONFIG, lint } from '../../../server/src/rules/lint';
import {
  firstInStage,
  instructionNames,
  instructionsNamed,
  instructionsOrTriggersNamed,
  instructionsWithFlags,
  triggersNamed,
  type NamedInstructions,
} from '../../../server/src/rules/named';
import { RULES } from '../../../server/src/rules/registry';
import { DEFAULT_LINT_SETTINGS, type Rule, type RuleContext } from '../../../server/src/rules/types';

/** A context outside a lint call (no lint memo: the index is kept with the context). */
function contextOf(model: DockerfileModel): RuleContext {
  return {
    model,
    settings: DEFAULT_LINT_SETTINGS,
    report: () => undefined,
    stageOf: (ins) => model.stageOf(ins),
    shell: () => undefined,
    isPosixShell: () => true,
  };
}

/** What the walks rules made before the index found: the stage of each instruction by the stage lists. */
function stageByWalk(model: DockerfileModel): Map<Instruction, number> {
  const out = new Map<Instruction, number>();
  for (const ins of model.preamble) out.set(ins, -1);
  for (const st of model.stages) for (const ins of st.instructions) out.set(ins, st.index);
  return out;
}

function assertSelects(model: DockerfileModel, got: NamedInstructions, test: (ins: Instruction) => boolean, label: string): void {
  const stageOf = stageByWalk(model);
  const all = model.parse.instructions.filter(test);
  assert.deepEqual(got.list, all, `${label}: the file walk`);
  assert.deepEqual(got.stages, all.map((ins) => stageOf.get(ins)), `${label}: stages`);
  assert.deepEqual(got.positions, all.map((ins) => model.parse.instructions.indexOf(ins)), `${label}: positions`);
  const inStages = model.stages.flatMap((st) => st.instructions.filter(test));
  assert.deepEqual(got.list.slice(got.first), inStages, `${label}: the stage walk from first`);
  for (let i = 0; i < got.list.length; i++) assert.equal(got.stages[i], model.stageOf(got.list[i]!)?.index ?? -1, `${label}: stageOf`);
}

const SAMPLES: readonly string[] = [
  'ARG BASE=alpine\nRUN echo before\nONBUILD RUN echo early\nFROM $BASE AS one\nRUN --mount=type=cache,target=/x echo a\nONBUILD RUN echo b\nONBUILD COPY . /app\nCOPY --from=one a b\nUSER app\nFROM one\nONBUILD ONBUILD RUN x\nONBUILD\nRUN echo c\nCMD ["x"]\n',
  'FROM scratch\nFROM alpine\nLABEL a=b\nonbuild label c=d\nEXPOSE 80\nFROM debian\n',
  'RUN only\nUSER nobody\n',
  // Mostly the names the merge test asks for (picked by a walk), and few of them among others (merged).
  'FROM a\nRUN 1\nRUN 2\nCOPY a b\nRUN 3\nCOPY c d\nFROM b\nRUN 4\n',
  'FROM a\nENV a=1\nENV b=2\nENV c=3\nRUN 1\nENV d=4\nLABEL x=y\nCOPY a b\nENV e=5\nENV f=6\nENV g=7\nENV h=8\n',
  '',
];

function texts(): { label: string; text: string }[] {
  const out = SAMPLES.map((text, i) => ({ label: `sample ${i}`, text }));
  const root = path.join(__dirname, '..', '..', 'fixtures', 'rules');
  for (const id of fs.readdirSync(root).sort()) {
    const dir = path.join(root, id);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const n of fs.readdirSync(dir).sort()) if (n.endsWith('.Dockerfile')) out.push({ label: `${id}/${n}`, text: fs.readFileSync(path.join(dir, n), 'utf8') });
  }
  return out;
}

describe('named instructions (rules/named.ts)', () => {
  it('lists each name as the walks of the file and of the stages found it, with the stage of each entry', () => {
    for (const { label, text } of texts()) {
      const model = analyze(text);
      const ctx = contextOf(model);
      const names = [...new Set(model.parse.instructions.map((i) => i.name))];
      assert.deepEqual(instructionNames(ctx), names, `${label}: names`);
      for (const name of [...names, 'nothing']) {
        assertSelects(model, instructionsNamed(ctx, name), (i) => i.name === name, `${label} ${name}`);
        assertSelects(model, triggersNamed(ctx, name), (i) => i.onbuild?.name === name, `${label} trigger ${name}`);
        assertSelects(model, instructionsOrTriggersNamed(ctx, name), (i) => (i.onbuild ?? i).name === name, `${label} either ${name}`);
      }
      assertSelects(model, instructionsWithFlags(ctx), (i) => i.flags.length > 0, `${label} flags`);
    }
  });

  it('merges several names in document order', () => {
    for (const { label, text } of texts()) {
      const model = analyze(text);
      const ctx = contextOf(model);
      const pick = ['run', 'copy', 'onbuild', 'from'];
      assertSelects(model, instructionsNamed(ctx, pick), (i) => pick.includes(i.name), `${label} own`);
      assertSelects(model, triggersNamed(ctx, pick), (i) => i.onbuild !== undefined && pick.includes(i.onbuild.name), `${label} trigger`);
      assertSelects(model, instructionsOrTriggersNamed(ctx, pick), (i) => pick.includes((i.onbuild ?? i).name), `${label} either`);
    }
  });

  it('finds the first entry of a stage by its number', () => {
    const model = analyze(SAMPLES[0]!);
    const runs = instructionsOrTriggersNamed(contextOf(model), 'run');
    for (let s = 0; s <= model.stages.length; s++) {
      const expected = runs.stages.findIndex((x) => x >= s);
      assert.equal(firstInStage(runs, s), expected < 0 ? runs.list.length : expected, `stage ${s}`);
    }
  });

  it('keeps the index of a context made outside a lint call with that context', () => {
    const model = analyze(SAMPLES[0]!);
    const ctx = contextOf(model);
    assert.equal(instructionsNamed(ctx, 'run'), instructionsNamed(ctx, 'run'));
    assert.notEqual(instructionsNamed(contextOf(model), 'run'), instructionsNamed(ctx, 'run'));
  });

  it('makes the index once per lint call: every rule of the call gets the same lists', () => {
    const seen: NamedInstructions[] = [];
    const runCopy = ['run', 'copy'];
    const probe = (id: string): Rule => ({
      id,
      source: 'tutor',
      defaultSeverity: 'info',
      concept: RULES[0]!.concept,
      text: RULES[0]!.text,
      check(ctx) {
        seen.push(instructionsNamed(ctx, 'run'), instructionsNamed(ctx, runCopy));
      },
    });
    const model = analyze(SAMPLES[0]!);
    lint(model, DEFAULT_LINT_CONFIG, [probe('ProbeOne'), probe('ProbeTwo')]);
    assert.equal(seen.length, 4);
    assert.equal(seen[0], seen[2]);
    assert.deepEqual(seen[1], seen[3]);
    // A later call makes its own.
    lint(model, DEFAULT_LINT_CONFIG, [probe('ProbeOne')]);
    assert.notEqual(seen[4], seen[0]);
    assert.deepEqual(seen[4], seen[0]);
  });
});
