/**
 * The benchmark's "hovers while the huge file is linted" sequence alone, for work on issue 9 (`npm run bench`
 * takes minutes): `node bench/bundle-tool.js busy-quick && node bench/.busy-quick.bundle.js [--rounds N]`.
 * As in bench/run.ts: open huge.Dockerfile, hover in its middle, a one-character edit there, then 20 hovers on a
 * small file when idle, then the same 20 while a second copy of the huge file is opened and linted. Prints each
 * busy hover's time, so a slow median can be told from one long wait. With --corpus, every corpus file is opened
 * first (as the benchmark has them open then), and the hovers go to the first of them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { now, openAndWait, percentile, startBenchServer, timedRequest } from './lsp';

const ROOT = path.resolve(__dirname, '..');
const CORPUS = path.resolve(ROOT, process.env['DOCKERFILE_CORPUS'] ?? '../shared/corpus');
const roundsAt = process.argv.indexOf('--rounds');
const rounds = roundsAt < 0 ? 3 : Number(process.argv[roundsAt + 1]);
const out = (s: string): void => void process.stdout.write(`${s}\n`);

async function main(): Promise<void> {
  const huge = fs.readFileSync(path.join(CORPUS, 'large', 'huge.Dockerfile'), 'utf8');
  const dir = path.join(CORPUS, 'dockerfiles');
  const smallText = fs.readFileSync(path.join(dir, fs.readdirSync(dir).sort()[0]!), 'utf8');
  const hugeLines = huge.split('\n');
  const mid = Math.floor(hugeLines.length / 2);
  const editLine = hugeLines[mid] ?? '';
  for (let r = 0; r < rounds; r++) {
    const s = await startBenchServer(['dist/server.js', '--stdio'], ROOT);
    const small = { uri: 'file:///bench/small/Dockerfile', text: smallText };
    await openAndWait(s, small);
    if (process.argv.includes('--corpus')) {
      for (const name of fs.readdirSync(dir).sort()) await openAndWait(s, { uri: `file:///bench/corpus/${name}/Dockerfile`, text: fs.readFileSync(path.join(dir, name), 'utf8') });
    }
    const hugeUri = 'file:///bench/huge/Dockerfile';
    await openAndWait(s, { uri: hugeUri, text: huge });
    await timedRequest(s, 'textDocument/hover', hugeUri, mid, 1);
    const editWait = s.nextDiagnostics(hugeUri);
    let t0 = now();
    await s.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: hugeUri, version: 2 },
      contentChanges: [{ range: { start: { line: mid, character: editLine.length }, end: { line: mid, character: editLine.length } }, text: ' ' }],
    });
    await editWait;
    const edit = now() - t0;
    const hoverSet: [number, number][] = smallText.split('\n').slice(0, 20).map((l, i) => [i, Math.min(2, l.length)]);
    const idle: number[] = [];
    for (const [line, ch] of hoverSet) idle.push(await timedRequest(s, 'textDocument/hover', small.uri, line, ch));
    const busyUri = 'file:///bench/huge2/Dockerfile';
    const busyWait = s.nextDiagnostics(busyUri);
    t0 = now();
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: busyUri, languageId: 'dockerfile', version: 1, text: huge } });
    const busy: number[] = [];
    const at: number[] = [];
    for (const [line, ch] of hoverSet) {
      at.push(now() - t0);
      busy.push(await timedRequest(s, 'textDocument/hover', small.uri, line, ch));
    }
    await busyWait;
    out(`round ${r}: edit ${edit.toFixed(0)} ms; idle median ${percentile(idle, 50).toFixed(2)} ms; busy median ${percentile(busy, 50).toFixed(2)} ms; busy hovers (sent at ms: took ms) ${busy.map((b, i) => `${at[i]!.toFixed(0)}:${b.toFixed(1)}`).join(' ')}`);
    await s.stop();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${String(e)}\n`);
  process.exit(1);
});
