import * as assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type { MarkupContent } from 'vscode-languageserver-types';
import type { Lang } from '../../../common/src/protocol';
import { analyze, type DockerfileModel } from '../../../server/src/model/model';
import { hoverAt, notesAnchor, TRUSTED_COMMANDS } from '../../../server/src/hover/hover';
import { INSTRUCTION_KEYWORDS, instructionDoc } from '../../../server/src/knowledge/instructions';
import { INSTRUCTION_FLAGS } from '../../../server/src/knowledge/flags';
import { NOTES_SECTIONS } from '../../../server/src/knowledge/notes';

const FIXTURE = [
  '# syntax=docker/dockerfile:1',
  '# escape=\\',
  '# check=skip=JSONArgsRecommended;error=false',
  'ARG BASE=alpine',
  'ARG TAG=3.20',
  'FROM --platform=linux/amd64 ${BASE}:${TAG} AS build',
  'RUN --mount=type=cache,target=/root/.cache,sharing=locked --mount=type=bind,source=go.mod,target=go.mod --mount=type=tmpfs,target=/tmp,size=64m --mount=type=secret,id=npmrc,required=true --mount=type=ssh,id=default --network=none --security=sandbox --device=nvidia.com/gpu=all echo $TAG',
  'FROM docker.io/library/alpine:3.20@sha256:0123456789abcdef AS final',
  'ARG TAG',
  'ENV APP_HOME=/app',
  'COPY --from=build --chown=1000:1000 --chmod=755 --link --parents --exclude=*.md /out/app $APP_HOME/',
  'ADD --checksum=sha256:0123 --keep-git-dir=true --chown=1000 --chmod=644 --link --exclude=*.md --unpack=true https://example.com/a.tar.gz /tmp/',
  'CMD ["sh"]',
  'LABEL title="demo"',
  'MAINTAINER someone@example.com',
  'EXPOSE 8080',
  'ENTRYPOINT ["/app/run"]',
  'VOLUME /data',
  'USER nobody',
  'WORKDIR /app',
  'ONBUILD RUN echo hi',
  'STOPSIGNAL SIGTERM',
  'HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --start-interval=1s --retries=3 CMD wget -q http://localhost/ || exit 1',
  'SHELL ["/bin/sh", "-c"]',
  'RUN echo ${TAG} $BASE',
  'COPY <<EOF /etc/motd',
  'hello',
  'EOF',
  '',
].join('\n');

const HANGUL = /[\uAC00-\uD7A3]/;

/** Offset of the `nth` occurrence of `needle` on the line that starts with `linePrefix`, plus `delta`. */
function at(text: string, linePrefix: string, needle: string, delta = 1): number {
  const lineStart = text.split('\n').reduce<{ pos: number; found: number }>((acc, line) => {
    if (acc.found < 0 && line.startsWith(linePrefix)) return { pos: acc.pos, found: acc.pos };
    return { pos: acc.pos + line.length + 1, found: acc.found };
  }, { pos: 0, found: -1 }).found;
  assert.ok(lineStart >= 0, `no line starts with ${linePrefix}`);
  const i = text.indexOf(needle, lineStart);
  assert.ok(i >= 0, `no ${needle} after ${linePrefix}`);
  return i + delta;
}

function hoverText(model: DockerfileModel, offset: number, lang: Lang): string {
  const h = hoverAt(model, offset, lang);
  assert.ok(h !== null, `no hover at ${offset} (${lang}): ${JSON.stringify(model.parse.text.slice(offset - 5, offset + 10))}`);
  return (h.contents as MarkupContent).value;
}

function anchorsOf(markdown: string): string[] {
  return [...markdown.matchAll(/command:dockerfileTutor\.openNotes\?([^)\s]+)/g)].map((m) => (JSON.parse(decodeURIComponent(m[1] ?? '')) as { section: string }).section);
}

const ALL_ANCHORS = new Set(Object.values(NOTES_SECTIONS).map((s) => s.anchor));

/** Every hover must be short enough to fit on a screen. */
function assertFitsOnScreen(markdown: string): void {
  assert.ok(markdown.split('\n').length <= 40, `hover has ${markdown.split('\n').length} lines`);
  assert.ok(markdown.length <= 3000, `hover has ${markdown.length} characters`);
}

