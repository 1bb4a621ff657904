/**
 * Memory the server gives back after a large document is closed (issue 9: the lint worker is stopped when idle,
 * and the main thread collects after the close): RSS before opening huge.Dockerfile, with it open, and 1, 6 and 36 s
 * after closing it, twice on one server.
 *   node bench/bundle-tool.js huge-close && node bench/.huge-close.bundle.js
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { openAndWait, startBenchServer } from './lsp';

const ROOT = path.resolve(__dirname, '..');
const CORPUS = path.resolve(ROOT, process.env['DOCKERFILE_CORPUS'] ?? '../shared/corpus');
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const out = (s: string): void => void process.stdout.write(`${s}\n`);

async function main(): Promise<void> {
  const huge = fs.readFileSync(path.join(CORPUS, 'large', 'huge.Dockerfile'), 'utf8');
  const s = await startBenchServer(['dist/server.js', '--stdio'], ROOT);
  await sleep(1500);
  const mb = (): string => `${(s.rss() / 1e6).toFixed(0)} MB`;
  out(`after start: ${mb()}`);
  for (let round = 0; round < 2; round++) {
    const uri = `file:///bench/huge-close/${round}/Dockerfile`;
    const ms = await openAndWait(s, { uri, text: huge });
    out(`open → diagnostics ${ms.toFixed(0)} ms; with it open: ${mb()}`);
    await s.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    let waited = 0;
    for (const until of [1000, 6000, 36000]) {
      await sleep(until - waited);
      waited = until;
      out(`  ${until / 1000} s after closing: ${mb()}`);
    }
  }
  await s.stop();
}

main().catch((e: unknown) => {
  process.stderr.write(`${String(e)}\n`);
  process.exit(1);
});
