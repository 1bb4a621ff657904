/**
 * The benchmark's results as a markdown table with the machine, the scaling and activation lines and the goals:
 * printed by `npm run bench` (bench/run.ts) and written into README.md by bench/readme-table.ts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface Goal { readonly name: string; readonly value: number; readonly op: '<=' | '>='; readonly target: number; readonly ok: boolean }
export interface Lsp {
  /** Median of seven starts; for ours, with the code cache that the first start after an install saves. */
  startMs: number;
  /** Ours: the first start, in an empty code-cache folder (null for the anchor, which keeps none). */
  firstStartMs?: number | null; openMedian: number; openP99: number; hoverMedian: number; hoverP99: number;
  /** The same hovers again, after the completions (absent in results from before 2026-11-26). */
  hoverAgainMedian?: number; hoverAgainP99?: number;
  completionMedian: number | null; completionP99: number | null; rssCorpus: number; hugeOpen: number; hugeHover: number;
  hugeEdit: number; idleHoverMedian: number; busyHoverMedian: number; rssCyclesStart: number; rssCyclesEnd: number;
  /**
   * The slowest of the hovers sent while the huge file opened, and how many were sent. Before 2026-11-26 the benchmark
   * sent 20 hovers right after the open whatever the server did; from then on it sends them until the diagnostics come.
   */
  busyHoverMax?: number; busyHovers?: number;
}
/** A server's start and request latencies: what `latencies` in run.ts makes, and all the floor server (bench/floorServer.ts) is measured for. */
export type Latencies = Pick<Lsp, 'startMs' | 'openMedian' | 'openP99' | 'hoverMedian' | 'hoverP99' | 'completionMedian' | 'completionP99' | 'hoverAgainMedian' | 'hoverAgainP99'>;
/** The floor server's figures: its latencies, and (in results from 2026-11-26 on) the huge file's open and edit. */
export type Floor = Latencies & { hugeOpen?: number; hugeEdit?: number } & Partial<Pick<Lsp, 'busyHoverMedian' | 'busyHoverMax' | 'busyHovers'>>;
export interface Results {
  date: string;
  machine: { cpu: string; cores: number; memoryGB: number; node: string; os: string };
  corpus: { files: number; bytes: number };
  throughput: { parse: { oursMBps: number; anchorMBps: number }; lint: { oursMBps: number; anchorMBps: number } };
  scaling: { prefixes: { bytes: number; oursMs: number; anchorMs: number }[]; oursPerDoubling: number[]; oursOverChunks?: number[]; anchorOverChunks?: (number | null)[]; beyond?: { bytes: number; oursMs: number; oursOverChunks: number }[] };
  lsp: { ours: Lsp; anchor: Lsp; floor?: Floor; cycles: number };
  vsixBytes: number | null;
  goals: Goal[];
}

const ms = (x: number | null): string => (x === null ? 'n/a' : x < 10 ? `${x.toFixed(2)} ms` : `${Math.round(x)} ms`);
const mb = (x: number): string => `${(x / 2 ** 20).toFixed(1)} MB`;
const busyHovers = (x: Partial<Lsp>): string => `${x.busyHovers ?? 0}: ${ms(x.busyHoverMedian ?? null)} / ${ms(x.busyHoverMax ?? null)}${x.idleHoverMedian === undefined ? '' : ` (${ms(x.idleHoverMedian)})`}`;
const ratio = (a: number | null, b: number | null): string => (a === null || b === null ? 'n/a' : `${(a / b).toFixed(3)}×`);

