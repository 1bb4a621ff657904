import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/model/model';
import { DEFAULT_LINT_CONFIG, lint, type LintConfig } from '../../../server/src/rules/lint';
import { parseHadolintConfig, lintConfigFromHadolint } from '../../../server/src/config/configFiles';

function codes(text: string, config: LintConfig = DEFAULT_LINT_CONFIG): string[] {
  return lint(analyze(text), config).map((f) => `${f.code}@${analyze(text).lines.lineOf(f.range.start) + 1}:${f.severity}`);
}

describe('suppression and configuration', () => {
  const base = 'FROM ubuntu\nCMD echo hi\n';

  it('reports both findings without suppression', () => {
    const c = codes(base);
    assert.ok(c.includes('DL3006@1:warning'));
    assert.ok(c.includes('DL3025@2:warning'));
  });

  it('honours # hadolint ignore on the next instruction only, with a reason comment', () => {
    const c = codes('# hadolint ignore=DL3006 # pinned by the CI\nFROM ubuntu\nFROM debian\n');
    assert.ok(!c.includes('DL3006@2:warning'));
    assert.ok(c.includes('DL3006@3:warning'));
  });

  it('honours # hadolint ignore with several ids and through a BuildKit alias', () => {
    const c = codes('FROM ubuntu:24.04\n# hadolint ignore=DL3059,JSONArgsRecommended\nCMD echo hi\n');
    assert.ok(!c.some((x) => x.startsWith('DL3025')));
  });

  it('honours # hadolint global ignore anywhere in the file', () => {
    const c = codes('FROM ubuntu\nCMD echo hi\n# hadolint global ignore=DL3006\n');
    assert.ok(!c.some((x) => x.startsWith('DL3006')));
    assert.ok(c.some((x) => x.startsWith('DL3025')));
  });

  it('honours # check=skip for BuildKit checks, and skip=all', () => {
    const text = 'FROM alpine:3.20 as build\nENV A 1\n';
    assert.ok(codes(text).some((x) => x.startsWith('FromAsCasing')));
    assert.ok(!codes('# check=skip=FromAsCasing\n' + text).some((x) => x.startsWith('FromAsCasing')));
    const all = codes('# check=skip=all\n' + text);
    assert.ok(!all.some((x) => x.startsWith('FromAsCasing') || x.startsWith('LegacyKeyValueFormat')));
  });

  it('applies # check=skip and error=true to hadolint rules that are also BuildKit checks', () => {
    assert.ok(!codes('# check=skip=JSONArgsRecommended\n' + base).some((x) => x.startsWith('DL3025')));
    assert.ok(!codes('# check=skip=all\n' + base).some((x) => x.startsWith('DL3025')));
    assert.ok(codes('# check=skip=all\n' + base).some((x) => x.startsWith('DL3006')));
    assert.ok(codes('# check=error=true\n' + base).includes('DL3025@3:error'));
  });

  it('turns BuildKit checks into errors with # check=error=true', () => {
    const c = codes('# check=error=true\nFROM alpine:3.20 as build\n');
    assert.ok(c.includes('FromAsCasing@2:error'), c.join());
  });

  it('keeps POSIX shell rules quiet in stages that inherit a PowerShell SHELL through several FROMs', () => {
    const text = [
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS win',
      'SHELL ["powershell", "-Command"]',
      'FROM win AS middle',
      'FROM middle',
      'RUN apt-get install curl',
      'FROM debian:12',
      'RUN apt-get install curl',
    ].join('\n') + '\n';
    const c = codes(text).filter((x) => x.startsWith('DL3014'));
    assert.deepEqual(c, ['DL3014@7:warning']);
  });

  it('reads .hadolint.yaml: ignored, override, trustedRegistries', () => {
    const h = parseHadolintConfig('ignored: [DL3025]\noverride:\n  error: [DL3006]\ntrustedRegistries: [docker.io]\nfailure-threshold: warning\n');
    assert.deepEqual(h.problems, []);
    assert.equal(h.failureThreshold, 'warning');
    const c = codes('FROM ubuntu\nCMD echo hi\nFROM quay.io/x/y:1\n', lintConfigFromHadolint(h, undefined));
    assert.ok(c.includes('DL3006@1:error'));
    assert.ok(!c.some((x) => x.startsWith('DL3025')));
    assert.ok(c.some((x) => x.startsWith('DL3026@3')), c.join());
  });

  it('lets the editor setting win over the config file, and off silences a rule', () => {
    const h = lintConfigFromHadolint(parseHadolintConfig('override:\n  error: [DL3006]\n'), undefined);
    const c = codes(base, { ...h, settings: { DL3006: 'info', JSONArgsRecommended: 'off' } });
    assert.ok(c.includes('DL3006@1:info'));
    assert.ok(!c.some((x) => x.startsWith('DL3025')));
  });

  it('reports a broken config file as a problem instead of throwing', () => {
    const h = parseHadolintConfig('ignored: [DL3006\n  : : :');
    assert.ok(h.problems.length > 0);
  });
});
