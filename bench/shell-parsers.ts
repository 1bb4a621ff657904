/**
 * Which shell parser for RUN scripts: throughput (MB/s of script text) and parse failures of each candidate on
 * every shell-form RUN script of the corpus (heredoc bodies included), plus how often each agrees with
 * mvdan/sh on the number of simple commands.
 *
 *   node -r ./test/register.js bench/shell-parsers.ts
 *
 * The npm candidates are not dependencies of the project; install them anywhere and point at them:
 *   mkdir -p /tmp/shbench && cd /tmp/shbench && npm install mvdan-sh@0.10.1 sh-syntax@0.7.0 \
 *     web-tree-sitter@0.25.10 tree-sitter-bash@0.25.1 bash-parser@0.5.0
 *   SHELL_BENCH_MODULES=/tmp/shbench/node_modules node -r ./test/register.js bench/shell-parsers.ts
 * A candidate that is not installed is listed as such.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { parse } from '../server/src/parse/parser';
import { parseShell } from '../server/src/shell/parser';
import { analyzeRun } from '../server/src/shell/shell';

const corpus = process.env.DOCKERFILE_CORPUS ?? path.join(__dirname, '..', '..', 'shared', 'corpus');
const dir = path.join(corpus, 'dockerfiles');
const modules = process.env.SHELL_BENCH_MODULES;
const seconds = Number(process.env.BENCH_SECONDS ?? '2');

const optional = createRequire(__filename);

function load(name: string): unknown {
  try {
    return optional(name) as unknown;
  } catch {
    if (modules === undefined) return undefined;
    try {
      return optional(optional.resolve(name, { paths: [modules] })) as unknown;
    } catch {
      return undefined;
    }
  }
}

/** The script BuildKit runs for each shell-form RUN: the heredoc body of `RUN <<EOF`, else the arguments. */
function scripts(): { texts: string[]; dockerfileBytes: number; files: string[] } {
  const texts: string[] = [];
  const files: string[] = [];
  let dockerfileBytes = 0;
  for (const f of fs.readdirSync(dir).sort()) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    files.push(text);
    dockerfileBytes += Buffer.byteLength(text);
    for (const ins of parse(text).instructions) {
      if (ins.name !== 'run' || ins.json) continue;
      const first = ins.heredocs[0];
      texts.push(first !== undefined && /^\d*<<-?\s*[^<\s]+$/.test(ins.args.value) ? first.content : ins.args.value);
    }
  }
  return { texts, dockerfileBytes, files };
}

interface Result { name: string; mbps: number; failures: number; note: string }

function measure(name: string, texts: readonly string[], fn: (s: string) => void, note = ''): Result {
  const bytes = texts.reduce((a, s) => a + Buffer.byteLength(s), 0);
  let failures = 0;
  for (const s of texts) {
    try {
      fn(s);
    } catch {
      failures++;
    }
  }
  const t0 = process.hrtime.bigint();
  let rounds = 0;
  while (Number(process.hrtime.bigint() - t0) < seconds * 1e9) {
    for (const s of texts) {
      try {
        fn(s);
      } catch {
        // counted above
      }
    }
    rounds++;
  }
  const elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
  return { name, mbps: (bytes * rounds) / elapsed / 1e6, failures, note };
}

interface MvdanNode { readonly Args?: readonly unknown[] }
interface Mvdan {
  syntax: {
    NewParser(): { Parse(src: string, name: string): unknown };
    Walk(node: unknown, f: (n: MvdanNode | null) => boolean): void;
    NodeType(n: unknown): string;
  };
}

