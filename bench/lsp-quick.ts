/**
 * Quick LSP timings of one server, for work on issue 9 (the full `npm run bench` takes minutes):
 *   node bench/bundle-tool.js lsp-quick && node bench/.lsp-quick.bundle.js [--anchor | --floor] [--corpus] [--busy-start] [--busy-hovers] [--keep-open] [--rounds N] [--edits N] [--hover-passes N]
 * --floor measures the server that does no work (bench/floorServer.ts; `node bench/bundle-tool.js floorServer` first):
 * it publishes no diagnostics, so its opens are sent without waiting, and only its hovers are timed (use --rounds 0).
 * SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/p" passes flags to the server's node.
 * OPENS_FILE=f appends a line per corpus open to f: when it was sent (ms since the epoch, as `performance.timeOrigin +
 * performance.now()`), how long its diagnostics took, its number and its length, to set against a server-side
 * record such as the collector's (SERVER_NODE_ARGS="-r ./bench/gc-record.js" GC_FILE=g).
 * With --corpus, first opens every corpus file (didOpen → diagnostics median/p99, RSS after) and hovers 1,000
 * positions (median/p99) and asks for completions there, as `npm run bench` does. Then opens huge.Dockerfile, hovers in its middle, makes a
 * one-character edit there, N times on one server, and prints each time with the number of diagnostics and the
 * size of their JSON. With --busy-hovers, each open of it is timed with hovers on a small file sent one after another
 * until its diagnostics come (how many, their median and the slowest).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { now, openAndWait, percentile, randomPositions, startBenchServer, timedRequest } from './lsp';

const ROOT = path.resolve(__dirname, '..');
const CORPUS = path.resolve(ROOT, process.env['DOCKERFILE_CORPUS'] ?? '../shared/corpus');
const anchor = process.argv.includes('--anchor');
const floor = process.argv.includes('--floor');
const roundsAt = process.argv.indexOf('--rounds');
const rounds = roundsAt < 0 ? 3 : Number(process.argv[roundsAt + 1]);
const editsAt = process.argv.indexOf('--edits');
const moreEdits = editsAt < 0 ? 0 : Number(process.argv[editsAt + 1]);
const passesAt = process.argv.indexOf('--hover-passes');
const hoverPasses = passesAt < 0 ? 0 : Number(process.argv[passesAt + 1]);
// --busy-hovers: during each open of the huge file, hovers on a small file one after another until its diagnostics come.
const busyHovers = process.argv.includes('--busy-hovers');
// --keep-open: each round's huge file stays open (as in `npm run bench`, whose busy hovers come after its huge edit).
const keepOpen = process.argv.includes('--keep-open');
const nodeArgs = (process.env['SERVER_NODE_ARGS'] ?? '').split(' ').filter((a) => a.length > 0);
const serverArgs = anchor ? ['node_modules/dockerfile-language-server-nodejs/lib/server.js', '--stdio'] : floor ? ['bench/.floorServer.bundle.js', '--stdio'] : ['dist/server.js', '--stdio'];
const args = [...nodeArgs, ...serverArgs];
const out = (s: string): void => void process.stdout.write(`${s}\n`);

/** CPU time (user + system, ms) the server process has used so far, all its threads: steadier than wall time on a busy machine. */
function cpuMs(pid: number | undefined): number {
  const fields = fs.readFileSync(`/proc/${pid ?? 0}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

async function main(): Promise<void> {
  const huge = fs.readFileSync(path.join(CORPUS, 'large', 'huge.Dockerfile'), 'utf8');
  const lines = huge.split('\n');
  const mid = Math.floor(lines.length / 2);
  const s = await startBenchServer(args, ROOT);
  // --busy-start: open the corpus at once, as `npm run bench` does (the server gets no idle time after start).
  if (!process.argv.includes('--busy-start')) {
    await new Promise((r) => setTimeout(r, 500));
    out(`RSS after start: ${(s.rss() / 1e6).toFixed(1)} MB`);
  }
  if (process.argv.includes('--corpus')) {
    const dir = path.join(CORPUS, 'dockerfiles');
    const docs = fs.readdirSync(dir).sort().map((n) => ({ uri: `file:///bench/corpus/${n}/Dockerfile`, text: fs.readFileSync(path.join(dir, n), 'utf8') }));
    const opens: number[] = [];
    for (const d of docs) {
      if (floor) await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: d.uri, languageId: 'dockerfile', version: 1, text: d.text } });
      else {
        const at = performance.timeOrigin + now();
        opens.push(await openAndWait(s, d));
        if (process.env['OPENS_FILE'] !== undefined) fs.appendFileSync(process.env['OPENS_FILE'], `${at.toFixed(1)} ${opens[opens.length - 1]!.toFixed(2)} #${opens.length - 1} ${d.text.length}\n`);
      }
    }
    await new Promise((r) => setTimeout(r, 500));
    const rss = s.rss();
    // The positions `npm run bench` hovers.
    const hovers: number[] = [];
    for (const [i, line, character] of randomPositions(docs, 1000)) hovers.push(await timedRequest(s, 'textDocument/hover', docs[i]!.uri, line, character));
    // --hover-passes N: the same hovers N more times (the client's own code is warm from the second pass on, as in
    // `npm run bench`, whose client is warmed by an untimed session first).
    for (let pass = 1; pass <= hoverPasses; pass++) {
      const again: number[] = [];
      for (const [i, line, character] of randomPositions(docs, 1000)) again.push(await timedRequest(s, 'textDocument/hover', docs[i]!.uri, line, character));
      out(`hover pass ${pass + 1}: median ${percentile(again, 50).toFixed(2)} p99 ${percentile(again, 99).toFixed(2)} ms`);
      const firstSlow = hovers.map((ms, i) => ({ ms, i })).sort((a, b) => b.ms - a.ms).slice(0, 12);
      out(`  the first pass's slowest again: ${firstSlow.map((h) => `#${h.i} ${h.ms.toFixed(1)}→${again[h.i]!.toFixed(1)}`).join(', ')}`);
    }
    const completions: number[] = [];
    for (const [i, line, character] of randomPositions(docs, 1000)) completions.push(await timedRequest(s, 'textDocument/completion', docs[i]!.uri, line, character));
    out(`completion median ${percentile(completions, 50).toFixed(2)} p99 ${percentile(completions, 99).toFixed(2)} ms`);
    const slowest = opens.map((ms, i) => ({ ms, i })).sort((a, b) => b.ms - a.ms).slice(0, 6);
    out(`slowest opens: ${slowest.map((o) => `#${o.i} ${o.ms.toFixed(1)} ms (${docs[o.i]!.text.length} chars)`).join(', ')}`);
    const slowHovers = hovers.map((ms, i) => ({ ms, i })).sort((a, b) => b.ms - a.ms).slice(0, 6);
    out(`slowest hovers (request #): ${slowHovers.map((o) => `#${o.i} ${o.ms.toFixed(1)} ms`).join(', ')}`);
    out(`corpus: didOpen → diagnostics median ${percentile(opens, 50).toFixed(2)} p99 ${percentile(opens, 99).toFixed(2)} ms; hover median ${percentile(hovers, 50).toFixed(2)} p99 ${percentile(hovers, 99).toFixed(2)} ms; RSS ${(rss / 1e6).toFixed(1)} MB`);
  }
  const small = { uri: 'file:///bench/small/Dockerfile', text: 'FROM alpine:3.20\nRUN apk add --no-cache curl\nCOPY . /app\nCMD ["sh"]\n' };
  if (busyHovers) await openAndWait(s, small);
  for (let r = 0; r < rounds; r++) {
    const uri = `file:///bench/huge${r}/Dockerfile`;
    let wait = s.nextDiagnostics(uri);
    let c0 = cpuMs(s.child.pid);
    let t0 = now();
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text: huge } });
    if (busyHovers) {
      let arrived = false;
      void wait.then(() => (arrived = true));
      const times: number[] = [];
      while (!arrived) times.push(await timedRequest(s, 'textDocument/hover', small.uri, times.length % 4, 1));
      const slow = times.map((ms, i) => ({ ms, i })).sort((a, b) => b.ms - a.ms).slice(0, 4).map((h) => `#${h.i} ${h.ms.toFixed(1)}`);
      out(`  ${times.length} hovers on another file during the open: median ${percentile(times, 50).toFixed(2)}, max ${Math.max(...times).toFixed(1)} ms (slowest: ${slow.join(', ')} ms)`);
    }
    const d = await wait;
    const open = now() - t0;
    if (process.env['DUMP_DIAGNOSTICS'] !== undefined && r === 0) fs.writeFileSync(process.env['DUMP_DIAGNOSTICS'], JSON.stringify(d));
    const openCpu = cpuMs(s.child.pid) - c0;
    t0 = now();
    await s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: mid, character: 1 } });
    const hover = now() - t0;
    const end = (lines[mid] ?? '').length;
    wait = s.nextDiagnostics(uri);
    c0 = cpuMs(s.child.pid);
    t0 = now();
    await s.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: mid, character: end }, end: { line: mid, character: end } }, text: ' ' }],
    });
    await wait;
    const edit = now() - t0;
    const editCpu = cpuMs(s.child.pid) - c0;
    out(`round ${r}: open ${open.toFixed(0)} ms (CPU ${openCpu.toFixed(0)} ms, ${d.diagnostics.length} diagnostics, ${(JSON.stringify(d).length / 1e6).toFixed(1)} MB JSON), hover ${hover.toFixed(1)} ms, edit ${edit.toFixed(0)} ms (CPU ${editCpu.toFixed(0)} ms), RSS ${(s.rss() / 1e6).toFixed(0)} MB`);
    // --edits N: N more one-character edits at the same place, taking the space out and typing it again in turn.
    const more: string[] = [];
    for (let e = 0; e < moreEdits; e++) {
      wait = s.nextDiagnostics(uri);
      t0 = now();
      const at = e % 2 === 0 ? end + 1 : end;
      await s.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 3 + e },
        contentChanges: [{ range: { start: { line: mid, character: end }, end: { line: mid, character: at } }, text: e % 2 === 0 ? '' : ' ' }],
      });
      await wait;
      more.push((now() - t0).toFixed(0));
    }
    if (more.length > 0) out(`  more edits: ${more.join(', ')} ms`);
    if (!keepOpen) await s.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }
  await s.stop();
}

main().catch((e: unknown) => {
  process.stderr.write(`${String(e)}\n`);
  process.exit(1);
});
