/** Issue 4: the same file linted by the CLI and by the server gives the same findings. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { corpusDir, corpusFiles, REPO_ROOT } from '../helpers/corpus';
import { startServer, type TestServer } from '../helpers/lspClient';

const corpus = corpusDir();

if (corpus !== undefined) {
  describe('CLI and server agree', function () {
    this.timeout(60000);
    let server: TestServer;
    before(async () => {
      server = await startServer('en');
    });
    after(async () => server.stop());

    // A spread of files: multi-stage, heredoc, Windows escape, ONBUILD, check directive.
    const picks = ['multistage', 'heredoc', 'escape`', 'onbuild', 'check', 'shell', 'mount'];
    const all = corpusFiles(corpus).filter((f) => f.category === 'real');
    const files = picks.map((feat) => all.filter((f) => f.features.includes(feat)))
      .map((list, i) => list[i % Math.max(1, list.length)])
      .filter((f, i, arr) => f !== undefined && arr.findIndex((g) => g?.name === f.name) === i)
      .filter((f) => f !== undefined);

    for (const f of files) {
      it(`reports the same findings for ${f.name}`, async () => {
        const cli = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.js'), 'lint', '--format', 'json', '--failure-threshold', 'none', f.path], { encoding: 'utf8' });
        assert.equal(cli.status, 0, cli.stderr);
        const fromCli = (JSON.parse(cli.stdout) as { line: number; column: number; code: string; level: string }[])
          .map((x) => `${x.line}:${x.column} ${x.code}`).sort();
        const uri = pathToFileURL(f.path).toString();
        await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text: fs.readFileSync(f.path, 'utf8') } });
        const d = await server.diagnostics(uri, 1);
        const fromServer = d.diagnostics.map((x) => `${x.range.start.line + 1}:${x.range.start.character + 1} ${String(x.code)}`).sort();
        assert.deepEqual(fromServer, fromCli);
      });
    }
  });
}
