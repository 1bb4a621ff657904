import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from '../../server/src/parse/parser';
import type { Instruction } from '../../server/src/parse/ast';
import { corpusDir, corpusFiles } from '../helpers/corpus';
import { grammarPath, repoRoot, shellStubPath, tokenize } from './tokenize';

const bin = (name: string): string => path.join(repoRoot, 'node_modules', '.bin', name);
const unitFixtures = 'test/fixtures/grammar/*.test.dockerfile';
const snapFixtures = 'test/fixtures/grammar/snap/*.dockerfile';

interface Run {
  readonly status: number | null;
  readonly output: string;
}

/** Runs a vscode-tmgrammar-test CLI; `config` is the package.json that names the grammar. */
function runCli(name: 'vscode-tmgrammar-test' | 'vscode-tmgrammar-snap', args: readonly string[], config = path.join(repoRoot, 'package.json')): Run {
  const r = spawnSync(bin(name), ['--config', config, '-g', shellStubPath, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** A package.json in a temp folder whose grammar is a copy of ours with one rule changed. */
function brokenGrammarConfig(edit: (grammar: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grammar-mutant-'));
  const original = fs.readFileSync(grammarPath, 'utf8');
  const mutated = edit(original);
  assert.notEqual(mutated, original, 'the mutation changed the grammar');
  fs.writeFileSync(path.join(dir, 'dockerfile.tmLanguage.json'), mutated);
  const pkg = { contributes: { grammars: [{ language: 'dockerfile', scopeName: 'source.dockerfile', path: './dockerfile.tmLanguage.json' }] } };
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg));
  return path.join(dir, 'package.json');
}

describe('TextMate grammar', () => {
  it('reports no difference when the committed grammar is compared with its generator', () => {
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'syntaxes', 'src', 'generate.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });

  it('reports every assertion of the fixtures as met when vscode-tmgrammar-test runs', () => {
    const r = runCli('vscode-tmgrammar-test', ['-c', unitFixtures]);
    assert.equal(r.status, 0, r.output);
    assert.match(r.output, /heredocs\.test\.dockerfile run successfuly/);
  });

  it('reports the snapshots unchanged when vscode-tmgrammar-snap runs', () => {
    const r = runCli('vscode-tmgrammar-snap', ['-s', 'source.dockerfile', snapFixtures]);
    assert.equal(r.status, 0, r.output);
  });

  // The fixtures must bite: a grammar with one construct scoped wrongly fails them.
  const mutations: readonly [string, (g: string) => string][] = [
    ['the heredoc token scope is renamed', (g) => g.replaceAll('keyword.control.heredoc-token.dockerfile', 'keyword.control.other.dockerfile')],
    ['RUN heredoc bodies are not embedded shell', (g) => g.replaceAll('"contentName": "meta.embedded.block.shell"', '"contentName": "meta.other.block"')],
    ['the backtick escape variant is dropped', (g) => g.replace('"include": "#escape-backtick"', '"include": "#directive"')],
    ['comment lines inside continuations are not skipped', (g) => g.replaceAll('"end": "^(?![ \\\\t]*(?:#|$))"', '"end": "^"')],
    ['image tags get the image name scope', (g) => g.replaceAll('constant.other.tag.dockerfile', 'entity.name.type.image.dockerfile')],
    ['directives are recognised anywhere', (g) => g.replace('"begin": "\\\\A(?=', '"begin": "^(?=')],
  ];
  for (const [what, edit] of mutations) {
    it(`reports a failure when ${what}`, () => {
      const r = runCli('vscode-tmgrammar-test', ['-c', unitFixtures], brokenGrammarConfig(edit));
      assert.notEqual(r.status, 0, r.output);
      assert.match(r.output, /Missing required scopes|Prohibited scopes/);
    });
  }
});

describe('TextMate grammar on the corpus', function () {
  this.timeout(180_000);
  const dir = corpusDir();
  if (dir === undefined) return;

  it('reports the keyword scope on every instruction keyword the parser finds, in every corpus file', async () => {
    const problems: string[] = [];
    let keywords = 0;
    for (const file of corpusFiles(dir)) {
      const text = fs.readFileSync(file.path, 'utf8').replace(/^\uFEFF/, '');
      const lines = await tokenize(text);
      const lineStarts = [0];
      for (const m of text.matchAll(/\r\n|\r|\n/g)) lineStarts.push(m.index + m[0].length);
      const at = (offset: number): { line: number; col: number } => {
        let line = 0;
        while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset) line++;
        return { line, col: offset - lineStarts[line]! };
      };
      const check = (ins: Instruction): void => {
        keywords++;
        const { line, col } = at(ins.keywordRange.start);
        const token = lines[line]?.find((t) => t.startIndex <= col && col < t.endIndex);
        if (!token?.scopes.some((s) => s.startsWith('keyword.'))) {
          problems.push(`${file.name}:${line + 1}:${col + 1} ${ins.keyword} → ${token?.scopes.join(' ') ?? 'no token'}`);
        }
        if (ins.onbuild) check(ins.onbuild);
      };
      parse(text).instructions.forEach(check);
    }
    assert.ok(keywords > 5000, `only ${keywords} instruction keywords seen`);
    assert.deepEqual(problems, []);
  });

  it('reports no invalid token in the files real projects build', async () => {
    const invalid: string[] = [];
    for (const file of corpusFiles(dir).filter((f) => f.category === 'real')) {
      const lines = await tokenize(fs.readFileSync(file.path, 'utf8').replace(/^\uFEFF/, ''));
      for (const t of lines.flat()) {
        if (t.scopes.some((s) => s.startsWith('invalid.'))) invalid.push(`${file.name}:${t.line + 1} ${t.text} ${t.scopes.join(' ')}`);
      }
    }
    assert.deepEqual(invalid, []);
  });
});