export function renderTable(r: Results): string {
  const o = r.lsp.ours;
  const a = r.lsp.anchor;
  const f = r.lsp.floor;
  // The floor column: the no-work server's figure where it has one.
  const floor = (pick: (x: Floor) => string): string => (f === undefined ? '' : pick(f));
  const rows: string[][] = [
    ['parse, corpus', `${r.throughput.parse.oursMBps} MB/s`, `${r.throughput.parse.anchorMBps} MB/s`, `${(r.throughput.parse.oursMBps / r.throughput.parse.anchorMBps).toFixed(2)}×`],
    ['full lint with every rule on (diagnostics with messages), corpus', `${r.throughput.lint.oursMBps} MB/s`, `${r.throughput.lint.anchorMBps} MB/s`, `${(r.throughput.lint.oursMBps / r.throughput.lint.anchorMBps).toFixed(2)}×`],
    ...r.scaling.prefixes.map((s) => [`lint ${s.bytes / 1000} KB of huge.Dockerfile`, ms(s.oursMs), ms(s.anchorMs), ratio(s.oursMs, s.anchorMs)]),
    ['LSP start → initialize', `${ms(o.startMs)}${typeof o.firstStartMs === 'number' ? ` (first start after install: ${ms(o.firstStartMs)})` : ''}`, ms(a.startMs), ratio(o.startMs, a.startMs), floor((x) => ms(x.startMs))],
    ['didOpen → diagnostics, median / p99', `${ms(o.openMedian)} / ${ms(o.openP99)}`, `${ms(a.openMedian)} / ${ms(a.openP99)}`, ratio(o.openP99, a.openP99), floor((x) => `${ms(x.openMedian)} / ${ms(x.openP99)} (${ratio(x.openP99, a.openP99)})`)],
    ['hover, median / p99', `${ms(o.hoverMedian)} / ${ms(o.hoverP99)}`, `${ms(a.hoverMedian)} / ${ms(a.hoverP99)}`, ratio(o.hoverP99, a.hoverP99), floor((x) => `${ms(x.hoverMedian)} / ${ms(x.hoverP99)} (${ratio(x.hoverP99, a.hoverP99)})`)],
    ...(o.hoverAgainP99 === undefined || a.hoverAgainP99 === undefined ? [] : [[
      'the same hovers again, after the completions (not a goal), median / p99',
      `${ms(o.hoverAgainMedian ?? null)} / ${ms(o.hoverAgainP99)}`,
      `${ms(a.hoverAgainMedian ?? null)} / ${ms(a.hoverAgainP99)}`,
      ratio(o.hoverAgainP99, a.hoverAgainP99),
      floor((x) => `${ms(x.hoverAgainMedian ?? null)} / ${ms(x.hoverAgainP99 ?? null)} (${ratio(x.hoverAgainP99 ?? null, a.hoverAgainP99 ?? null)})`),
    ]]),
    ['completion, median / p99', `${ms(o.completionMedian)} / ${ms(o.completionP99)}`, `${ms(a.completionMedian)} / ${ms(a.completionP99)}`, ratio(o.completionP99, a.completionP99), floor((x) => `${ms(x.completionMedian)} / ${ms(x.completionP99)} (${ratio(x.completionP99, a.completionP99)})`)],
    ['huge: open → diagnostics', ms(o.hugeOpen), ms(a.hugeOpen), ratio(o.hugeOpen, a.hugeOpen), floor((x) => (x.hugeOpen === undefined ? '' : `${ms(x.hugeOpen)} (${ratio(x.hugeOpen, a.hugeOpen)})`))],
    ['huge: hover', ms(o.hugeHover), ms(a.hugeHover), ratio(o.hugeHover, a.hugeHover)],
    ['huge: one-character edit → diagnostics', ms(o.hugeEdit), ms(a.hugeEdit), ratio(o.hugeEdit, a.hugeEdit), floor((x) => (x.hugeEdit === undefined ? '' : `${ms(x.hugeEdit)} (${ratio(x.hugeEdit, a.hugeEdit)})`))],
    o.busyHovers === undefined
      ? ['hover on another file while the huge one is linted (idle)', `${ms(o.busyHoverMedian)} (${ms(o.idleHoverMedian)})`, `${ms(a.busyHoverMedian)} (${ms(a.idleHoverMedian)})`, '']
      : ['hovers on another file, one after another, from the huge file\'s open to its diagnostics: how many, median / slowest (idle median)', busyHovers(o), busyHovers(a), '', floor((x) => (x.busyHovers === undefined ? '' : busyHovers(x)))],
    ['RSS after opening the corpus', mb(o.rssCorpus), mb(a.rssCorpus), ratio(o.rssCorpus, a.rssCorpus)],
    [`RSS before → after ${r.lsp.cycles} open/close`, `${mb(o.rssCyclesStart)} → ${mb(o.rssCyclesEnd)}`, `${mb(a.rssCyclesStart)} → ${mb(a.rssCyclesEnd)}`, ''],
  ];
  const lines = [
    `Measured by \`npm run bench\` on ${r.date.slice(0, 10)}: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGB} GB, Node.js ${r.machine.node}, ${r.machine.os}. `
      + `Corpus: ${r.corpus.files} real Dockerfiles (${(r.corpus.bytes / 1e6).toFixed(2)} MB). Anchor: dockerfile-ast 0.7.1, dockerfile-utils 0.16.3, dockerfile-language-server-nodejs 0.15.0, run side by side in the same run.`,
    '',
    `| measure | Dockerfile Tutor | anchor | ours ÷ anchor |${f === undefined ? '' : ' floor: a server that does no work (÷ anchor) |'}`,
    `| --- | --- | --- | --- |${f === undefined ? '' : ' --- |'}`,
    ...rows.map((row) => `| ${(f === undefined ? row.slice(0, 4) : [...row.slice(0, 4), row[4] ?? '']).join(' | ')} |`),
    '',
    `Lint time per doubling of the input: ${r.scaling.oursPerDoubling.map((x) => `${x}×`).join(', ')} (the file is not uniform, so this mixes content with scaling).`
      + (r.scaling.oursOverChunks === undefined || r.scaling.anchorOverChunks === undefined ? '' : ` Each prefix against the sum of its 250 KB chunks linted alone (1 = linear; ours: median of 7 rounds that alternate the order): ours ${r.scaling.oursOverChunks.map((x) => `${x}×`).join(', ')}; anchor ${r.scaling.anchorOverChunks.map((x) => (typeof x === 'number' && Number.isFinite(x) ? `${x}×` : 'n/a')).join(', ')}${r.scaling.anchorOverChunks.some((x) => typeof x !== 'number' || !Number.isFinite(x)) ? ' (n/a: its validate overflowed the stack on a chunk)' : ''}.`)
      + beyondLine(r.scaling.beyond)
      + `${r.vsixBytes === null ? '' : ` Package: ${(r.vsixBytes / 2 ** 20).toFixed(2)} MB .vsix.`}`,
    '',
    ...floorLine(f),
    ...activationLine(),
    `Goals of issue 9 met: ${r.goals.filter((g) => g.ok).length} of ${r.goals.length}${r.goals.some((g) => !g.ok) ? ` (missed: ${r.goals.filter((g) => !g.ok).map((g) => g.name).join('; ')})` : ''}.`,
  ];
  return lines.join('\n');
}

