/**
 * Memory over many open/close cycles of the corpus files on one server (issue 9's 10,000-cycle check, longer):
 *   node bench/bundle-tool.js cycles && node bench/.cycles.bundle.js [total cycles, default 30000] [--anchor]
 * Prints the server's RSS every 5,000 cycles, after a second of quiet: a leak grows without bound, a heap settling does not.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { openAndWait, settleRss, startBenchServer } from './lsp';

const ROOT = path.resolve(__dirname, '..');
const CORPUS = path.resolve(ROOT, process.env['DOCKERFILE_CORPUS'] ?? '../shared/corpus');
const total = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? '30000');
const args = process.argv.includes('--anchor') ? ['node_modules/dockerfile-language-server-nodejs/lib/server.js', '--stdio'] : ['dist/server.js', '--stdio'];

async function main(): Promise<void> {
  const dir = path.join(CORPUS, 'dockerfiles');
  const texts = fs.readdirSync(dir).sort().map((n) => fs.readFileSync(path.join(dir, n), 'utf8'));
  const s = await startBenchServer(args, ROOT);
  for (let i = 0; i < total; i++) {
    const uri = `file:///bench/cycle/${i}/Dockerfile`;
    await openAndWait(s, { uri, text: texts[i % texts.length]! });
    await s.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    if (i === 199 || (i + 1) % 5000 === 0) {
      // A second of quiet first, as `npm run bench` waits after its cycles (the server collects when idle).
      await new Promise((r) => setTimeout(r, 1000));
      process.stdout.write(`${i + 1} cycles: RSS ${((await settleRss(s)) / 1e6).toFixed(1)} MB\n`);
    }
  }
  await s.stop();
}

main().catch((e: unknown) => {
  process.stderr.write(`${String(e)}\n`);
  process.exit(1);
});
