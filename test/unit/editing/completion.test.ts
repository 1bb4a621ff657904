import * as assert from 'node:assert/strict';
import type { CompletionItem, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { completionAt } from '../../../server/src/completion/completion';
import { buildkitCheckNames } from '../../../server/src/completion/items';
import { INSTRUCTION_KEYWORDS } from '../../../server/src/knowledge/instructions';
import { caret } from './helpers';

function complete(doc: string, lang: 'en' | 'ko' = 'en'): CompletionItem[] {
  const { model, offset } = caret(doc);
  return completionAt(model, offset, lang);
}

const labels = (items: readonly CompletionItem[]): string[] => items.map((i) => i.label);
const edit = (item: CompletionItem | undefined): TextEdit => {
  assert.ok(item !== undefined);
  return item.textEdit as TextEdit;
};
const docOf = (item: CompletionItem | undefined): string => ((item?.documentation as MarkupContent | undefined)?.value ?? '');

describe('completion', () => {
  it('offers every instruction as a snippet, with parser directives first, at the empty first line', () => {
    const items = complete('|');
    assert.deepEqual(labels(items).slice(0, 3), ['# syntax', '# escape', '# check']);
    for (const k of INSTRUCTION_KEYWORDS) {
      const item = items.find((i) => i.label === k);
      assert.ok(item !== undefined, k);
      assert.equal(item.insertTextFormat, 2, k);
      assert.ok(edit(item).newText.startsWith(k), k);
      assert.match(docOf(item), /dockerfileTutor\.openNotes/, `${k} links the notes`);
    }
  });

  it('replaces the partial keyword and offers no directive after an instruction', () => {
    const items = complete('FROM alpine\nCO|');
    assert.ok(!labels(items).includes('# syntax'));
    const copy = items.find((i) => i.label === 'COPY');
    assert.deepEqual(edit(copy).range, { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } });
  });

  it('offers instructions in Korean documentation when the language is Korean', () => {
    const run = complete('FROM alpine\n|', 'ko').find((i) => i.label === 'RUN');
    assert.match(docOf(run), /레이어/);
    assert.match(run?.detail ?? '', /명령어/);
  });

  it('offers only instructions ONBUILD may trigger after ONBUILD', () => {
    const items = labels(complete('FROM alpine\nONBUILD |'));
    assert.ok(items.includes('RUN') && items.includes('COPY'));
    for (const banned of ['ONBUILD', 'FROM', 'MAINTAINER']) assert.ok(!items.includes(banned), banned);
  });

  it('offers the flags of COPY after `COPY --`, without those already given', () => {
    assert.deepEqual(labels(complete('FROM alpine\nCOPY --|')), ['--from', '--chown', '--chmod', '--link', '--parents', '--exclude']);
    assert.ok(!labels(complete('FROM alpine\nCOPY --link --|')).includes('--link'));
    const from = complete('FROM alpine\nCOPY --|').find((i) => i.label === '--from');
    assert.equal(edit(from).newText, '--from=');
    assert.equal(from?.command?.command, 'editor.action.triggerSuggest');
  });

  it('offers the BuildKit flags of RUN, ADD, FROM and HEALTHCHECK', () => {
    assert.deepEqual(labels(complete('FROM alpine\nRUN --|')), ['--mount', '--network', '--security', '--device']);
    assert.deepEqual(labels(complete('FROM alpine\nADD --|')).sort(), ['--checksum', '--chmod', '--chown', '--exclude', '--keep-git-dir', '--link', '--unpack']);
    assert.deepEqual(labels(complete('FROM --|')), ['--platform']);
    assert.deepEqual(labels(complete('FROM alpine\nHEALTHCHECK --|')), ['--interval', '--timeout', '--start-period', '--start-interval', '--retries']);
  });

  it('offers no flag after the first argument', () => {
    assert.deepEqual(complete('FROM alpine\nCOPY a --|'), []);
  });

  it('offers mount types after `--mount=type=` and the options of the type after a comma', () => {
    assert.deepEqual(labels(complete('FROM alpine\nRUN --mount=type=|')), ['bind', 'cache', 'tmpfs', 'secret', 'ssh']);
    const cache = labels(complete('FROM alpine\nRUN --mount=type=cache,|'));
    assert.ok(cache.includes('sharing') && cache.includes('target') && cache.includes('id'));
    assert.ok(!cache.includes('type'));
    assert.deepEqual(labels(complete('FROM alpine\nRUN --mount=type=cache,sharing=|')), ['shared', 'private', 'locked']);
    assert.ok(labels(complete('FROM alpine\nRUN --mount=|')).includes('type'));
    assert.ok(labels(complete('FROM alpine\nRUN --mount=type=secret,|')).includes('env'));
  });

  it('offers the documented values of --network and --security', () => {
    assert.deepEqual(labels(complete('FROM alpine\nRUN --network=|')), ['default', 'none', 'host']);
    assert.deepEqual(labels(complete('FROM alpine\nRUN --security=|')).sort(), ['insecure', 'sandbox']);
  });

  it('offers only stages defined earlier after --from= and in FROM', () => {
    const doc = 'FROM golang AS build\nFROM alpine\nFROM debian\nCOPY --from=| /out /app\nFROM debian AS later\n';
    assert.deepEqual(labels(complete(doc)), ['build', '1']);
    assert.deepEqual(labels(complete('FROM golang AS build\nFROM alpine\nCOPY --from=|')), ['build']);
    assert.deepEqual(labels(complete('FROM golang AS build\nFROM alpine AS test\nFROM |\nFROM x AS later')), ['build', 'test']);
    assert.deepEqual(labels(complete('FROM golang AS build\nFROM alpine\nRUN --mount=type=bind,from=|')), ['build']);
  });

  it('offers CMD and NONE after HEALTHCHECK, and only CMD after its options', () => {
    assert.deepEqual(labels(complete('FROM alpine\nHEALTHCHECK |')), ['CMD', 'NONE']);
    assert.deepEqual(labels(complete('FROM alpine\nHEALTHCHECK --interval=5s C|')), ['CMD']);
    assert.deepEqual(complete('FROM alpine\nHEALTHCHECK CMD curl |'), []);
  });

  it('offers AS after the base image of FROM', () => {
    assert.deepEqual(labels(complete('FROM alpine |')), ['AS']);
  });

  it('offers the global ARGs (and platform ARGs) in FROM, with their values in detail', () => {
    const items = complete('ARG TAG=3.20\nFROM alpine:${|');
    const tag = items.find((i) => i.label === 'TAG');
    assert.equal(tag?.detail, '3.20');
    assert.equal(edit(tag).newText, 'TAG}');
    assert.ok(labels(items).includes('BUILDPLATFORM'));
  });

  it('does not offer a global ARG inside a stage unless the stage declares it again', () => {
    assert.deepEqual(labels(complete('ARG TAG=3.20\nFROM alpine\nENV A=1\nRUN echo ${|')), ['A']);
    const redeclared = complete('ARG TAG=3.20\nFROM alpine\nARG TAG\nRUN echo $|');
    assert.deepEqual(labels(redeclared), ['TAG']);
    assert.equal(redeclared[0]?.detail, '3.20');
    assert.equal(edit(redeclared[0]).newText, 'TAG');
  });

  it('does not offer a variable declared later in the stage or in another stage', () => {
    assert.deepEqual(labels(complete('FROM alpine AS a\nENV X=1\nFROM alpine\nRUN echo ${|\nENV Y=2')), []);
  });

  it('inherits ENV from the stage a FROM builds on', () => {
    assert.deepEqual(labels(complete('FROM alpine AS a\nENV X=1\nFROM a\nRUN echo $|')), ['X']);
  });

  it('offers parser directives at the top of the file only', () => {
    assert.deepEqual(labels(complete('# syntax=docker/dockerfile:1\n# |')), ['# escape', '# check']);
    assert.deepEqual(complete('FROM alpine\n# |'), []);
    assert.deepEqual(labels(complete('# escape=|')), ['\\', '`']);
    assert.deepEqual(labels(complete('# syntax=|')), ['docker/dockerfile:1', 'docker/dockerfile:1-labs']);
  });

  it('offers BuildKit check names after `# check=skip=`, without those already listed', () => {
    const names = labels(complete('# check=skip=|'));
    assert.equal(names[0], 'all');
    for (const { name } of buildkitCheckNames()) assert.ok(names.includes(name), name);
    assert.ok(names.includes('JSONArgsRecommended'));
    assert.ok(!names.some((n) => /^DL\d+$/.test(n)));
    const after = labels(complete('# check=skip=JSONArgsRecommended,|'));
    assert.ok(!after.includes('JSONArgsRecommended') && !after.includes('all'));
  });

  it('offers rule ids after `# hadolint ignore=`, hadolint rules first by sort order', () => {
    const items = complete('FROM alpine\n# hadolint ignore=DL3006,DL3|\nRUN apt-get install x');
    const ids = labels(items);
    assert.ok(ids.includes('DL3008') && !ids.includes('DL3006'));
    const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    assert.match(sorted[0]?.label ?? '', /^DL/);
    assert.deepEqual(edit(items.find((i) => i.label === 'DL3008')).range, { start: { line: 1, character: 25 }, end: { line: 1, character: 28 } });
  });

  it('completes with the backtick escape of a Windows Dockerfile across continuation lines', () => {
    const doc = '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022 AS dl\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY --chown=app `\n    --|';
    const names = labels(complete(doc));
    assert.ok(names.includes('--from') && !names.includes('--chown'));
  });
});