/** The scaling beyond 2 MB (not a goal; see `scalingBeyond` in run.ts), when the results have it. */
function beyondLine(beyond: Results['scaling']['beyond']): string {
  const [four, eight] = beyond ?? [];
  if (four === undefined || eight === undefined) return '';
  return ` Beyond 2 MB (ours; its first 2 MB repeated, so the content is the same at every size): 4 MB ${four.oursMs} ms (${four.oursOverChunks}× its chunks), 8 MB ${eight.oursMs} ms (${eight.oursOverChunks}×); from 4 to 8 MB the time grew ${(eight.oursMs / four.oursMs).toFixed(2)}× (2 = linear).`;
}

/** What the floor column is (bench/floorServer.ts). */
function floorLine(f: Floor | undefined): string[] {
  if (f === undefined) return [];
  return [
    'Floor: a server on the same protocol library (`vscode-languageserver`) and V8 flags as ours that does no work (a fixed hover, no completions, no diagnostics for the corpus; `bench/floorServer.ts`), measured in the same run with the same client and positions. '
      + 'Its figures are what the client, the JSON-RPC round trip and this machine add to any server; a latency goal below the floor\'s ratio cannot be met by any server measured this way. '
      + (f.hugeOpen === undefined ? '' : 'For huge.Dockerfile it publishes, on open and after the edit, our diagnostics of it, as JSON text it read before the run: moving the file in and those diagnostics out, with no lint at all.')
      + (f.busyHovers === undefined ? '' : ' Its hovers sent while huge.Dockerfile opens wait for those 2 MB to come in and the 3.2 MB to go out.'),
    '',
  ];
}

/** The extension's activation in a real editor, measured by the e2e suite (`npm run test:e2e`), when it has run. */
function activationLine(): string[] {
  const file = path.join(__dirname, 'results', 'activation.json');
  if (!fs.existsSync(file)) return [];
  const a = JSON.parse(fs.readFileSync(file, 'utf8')) as { activationMs?: number; openToDiagnosticsMs?: number; date?: string; editor?: string };
  if (typeof a.activationMs !== 'number' || typeof a.openToDiagnosticsMs !== 'number') return [];
  return [
    `Extension activation in a real editor (${a.editor ?? 'code-server'}, \`npm run test:e2e\` on ${(a.date ?? '').slice(0, 10)}): ${Math.round(a.activationMs)} ms, language server start included; once active, opening a Dockerfile → its diagnostics in the editor: ${Math.round(a.openToDiagnosticsMs)} ms.`,
    '',
  ];
}