async function main(): Promise<void> {
  const { texts, dockerfileBytes, files } = scripts();
  const scriptBytes = texts.reduce((a, s) => a + Buffer.byteLength(s), 0);
  const out: Result[] = [];
  out.push(measure('ours (server/src/shell/parser.ts)', texts, (s) => {
    if (parseShell(s).error) throw new Error('parse error');
  }));
  // The whole path the rules use: every RUN turned into a ShellScript with document ranges (Dockerfile parse excluded).
  const runs = files.flatMap((f) => parse(f).instructions.filter((i) => i.name === 'run' && !i.json));
  let sink = 0;
  {
    const t0 = process.hrtime.bigint();
    let rounds = 0;
    while (Number(process.hrtime.bigint() - t0) < seconds * 1e9) {
      // Names, words and ranges are made when first read: read them all, as a full syntax tree would have them.
      for (const ins of runs) {
        for (const c of analyzeRun(ins)?.commands ?? []) {
          sink += c.name.length + c.range.start;
          for (const w of c.words) sink += w.text.length + w.range.end;
        }
      }
      rounds++;
    }
    const elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
    if (sink < 0) throw new Error('unreachable');
    out.push({ name: 'ours, analyzeRun on every RUN, every name, word and range read', mbps: (scriptBytes * rounds) / elapsed / 1e6, failures: 0, note: `= ${((dockerfileBytes * rounds) / elapsed / 1e6).toFixed(1)} MB/s of Dockerfile` });
  }

  const mvdan = load('mvdan-sh') as Mvdan | undefined;
  let agreement = '';
  if (mvdan !== undefined) {
    const p = mvdan.syntax.NewParser();
    out.push(measure('mvdan-sh 0.10.1 (GopherJS, sync)', texts, (s) => void p.Parse(s, '')));
    // Agreement on the number of simple commands with at least one word.
    let same = 0;
    let compared = 0;
    const differ: string[] = [];
    for (const s of texts) {
      let file: unknown;
      try {
        file = p.Parse(s, '');
      } catch {
        continue;
      }
      let n = 0;
      mvdan.syntax.Walk(file, (node) => {
        if (node === null) return true;
        const type = mvdan.syntax.NodeType(node);
        // Our commands include `export`/`local`/`declare` (mvdan: DeclClause) and `[[ ]]` (TestClause).
        if ((type === 'CallExpr' && (node.Args?.length ?? 0) > 0) || type === 'DeclClause' || type === 'TestClause') n++;
        return true;
      });
      compared++;
      const ours = parseShell(s).commands.length;
      if (ours === n) same++;
      else if (differ.length < 5) differ.push(`${ours} vs ${n}: ${s.slice(0, 120)}`);
    }
    agreement = `same number of simple commands as mvdan-sh on ${same}/${compared} scripts` + (differ.length > 0 ? '\n  ' + differ.join('\n  ') : '');
  } else out.push({ name: 'mvdan-sh', mbps: 0, failures: 0, note: 'not installed' });

  const bashParser = load('bash-parser') as ((s: string) => unknown) | undefined;
  if (bashParser !== undefined) out.push(measure('bash-parser 0.5.0 (JS, sync)', texts, (s) => void bashParser(s)));
  else out.push({ name: 'bash-parser', mbps: 0, failures: 0, note: 'not installed' });

  interface TsTree { rootNode: { hasError: boolean }; delete(): void }
  interface TsParser { setLanguage(l: unknown): void; parse(s: string): TsTree | null }
  const wts = load('web-tree-sitter') as { Parser: { init(): Promise<void>; new (): TsParser }; Language: { load(p: string): Promise<unknown> } } | undefined;
  const grammar = modules !== undefined ? path.join(modules, 'tree-sitter-bash', 'tree-sitter-bash.wasm') : '';
  if (wts !== undefined && fs.existsSync(grammar)) {
    await wts.Parser.init();
    const lang = await wts.Language.load(grammar);
    const tp = new wts.Parser();
    tp.setLanguage(lang);
    out.push(measure('web-tree-sitter + tree-sitter-bash (WASM, async init, sync parse)', texts, (s) => {
      const t = tp.parse(s);
      const bad = t === null || t.rootNode.hasError;
      t?.delete();
      if (bad) throw new Error('parse error');
    }));
  } else out.push({ name: 'web-tree-sitter', mbps: 0, failures: 0, note: 'not installed' });

  const shSyntax = load('sh-syntax') as { parse(s: string): Promise<unknown> } | undefined;
  if (shSyntax !== undefined) {
    let failures = 0;
    const t0 = process.hrtime.bigint();
    for (const s of texts) {
      try {
        await shSyntax.parse(s);
      } catch {
        failures++;
      }
    }
    const elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
    out.push({ name: 'sh-syntax 0.7.0 (WASM, async only)', mbps: scriptBytes / elapsed / 1e6, failures, note: 'parse returns a Promise: unusable in the synchronous linter' });
  } else out.push({ name: 'sh-syntax', mbps: 0, failures: 0, note: 'not installed' });

  process.stdout.write(`${texts.length} RUN scripts, ${(scriptBytes / 1e3).toFixed(0)} kB of script in ${(dockerfileBytes / 1e3).toFixed(0)} kB of Dockerfile\n`);
  for (const r of out) {
    process.stdout.write(`${r.name.padEnd(70)} ${r.mbps.toFixed(2).padStart(8)} MB/s  ${String(r.failures).padStart(4)} failed  ${r.note}\n`);
  }
  if (agreement !== '') process.stdout.write(agreement + '\n');
}

main().catch((e: unknown) => {
  process.stderr.write(String(e) + '\n');
  process.exitCode = 1;
});
