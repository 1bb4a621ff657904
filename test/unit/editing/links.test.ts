import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/model/model';
import { parseImageReference } from '../../../server/src/model/imageRef';
import { documentLinks } from '../../../server/src/links/links';
import { registryPage } from '../../../server/src/links/registry';

const href = (code: string, lang: string): string => `file:///docs/rules/${code}.${lang}.md`;

function page(ref: string): string | undefined {
  const image = parseImageReference(ref);
  return image === undefined ? undefined : registryPage(image)?.url;
}

describe('document links', () => {
  it('links images to their registry page', () => {
    assert.equal(page('alpine:3.20'), 'https://hub.docker.com/_/alpine');
    assert.equal(page('docker.io/library/node@sha256:abc'), 'https://hub.docker.com/_/node');
    assert.equal(page('bitnami/redis:7'), 'https://hub.docker.com/r/bitnami/redis');
    assert.equal(page('ghcr.io/astral-sh/uv:0.5'), 'https://ghcr.io/astral-sh/uv');
    assert.equal(page('mcr.microsoft.com/dotnet/aspnet:8.0'), 'https://mcr.microsoft.com/artifact/mar/dotnet/aspnet');
    assert.equal(page('quay.io/prometheus/node-exporter'), 'https://quay.io/repository/prometheus/node-exporter');
    assert.equal(page('public.ecr.aws/lambda/python:3.12'), 'https://gallery.ecr.aws/lambda/python');
    assert.equal(page('registry.example.com/team/app:1'), undefined);
    assert.equal(page('alpine:$TAG'), undefined);
  });

  it('links FROM images (after resolving global ARGs) but not stages or scratch', () => {
    const doc = 'ARG V=3.20\nFROM alpine:${V} AS a\nFROM a\nFROM scratch\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\nCOPY --from=a /x /y\n';
    const links = documentLinks(analyze(doc), 'en', href);
    assert.deepEqual(links.map((l) => [l.range.start.line, l.target]), [[1, 'https://hub.docker.com/_/alpine'], [4, 'https://hub.docker.com/_/nginx']]);
    assert.match(links[0]?.tooltip ?? '', /Docker Hub/);
  });

  it('links rule codes in hadolint ignore comments and check=skip to their lesson, by canonical id', () => {
    const doc = '# check=skip=JSONArgsRecommended,StageNameCasing\nFROM alpine\n# hadolint ignore=DL3008, DL3015 # because reasons DL3009\nRUN apt-get install -y curl\n';
    const links = documentLinks(analyze(doc), 'ko', href).filter((l) => l.target?.startsWith('file:'));
    assert.deepEqual(links.map((l) => l.target), [
      href('DL3025', 'ko'), href('StageNameCasing', 'ko'), href('DL3008', 'ko'), href('DL3015', 'ko'),
    ]);
    assert.deepEqual(links[2]?.range, { start: { line: 2, character: 18 }, end: { line: 2, character: 24 } });
  });

  it('links notes mentions in comments to the notes section', () => {
    const doc = 'FROM alpine\n# see §3.1 and cloud-notes#s2-paas, not §9.9\nRUN true\n';
    const links = documentLinks(analyze(doc), 'en', href).filter((l) => l.target?.startsWith('command:'));
    assert.equal(links.length, 2);
    const args = links.map((l) => JSON.parse(decodeURIComponent((l.target ?? '').split('?')[1] ?? '')) as { section: string });
    assert.equal(args[1]?.section, 's2-paas');
    assert.match(args[0]?.section ?? '', /^s3-1/);
    assert.ok(links.every((l) => l.target?.startsWith('command:dockerfileTutor.openNotes?')));
  });
});
