/**
 * Lints the versions of a document in turn, incrementally as the lint worker does (`lintRemembering`, with the
 * previous model and shell scripts), and checks each against a fresh `lint` of the same text, finding by finding.
 */
import * as assert from 'node:assert/strict';
import { analyze, type DockerfileModel } from '../../server/src/model/model';
import { lint, lintRemembering, type Finding, type LintConfig, type LintMemory } from '../../server/src/rules/lint';
import { RULES } from '../../server/src/rules/registry';
import type { Rule } from '../../server/src/rules/types';
import { ShellScriptReuse } from '../../server/src/shell/shell';
import { EVERY_RULE_ON } from './everyRuleOn';

/** What a finding says, as one comparable line. */
export function findingKey(f: Finding): string {
  return `${f.code} ${f.severity}${f.hint ? ' hint' : ''} ${f.range.start}-${f.range.end} ${f.variant} ${JSON.stringify(f.params)} ${JSON.stringify(f.fix ?? null)}`;
}

export class LintChain {
  private model: DockerfileModel | undefined;
  private memory: LintMemory | undefined;
  private readonly reuse = new ShellScriptReuse();

  constructor(private readonly config: LintConfig = EVERY_RULE_ON, private readonly rules: readonly Rule[] = RULES) {}

  /** Lints the next version; fails, naming `label`, when its findings differ from a fresh lint's. */
  step(text: string, label: string): Finding[] {
    const model = analyze(text, { previous: this.model });
    const { findings, memory } = lintRemembering(model, this.config, this.rules, this.reuse, this.memory);
    this.model = model;
    this.memory = memory;
    const expected = lint(analyze(text), this.config, this.rules).map(findingKey);
    const actual = findings.map(findingKey);
    if (actual.join('\n') !== expected.join('\n')) {
      const missing = expected.filter((k) => !actual.includes(k));
      const extra = actual.filter((k) => !expected.includes(k));
      assert.fail(`${label}: ${actual.length} findings, expected ${expected.length}\nmissing:\n  ${missing.slice(0, 8).join('\n  ')}\nextra:\n  ${extra.slice(0, 8).join('\n  ')}`);
    }
    return findings;
  }
}
