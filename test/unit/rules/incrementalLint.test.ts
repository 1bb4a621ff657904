/**
 * The incremental lint (`lintRemembering`, rules/incremental.ts): after any edit, its findings equal a fresh `lint`
 * of the new text, finding by finding. Chains of random edits over every corpus file and the 2 MB file, with edits
 * aimed at what instruction-local rules must not depend on (SHELL, stage names, ENV and ARG, WORKDIR, USER,
 * suppression comments, the escape directive), and a check that an edit really lints only the changed instructions.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_LINT_CONFIG, PARTIAL_RUNS } from '../../../server/src/rules/lint';
import { RULES } from '../../../server/src/rules/registry';
import type { Rule, RuleContext } from '../../../server/src/rules/types';
import { corpusDir, corpusFiles } from '../../helpers/corpus';
import { LintChain as Chain } from '../../helpers/lintChain';
import { seededRandom } from '../../helpers/seeded';

/** A rule for counting what the runner gives it: any rule's texts, no instruction filter, this scope and check. */
function testRule(id: string, scope: Rule['scope'], check: (ctx: RuleContext) => void): Rule {
  return { ...RULES.find((r) => r.id === 'DL3003')!, id, scope, instructions: undefined, check };
}

/** Lines the random edits insert: each aims at something a rule may read beyond its own instruction. */
const SNIPPETS = [
  'FROM alpine:3.19 AS build',
  'FROM build',
  'FROM scratch',
  'FROM ${BASE}',
  'SHELL ["pwsh", "-c"]',
  'SHELL ["/bin/sh", "-c"]',
  'ENV PIP_NO_CACHE_DIR=1',
  'ENV A=1 B=$A',
  'ARG VERSION=1.0',
  'ARG BASE=debian',
  'WORKDIR /app',
  'WORKDIR app',
  'USER root',
  'USER app',
  'HEALTHCHECK CMD true',
  'CMD ["run"]',
  'ENTRYPOINT ["x"]',
  'RUN apt-get update && apt-get install -y curl',
  'RUN cd /tmp && pip install flask',
  'RUN wget http://example.com/x && curl -o y http://example.com/y',
  'COPY --from=build /a /b',
  'COPY --from=0 /a /b',
  'COPY . .',
  '# hadolint ignore=DL3008,DL3015,DL3003',
  '# hadolint global ignore=DL3059',
  '# hadolint shell=pwsh',
  '# check=skip=all',
  '# escape=`',
  'ONBUILD RUN apt-get install curl',
  'LABEL maintainer="x"',
  'EXPOSE 80/tcp',
  'RUN <<EOF\napt-get install -y vim\nEOF',
  'RUN echo \\',
  'MAINTAINER me',
  'ADD http://example.com/y.tar.gz /',
  '',
];
const CHARS = [' ', 'a', '\\', '"', "'", '`', '$', '#', '\n', '=', '{', '-'];

function randomEdit(text: string, rnd: () => number): string {
  const lines = text.split('\n');
  const at = Math.floor(rnd() * lines.length);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  switch (Math.floor(rnd() * 6)) {
    case 0:
      lines.splice(at, 0, pick(SNIPPETS));
      break;
    case 1:
      lines.splice(at, 1);
      break;
    case 2: {
      const pos = Math.floor(rnd() * (text.length + 1));
      return text.slice(0, pos) + pick(CHARS) + text.slice(pos);
    }
    case 3:
      lines[at] = pick(SNIPPETS);
      break;
    case 4:
      lines.splice(at, 0, lines[at] ?? '');
      break;
    default: {
      const pos = Math.floor(rnd() * text.length);
      return text.slice(0, pos) + text.slice(pos + 1 + Math.floor(rnd() * 20));
    }
  }
  return lines.join('\n');
}