function assertBilingual(model: DockerfileModel, offset: number, what: string): { en: string; ko: string } {
  const en = hoverText(model, offset, 'en');
  const ko = hoverText(model, offset, 'ko');
  assert.ok(en.trim().length > 0 && ko.trim().length > 0, what);
  assert.notEqual(en, ko, `${what}: ko equals en`);
  assert.match(ko, HANGUL, `${what}: ko has no Hangul`);
  for (const md of [en, ko]) {
    assert.match(md, /\(command:dockerfileTutor\.explain\?/, `${what}: no Explain link`);
    assert.match(md, /\(https:\/\/docs\.docker\.com\//, `${what}: no Docker reference link`);
    const anchors = anchorsOf(md);
    assert.equal(anchors.length, 1, `${what}: expected one notes link`);
    assert.ok(ALL_ANCHORS.has(anchors[0] ?? ''), `${what}: notes anchor ${anchors[0]} not in notes.ts`);
    assertFitsOnScreen(md);
  }
  return { en, ko };
}

describe('hovers', () => {
  const model = analyze(FIXTURE);
  const text = FIXTURE;

  it('reports a bilingual hover on every instruction keyword, linking to the notes section of its concept', () => {
    for (const keyword of INSTRUCTION_KEYWORDS) {
      const prefix = keyword === 'RUN' ? 'RUN --mount' : keyword === 'ARG' ? 'ARG BASE' : keyword === 'FROM' ? 'FROM --platform' : keyword === 'COPY' ? 'COPY --from' : keyword;
      const offset = keyword === 'ONBUILD' ? at(text, 'ONBUILD', 'ONBUILD') : at(text, prefix, keyword);
      const { en, ko } = assertBilingual(model, offset, keyword);
      const doc = instructionDoc(keyword);
      assert.ok(doc !== undefined);
      const expected = notesAnchor(doc.concept);
      assert.deepEqual(anchorsOf(en), [expected], keyword);
      assert.deepEqual(anchorsOf(ko), [expected], keyword);
      assert.ok(en.startsWith(`**${keyword}**`), en.slice(0, 40));
    }
  });

  it('reports the inner instruction of ONBUILD when hovering its keyword', () => {
    const en = hoverText(model, at(text, 'ONBUILD', 'RUN'), 'en');
    assert.ok(en.startsWith('**RUN**'), en.slice(0, 40));
  });

  it('reports a hover on every flag of every instruction, naming the flag', () => {
    const lineOf: Record<string, string> = { FROM: 'FROM --platform', RUN: 'RUN --mount', COPY: 'COPY --from', ADD: 'ADD --checksum', HEALTHCHECK: 'HEALTHCHECK' };
    for (const [instruction, flags] of Object.entries(INSTRUCTION_FLAGS)) {
      for (const flag of flags) {
        const prefix = lineOf[instruction] ?? instruction;
        const offset = at(text, prefix, `--${flag}`, 3);
        const { en, ko } = assertBilingual(model, offset, `${instruction} --${flag}`);
        assert.ok(en.startsWith(`**--${flag}**`), `${instruction} --${flag}: ${en.slice(0, 60)}`);
        assert.ok(ko.startsWith(`**--${flag}**`), `${instruction} --${flag}: ${ko.slice(0, 60)}`);
      }
    }
  });

  it('reports the mount type and the option under the cursor for RUN --mount', () => {
    for (const [type, option] of [['cache', 'sharing'], ['bind', 'source'], ['tmpfs', 'size'], ['secret', 'required'], ['ssh', 'id=default']] as const) {
      const typeOffset = at(text, 'RUN --mount', `type=${type}`, 6);
      const t = assertBilingual(model, typeOffset, `mount ${type}`);
      assert.ok(t.en.includes(`Mount type: \`${type}\``), t.en.slice(0, 80));
      assert.ok(t.ko.includes(`마운트 종류: \`${type}\``), t.ko.slice(0, 80));
      const optionOffset = text.indexOf(option, typeOffset) + 1;
      const o = assertBilingual(model, optionOffset, `mount ${type} ${option}`);
      const name = option.split('=')[0] ?? option;
      assert.ok(o.en.includes(`Mount option \`${name}\` (\`${type}\` mount)`), o.en.slice(0, 200));
    }
    const sharing = hoverText(model, at(text, 'RUN --mount', 'sharing'), 'en');
    assert.ok(sharing.includes('shared | private | locked'), sharing);
  });

  it('reports the value of --network and --security', () => {
    assert.ok(hoverText(model, at(text, 'RUN --mount', '--network', 3), 'en').includes('Value `none`'));
    assert.ok(hoverText(model, at(text, 'RUN --mount', '--security', 3), 'en').includes('Value `sandbox`'));
  });

  it('reports each of the three parser directives', () => {
    assert.equal(model.parse.directives.length, 3);
    for (const d of model.parse.directives) {
      const { en, ko } = assertBilingual(model, d.nameRange.start + 1, `# ${d.name}`);
      assert.ok(en.startsWith(`**# ${d.name}**`), en.slice(0, 40));
      assert.ok(ko.includes('파서 지시어'), ko.slice(0, 60));
    }
  });

  it('reports a variable\'s value and its ARG line when it is in scope', () => {
    const { en, ko } = assertBilingual(model, at(text, 'RUN echo ${TAG}', 'TAG'), 'variable TAG');
    assert.ok(en.includes('Value here: `3.20`'), en);
    assert.ok(en.includes('line 9'), en);
    assert.ok(ko.includes('이 위치의 값: `3.20`'), ko);
  });

  it('reports why a global ARG is undefined when the stage does not redeclare it', () => {
    const { en, ko } = assertBilingual(model, at(text, 'RUN echo ${TAG}', '$BASE', 2), 'variable BASE');
    assert.ok(en.includes('declared before the first FROM'), en);
    assert.ok(en.includes('Defined at line 4'), en);
    assert.ok(ko.includes('다시 선언하지 않으면'), ko);
    const inFirstStage = hoverText(model, at(text, 'RUN --mount', '$TAG', 2), 'en');
    assert.ok(inFirstStage.includes('declared before the first FROM'), inFirstStage);
  });

  it('reports the value of a global ARG on a FROM line', () => {
    const en = hoverText(model, at(text, 'FROM --platform', '${BASE}', 3), 'en');
    assert.ok(en.includes('Value here: `alpine`'), en);
  });

  it('reports which stage a --from reference names and what it builds from', () => {
    const { en, ko } = assertBilingual(model, at(text, 'COPY --from', 'build', 2), '--from=build');
    assert.ok(en.startsWith('**Stage `build`**'), en);
    assert.ok(en.includes('Defined at line 6, built from `alpine:3.20`'), en);
    assert.ok(en.includes('Not the target stage'), en);
    assert.ok(ko.includes('스테이지 `build`'), ko);
  });

  it('reports a stage name with the lines that use it', () => {
    const en = hoverText(model, at(text, 'FROM --platform', 'AS build', 4), 'en');
    assert.ok(en.startsWith('**Stage `build`**'), en);
    assert.ok(en.includes('Used by line 11'), en);
  });

  it('reports the parts of a FROM image and why pinning matters', () => {
    const { en, ko } = assertBilingual(model, at(text, 'FROM docker.io', 'alpine'), 'FROM image');
    for (const part of ['Registry: `docker.io`', 'Repository: `library/alpine`', 'Tag: `3.20`', 'Digest: `sha256:0123456789abcdef`', 'Pinned by digest', 'Why pin']) {
      assert.ok(en.includes(part), `${part} missing in ${en}`);
    }
    assert.ok(ko.includes('다이제스트'), ko);
    const latest = hoverText(analyze('FROM ubuntu\n'), 6, 'en');
    assert.ok(latest.includes('latest tag'), latest);
    assert.ok(latest.includes('Docker Hub'), latest);
  });

  it('reports where a COPY source comes from: a stage, the build context, a URL', () => {
    const fromStage = assertBilingual(model, at(text, 'COPY --from', '/out/app'), 'COPY --from source');
    assert.ok(fromStage.en.includes('From stage `build` (line 6)'), fromStage.en);
    const ctx = hoverText(analyze('FROM alpine\nCOPY src/ /app/\n'), 'FROM alpine\nCOPY s'.length, 'en');
    assert.ok(ctx.includes('build context') && ctx.includes('.dockerignore'), ctx);
    const ctxKo = hoverText(analyze('FROM alpine\nCOPY src/ /app/\n'), 'FROM alpine\nCOPY s'.length, 'ko');
    assert.ok(ctxKo.includes('빌드 컨텍스트') && ctxKo.includes('.dockerignore'), ctxKo);
    const url = hoverText(model, at(text, 'ADD --checksum', 'https://'), 'en');
    assert.ok(url.includes('Downloaded at build time'), url);
    const dest = hoverText(model, at(text, 'ADD --checksum', '/tmp/'), 'en');
    assert.ok(dest.includes('Destination in the image'), dest);
  });

  it('reports a heredoc on its marker and in its body', () => {
    const marker = assertBilingual(model, at(text, 'COPY <<EOF', '<<EOF'), 'heredoc marker');
    assert.ok(marker.en.includes('become the content of the file `/etc/motd`'), marker.en);
    assert.ok(marker.ko.includes('히어독'), marker.ko);
    const body = hoverText(model, at(text, 'hello', 'hello'), 'en');
    assert.ok(body.startsWith('**Here-document (heredoc)**'), body);
  });

  it('reports nothing between instructions', () => {
    assert.equal(hoverAt(analyze('FROM alpine\n\n\nRUN true\n'), 'FROM alpine\n\n'.length, 'en'), null);
  });
});

interface MarkdownRenderer { render(src: string): string }
type MarkdownItCtor = new (options: { html: boolean; linkify: boolean }) => MarkdownRenderer;

describe('hover safety', () => {
  const evil = '[x](command:workbench.action.terminal.new) <img src=x onerror=alert(1)>';
  const doc = [
    `ARG EVIL="${evil}"`,
    'FROM alpine',
    'ARG EVIL',
    `LABEL note="${evil}"`,
    'RUN echo "$EVIL"',
    'COPY [x](command:workbench.action.terminal.new) /dst/',
    '',
  ].join('\n');
  const model = analyze(doc);
  // VS Code renders hovers with markdown-it; html is off unless the hover opts in (ours never does).
  const MarkdownIt = createRequire(__filename)('markdown-it') as MarkdownItCtor;
  const md = new MarkdownIt({ html: false, linkify: false });

  function assertSafe(markdown: string, where: string): void {
    const html = md.render(markdown);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? '');
    for (const href of hrefs) {
      if (!href.startsWith('command:')) {
        assert.match(href, /^https:\/\//, `${where}: unexpected link ${href}`);
        continue;
      }
      const id = href.slice('command:'.length).split('?')[0] ?? '';
      assert.ok((TRUSTED_COMMANDS as readonly string[]).includes(id), `${where}: link to untrusted command ${id}`);
    }
    assert.doesNotMatch(html, /<img/i, `${where}: raw <img> in ${html}`);
    // Without a renderer: every command link in the markdown names one of ours.
    for (const m of markdown.matchAll(/\]\(command:([^?)\s]+)/g)) {
      const id = m[1] ?? '';
      const before = markdown.slice(0, m.index);
      const inCode = (before.match(/`/g) ?? []).length % 2 === 1;
      assert.ok(inCode || (TRUSTED_COMMANDS as readonly string[]).includes(id), `${where}: ${id}`);
    }
  }

  it('reports a variable holding a command link and HTML without making either live', () => {
    for (const lang of ['en', 'ko'] as const) {
      const offset = doc.indexOf('$EVIL') + 2;
      const h = hoverAt(model, offset, lang);
      assert.ok(h !== null);
      const value = (h.contents as MarkupContent).value;
      assert.ok(value.includes('workbench.action.terminal.new'), 'the value is shown (inert)');
      assertSafe(value, `variable ${lang}`);
    }
  });

  it('keeps every hover of a hostile document free of links to foreign commands', () => {
    let hovers = 0;
    for (let offset = 0; offset < doc.length; offset++) {
      for (const lang of ['en', 'ko'] as const) {
        const h = hoverAt(model, offset, lang);
        if (h === null) continue;
        hovers++;
        assertSafe((h.contents as MarkupContent).value, `offset ${offset} ${lang}`);
      }
    }
    assert.ok(hovers > 50, `only ${hovers} hovers`);
  });
});
