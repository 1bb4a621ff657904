// Tokenizes Dockerfile text with our grammar through vscode-textmate, the engine VS Code uses
// (reached through vscode-tmgrammar-test, which bundles it with the Oniguruma WebAssembly build).
import * as path from 'node:path';
import type { IGrammar, StackElement } from 'vscode-textmate';
import { createRegistry } from 'vscode-tmgrammar-test/dist/common/index';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const grammarPath = path.join(repoRoot, 'syntaxes', 'dockerfile.tmLanguage.json');
export const shellStubPath = path.join(repoRoot, 'test', 'fixtures', 'grammar', 'shell-stub.tmLanguage.json');

export interface Token {
  readonly line: number;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly text: string;
  readonly scopes: readonly string[];
}

let grammarPromise: Promise<IGrammar> | undefined;

export function loadGrammar(): Promise<IGrammar> {
  grammarPromise ??= (async () => {
    const registry = createRegistry([
      { path: grammarPath, scopeName: 'source.dockerfile' },
      { path: shellStubPath, scopeName: 'source.shell' },
    ]);
    const grammar = await registry.loadGrammar('source.dockerfile');
    if (!grammar) throw new Error('source.dockerfile did not load');
    return grammar;
  })();
  return grammarPromise;
}

/** Splits like VS Code does (\r\n, \n or \r) and tokenizes line by line. */
export async function tokenize(text: string): Promise<Token[][]> {
  const grammar = await loadGrammar();
  const lines = text.split(/\r\n|\r|\n/);
  let state: StackElement | null = null;
  const result: Token[][] = [];
  lines.forEach((line, index) => {
    const r = grammar.tokenizeLine(line, state, 10_000);
    if (r.stoppedEarly) throw new Error(`tokenizing stopped early on line ${index + 1}`);
    state = r.ruleStack;
    result.push(
      r.tokens.map((t) => ({
        line: index,
        startIndex: t.startIndex,
        endIndex: Math.min(t.endIndex, line.length),
        text: line.slice(t.startIndex, t.endIndex),
        scopes: t.scopes,
      })),
    );
  });
  return result;
}

/** A readable dump for debugging: one line per token. */
export function dump(lines: readonly (readonly Token[])[]): string {
  return lines
    .flatMap((tokens) => tokens.map((t) => `${t.line + 1}:${t.startIndex} ${JSON.stringify(t.text)} ${t.scopes.slice(1).join(' ')}`))
    .join('\n');
}
