import * as assert from 'node:assert/strict';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { startServer, type TestServer } from '../helpers/lspClient';

const DOC = [
  '# syntax=docker/dockerfile:1',
  '# escape=\\',
  '# check=skip=JSONArgsRecommended',
  'ARG BASE=alpine',
  'FROM --platform=linux/amd64 ${BASE}:3.20 AS build',
  'RUN --mount=type=cache,target=/root/.cache --network=none --security=sandbox --device=nvidia.com/gpu=all echo $BASE',
  'FROM alpine:3.20',
  'ARG BASE',
  'COPY --from=build --chown=1:1 --chmod=644 --link --parents --exclude=*.md /out /app',
  'ADD --checksum=sha256:0 --keep-git-dir=true --unpack=true https://example.com/a.tar.gz /tmp/',
  'HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --start-interval=1s --retries=3 CMD true',
  'RUN echo ${BASE}',
  '',
].join('\n');

const LINES = DOC.split('\n');

/** Position of `needle` (plus `delta` characters) on the first line starting with `prefix`. */
function pos(prefix: string, needle: string, delta = 1): { line: number; character: number } {
  const line = LINES.findIndex((l) => l.startsWith(prefix));
  assert.ok(line >= 0, prefix);
  const character = (LINES[line] ?? '').indexOf(needle);
  assert.ok(character >= 0, `${needle} on ${prefix}`);
  return { line, character: character + delta };
}

const SPOTS: Readonly<Record<string, { line: number; character: number }>> = {
  'directive syntax': pos('# syntax', 'syntax'),
  'directive escape': pos('# escape', 'escape'),
  'directive check': pos('# check', 'check'),
  'FROM keyword': pos('FROM --platform', 'FROM'),
  'FROM --platform': pos('FROM --platform', '--platform', 3),
  'FROM image': pos('FROM alpine', 'alpine'),
  'RUN --mount': pos('RUN --mount', 'type=cache', 6),
  'RUN --mount option': pos('RUN --mount', 'target'),
  'RUN --network': pos('RUN --mount', '--network', 3),
  'RUN --security': pos('RUN --mount', '--security', 3),
  'RUN --device': pos('RUN --mount', '--device', 3),
  'variable in scope': pos('RUN echo ${BASE}', 'BASE'),
  'global ARG not redeclared': pos('RUN --mount', '$BASE', 2),
  '--from reference': pos('COPY --from', 'build'),
  'COPY --chown': pos('COPY --from', '--chown', 3),
  'COPY source': pos('COPY --from', '/out'),
  'ADD --checksum': pos('ADD', '--checksum', 3),
  'HEALTHCHECK --retries': pos('HEALTHCHECK', '--retries', 3),
};

const HANGUL = /[\uAC00-\uD7A3]/;

function valueOf(h: Hover | null, what: string): string {
  assert.ok(h !== null, `no hover on ${what}`);
  const c = h.contents as MarkupContent;
  assert.equal(c.kind, 'markdown', what);
  assert.ok(c.value.trim().length > 0, what);
  return c.value;
}

describe('hovers over LSP', function () {
  this.timeout(30000);
  const uri = 'file:///tmp/hover-test/Dockerfile';
  const servers: TestServer[] = [];

  async function open(locale: string): Promise<TestServer> {
    const server = await startServer(locale);
    servers.push(server);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text: DOC } });
    return server;
  }

  async function hover(server: TestServer, position: { line: number; character: number }): Promise<Hover | null> {
    return server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
  }

  after(async () => {
    for (const s of servers) await s.stop();
    for (const s of servers) if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill();
  });

  it('reports English and Korean hovers on flags, directives, variables, stages and images by the client locale', async () => {
    const en = await open('en');
    const ko = await open('ko-kr');
    for (const [what, position] of Object.entries(SPOTS)) {
      const e = valueOf(await hover(en, position), `${what} (en)`);
      const k = valueOf(await hover(ko, position), `${what} (ko)`);
      assert.notEqual(e, k, what);
      assert.doesNotMatch(e, HANGUL, `${what}: Hangul in the English hover`);
      assert.match(k, HANGUL, `${what}: no Hangul in the Korean hover`);
      assert.match(e, /command:dockerfileTutor\.openNotes\?/, what);
      assert.match(e, /command:dockerfileTutor\.explain\?/, what);
    }
    assert.match(valueOf(await hover(en, SPOTS['variable in scope']!), 'var'), /Value here: `alpine`/);
    assert.match(valueOf(await hover(en, SPOTS['global ARG not redeclared']!), 'global'), /declared before the first FROM/);
    assert.match(valueOf(await hover(en, SPOTS['--from reference']!), 'from'), /Stage `build`/);
    assert.match(valueOf(await hover(en, SPOTS['FROM image']!), 'image'), /Repository: `library\/alpine`/);
  });

  it('reports Korean hovers right after dockerfileTutor.language changes to ko, and English after it changes back', async () => {
    const server = servers[0] ?? (await open('en'));
    const spot = SPOTS['RUN --mount']!;
    assert.doesNotMatch(valueOf(await hover(server, spot), 'before'), HANGUL);
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { dockerfileTutor: { language: 'ko' } } });
    assert.match(valueOf(await hover(server, spot), 'after ko'), HANGUL);
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { dockerfileTutor: { language: 'en' } } });
    assert.doesNotMatch(valueOf(await hover(server, spot), 'after en'), HANGUL);
    assert.equal(server.child.exitCode, null, 'the server kept running (no restart)');
  });
});
