/**
 * What the benchmarks time as our full lint: every rule on, the RUN scripts' shell analysis included, and the
 * result as LSP diagnostics with their English messages, which is what the anchor's `validate` returns (a list of
 * findings without their messages would leave out work the anchor's figure includes).
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import { diagnosticsFor } from '../server/src/service';
import { EVERY_RULE_ON } from '../test/helpers/everyRuleOn';

export function fullLint(text: string): Diagnostic[] {
  return diagnosticsFor(text, 'en', { config: EVERY_RULE_ON }, false);
}