describe('incremental lint', () => {
  it('equals a fresh lint after hand-made edits', () => {
    const base = [
      'ARG BASE=debian',
      'FROM ${BASE} AS build',
      'RUN apt-get update && apt-get install -y curl',
      'WORKDIR /src',
      'RUN cd /tmp && make',
      'FROM build',
      'COPY --from=build /a /b',
      'RUN pip install flask',
      'CMD ["app"]',
      '',
    ].join('\n');
    const edits = [
      (t: string) => t.replace('install -y curl', 'install -y curl wget'),
      (t: string) => t.replace('RUN pip install flask', 'SHELL ["pwsh", "-c"]\nRUN pip install flask'),
      (t: string) => t.replace('SHELL ["pwsh", "-c"]\n', ''),
      (t: string) => t.replace('RUN cd /tmp', '# hadolint ignore=DL3003\nRUN cd /tmp'),
      (t: string) => t.replace('# hadolint ignore=DL3003\n', ''),
      (t: string) => t.replace('FROM build', 'FROM build AS final'),
      (t: string) => t.replace('AS build', 'AS builder'),
      (t: string) => `# escape=\`\n${t}`,
      (t: string) => t.replace('# escape=`\n', ''),
      (t: string) => t.replace('\n', '\n\n'),
      (t: string) => t.replace('ENV', 'ENV'),
      (t: string) => t.replace('WORKDIR /src', 'WORKDIR src'),
      (t: string) => `${t}RUN apt-get install -y vim`,
      (t: string) => t.replace('RUN apt-get install -y vim', ''),
      (t: string) => t.replace('ARG BASE=debian\n', ''),
    ];
    const chain = new Chain();
    let text = base;
    chain.step(text, 'base');
    for (const [i, e] of edits.entries()) {
      text = e(text);
      chain.step(text, `edit ${i}`);
    }
  });

  it('equals a fresh lint when instructions move before the first FROM and their number there stays the same', () => {
    // Found by the property test: four instructions before the first FROM in both versions, but not the same ones.
    const text = [
      ')#',
      'ARG GO_VERSION=1.26.7',
      'ARG V=v1.1.4',
      'ARG FORMAT=text',
      'FROM golang:${GO_VERSION}-alpine AS base',
      'WORKDIR /usr/src',
      'RUN apk add --no-cache jq moreutils',
      'ARG V',
      'ADD https://example.com/vuln.git?ref=${V} /go/src/vuln',
      'RUN cd /go/src/vuln && go install ./cmd/x',
      'FROM base AS run',
      'RUN echo',
      '',
    ].join('\n');
    const chain = new Chain();
    chain.step(text, 'open');
    chain.step(text.slice(text.indexOf('\nRUN apk')), 'the top cut up to the first RUN');
  });

  it('equals a fresh lint when a line added above an instruction continues into it', () => {
    // Found by the property test: the instruction keeps its range, but its first line is now the one above.
    for (const [before, after] of [['\r\nFROM ', '\\\n\r\nFROM '], ['FROM a\nRUN x\n', 'FROM a\n\\\nRUN x\n'], ['FROM a\n\nRUN x\n', 'FROM a\nRUN y \\\n\nRUN x\n']] as const) {
      const chain = new Chain();
      chain.step(before, JSON.stringify(before));
      chain.step(after, JSON.stringify(after));
    }
  });

  it('makes again the findings whose messages name a line when an edit adds or removes lines', () => {
    // TutorCacheOrder names the line of the COPY; a line added in the stage above moves it.
    const text = 'FROM node:20 AS deps\nRUN echo 1\nFROM node:20\nCOPY . .\nRUN npm ci\n';
    const chain = new Chain();
    chain.step(text, 'open');
    chain.step(text.replace('RUN echo 1\n', 'RUN echo 1\nRUN echo 2\n'), 'a line added in the stage above');
    chain.step(text, 'the line removed');
    chain.step(text.replace('echo 1', 'echo 11'), 'an edit that keeps the lines');
  });

  it('lints only the changed instructions with the rules local to instructions', () => {
    let seen = 0;
    const counter = testRule('TestCounter', 'instruction', (ctx) => {
      seen += ctx.model.parse.instructions.length;
    });
    const whole = testRule('TestWhole', undefined, (ctx) => {
      seen += 1000 * ctx.model.parse.instructions.length;
    });
    const lines = ['FROM alpine'];
    for (let i = 0; i < 50; i++) lines.push(`RUN echo ${i}`);
    const text = `${lines.join('\n')}\n`;
    const chain = new Chain(DEFAULT_LINT_CONFIG, [counter, whole]);
    chain.step(text, 'open');
    seen = 0;
    chain.step(text.replace('echo 25', 'echo 255'), 'edit');
    // The fresh lint the chain compares with counts too: 1 + 51,000 of the incremental one, 51 + 51,000 of it.
    assert.equal(seen, 1 + 51_000 + 51 + 51_000);
  });

  it('lints only the changed stages, and the stages built FROM them, with the rules local to stages', () => {
    const seen: string[] = [];
    const counter = testRule('TestStageCounter', 'stage', (ctx) => {
      for (const stage of ctx.model.stages) if (stage.instructions.length > 0) seen.push(`${stage.index}:${stage.instructions.length}`);
    });
    const lines = ['ARG V=1'];
    for (let s = 0; s < 6; s++) {
      lines.push(s === 3 ? 'FROM s1 AS s3' : `FROM alpine AS s${s}`);
      for (let i = 0; i < 4; i++) lines.push(`RUN echo ${s}.${i}`);
    }
    const text = `${lines.join('\n')}\n`;
    const chain = new Chain(DEFAULT_LINT_CONFIG, [counter]);
    chain.step(text, 'open');
    seen.length = 0;
    const edited = text.replace('echo 1.2', 'echo 1.22');
    chain.step(edited, 'edit');
    // The incremental lint (first) sees stage 1 and stage 3, which is built FROM it; the fresh one all six stages.
    assert.deepEqual(seen.slice(0, -6), ['1:5', '3:5']);
    seen.length = 0;
    chain.step(edited.replace('echo 4.2', 'echo 4.22'), 'edit');
    assert.deepEqual(seen.slice(0, -6), ['4:5']);
  });

  it('keeps the findings of the rules of the outline without running them, unless a FROM, a stage reference or the preamble changed', () => {
    let runs = 0;
    const counter = testRule('TestOutline', 'outline', () => {
      runs++;
    });
    const text = 'ARG V=1\nFROM alpine AS a\nRUN echo 1\nFROM a\nCOPY --from=a /x /y\nRUN echo 2\n';
    const chain = new Chain(DEFAULT_LINT_CONFIG, [counter]);
    chain.step(text, 'open');
    const cases: [string, string, number][] = [
      ['a RUN', text.replace('echo 1', 'echo 11'), 0],
      ['a FROM', text.replace('FROM a\n', 'FROM a AS b\n'), 1],
      ['an instruction that names a stage', text.replace('/x /y', '/x /z'), 1],
      ['the preamble', text.replace('V=1', 'V=2'), 1],
    ];
    for (const [what, edited, expected] of cases) {
      chain.step(text, `back before ${what}`);
      runs = 0;
      chain.step(edited, what);
      // The fresh lint the chain compares with runs it once more.
      assert.equal(runs, expected + 1, what);
    }
  });

  it('equals a fresh lint after random edits inside the stages of multi-stage files', function () {
    this.timeout(120_000);
    const rnd = seededRandom(42);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    // Names BuildKit would refuse too: the model takes ENV from a stage named as the base is written.
    const names = ['s0', '$foo', '"s2"', 'S3', 's4', 's5'];
    const line = (stage: number): string => {
      const earlier = names.slice(0, Math.max(1, stage));
      return pick([
        `ENV X=${stage} PATH=$PATH:/x${stage}`,
        `ENV X=${stage}`,
        'ENV X=',
        'ENV PIP_NO_CACHE_DIR=1',
        `ARG Y=${stage}`,
        'WORKDIR rel',
        'WORKDIR /abs',
        'USER root',
        'USER app',
        'SHELL ["pwsh", "-c"]',
        'SHELL ["/bin/sh", "-c"]',
        'RUN apt-get install curl',
        'RUN echo $X $Y $UNDEFINED && cd /tmp',
        'RUN pip install flask',
        `COPY --from=${pick(earlier)} /a /b`,
        `COPY --from=${Math.floor(rnd() * (stage + 1))} /a /b`,
        `RUN --mount=type=cache,from=${pick(earlier)},target=/x true`,
        'EXPOSE 80/TCP',
        'EXPOSE $PORT',
        'EXPOSE $X',
        'WORKDIR $X',
        'WORKDIR $X/y',
        'LABEL from=$X',
        'COPY $X /b',
        'USER $X',
        'HEALTHCHECK CMD true',
        'CMD ["app"]',
        'ENTRYPOINT ["app"]',
        'LABEL version="1"',
        'ONBUILD RUN apt-get install vim',
        'COPY . .',
        'ADD http://example.com/a.tgz /',
        '# hadolint ignore=DL3008,DL3003',
        '# a comment',
        '',
      ]);
    };
    const before = { ...PARTIAL_RUNS };
    let steps = 0;
    for (let c = 0; c < 300; c++) {
      const lines = ['ARG BASE=alpine'];
      const stageLines: number[] = [];
      for (let s = 0; s < 6; s++) {
        stageLines.push(lines.length);
        lines.push(`FROM ${s === 0 ? '${BASE}' : pick(['alpine', '${BASE}', ...names.slice(0, s)])} AS ${names[s]!}`);
        const n = 2 + Math.floor(rnd() * 5);
        for (let i = 0; i < n; i++) lines.push(line(s));
      }
      const chain = new Chain();
      chain.step(lines.join('\n'), `file ${c}`);
      for (let k = 0; k < 6; k++) {
        // An edit inside a stage, not of its FROM line: the stages stay, so the rules local to stages run on part of the file.
        const at = 1 + Math.floor(rnd() * (lines.length - 1));
        if (stageLines.includes(at)) continue;
        const stage = stageLines.filter((l) => l < at).length - 1;
        const kind = rnd();
        if (kind < 0.5) lines[at] = line(stage);
        else if (kind < 0.8) {
          lines.splice(at, 0, line(stage));
          for (let s = 0; s < stageLines.length; s++) if (stageLines[s]! >= at) stageLines[s]!++;
        } else {
          lines.splice(at, 1);
          for (let s = 0; s < stageLines.length; s++) if (stageLines[s]! > at) stageLines[s]!--;
        }
        chain.step(lines.join('\n'), `file ${c}, edit ${k}`);
        steps++;
      }
    }
    // Most edits keep the stages' names, bases and references: the stage path must have run on part of the file.
    assert.ok(PARTIAL_RUNS.stage - before.stage > steps / 3, `stage-local rules ran on part of the file ${PARTIAL_RUNS.stage - before.stage} times in ${steps} edits`);
    assert.ok(PARTIAL_RUNS.instruction - before.instruction > steps / 2, `instruction-local rules ran on part of the file ${PARTIAL_RUNS.instruction - before.instruction} times in ${steps} edits`);
    assert.ok(PARTIAL_RUNS.outline - before.outline > steps / 4, `the outline's rules were skipped ${PARTIAL_RUNS.outline - before.outline} times in ${steps} edits`);
  });

  it('equals a fresh lint after random edits of every corpus file', function () {
    this.timeout(300_000);
    const dir = corpusDir();
    if (dir === undefined) return this.skip();
    const rnd = seededRandom(20261126);
    for (const f of corpusFiles(dir)) {
      let text = fs.readFileSync(f.path, 'utf8');
      const chain = new Chain();
      chain.step(text, f.name);
      for (let k = 0; k < 4; k++) {
        text = randomEdit(text, rnd);
        chain.step(text, `${f.name}, edit ${k}`);
      }
    }
  });

  it('equals a fresh lint after edits of the 2 MB file', function () {
    this.timeout(300_000);
    const dir = corpusDir();
    if (dir === undefined) return this.skip();
    let text = fs.readFileSync(path.join(dir, 'large', 'huge.Dockerfile'), 'utf8');
    const chain = new Chain();
    chain.step(text, 'open');
    const lines = text.split('\n');
    const mid = Math.floor(lines.length / 2);
    lines[mid] = `${lines[mid] ?? ''} `;
    text = lines.join('\n');
    chain.step(text, 'a space in the middle');
    const rnd = seededRandom(7);
    for (let k = 0; k < 3; k++) {
      text = randomEdit(text, rnd);
      chain.step(text, `random edit ${k}`);
    }
  });
});
