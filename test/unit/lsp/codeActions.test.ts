/** Quick fixes and "ignore" actions from published diagnostics (the data they carry is kept small). */
import * as assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';
import { lintToDiagnostics } from '../../../server/src/service';
import { codeActionsFor } from '../../../server/src/lsp/codeActions';

const TEXT = 'FROM ubuntu:22.04\n  RUN apt-get update && \\\n      apt-get install curl\n';

describe('code actions', () => {
  const { model, diagnostics } = lintToDiagnostics(TEXT, 'en');
  const byCode = (code: string): Diagnostic => {
    const d = diagnostics.find((x) => x.code === code);
    assert.ok(d !== undefined, `no ${code} in ${diagnostics.map((x) => String(x.code)).join(' ')}`);
    return d;
  };

  it('puts data only on diagnostics that have a quick fix', () => {
    assert.ok(diagnostics.some((d) => d.data !== undefined));
    for (const d of diagnostics) {
      if (d.data === undefined) continue;
      assert.ok(Array.isArray((d.data as { fixes?: unknown }).fixes), JSON.stringify(d));
      assert.deepEqual(Object.keys(d.data as object), ['fixes']);
    }
  });

  it('offers the fix of a diagnostic that has one, as the preferred action', () => {
    const d = diagnostics.find((x) => x.data !== undefined)!;
    const actions = codeActionsFor(model, 'file:///x/Dockerfile', [d], 'en');
    const fix = actions.find((a) => a.isPreferred === true);
    assert.ok(fix?.edit?.changes?.['file:///x/Dockerfile']?.length, JSON.stringify(actions));
  });

  it('inserts "ignore on this line" above the first line of the instruction, with its indentation, for a finding on a later line', () => {
    const d = byCode('DL3014');
    assert.equal(d.range.start.line > 1 || d.range.end.line > 1, true, JSON.stringify(d.range));
    const later: Diagnostic = { ...d, range: { start: { line: 2, character: 6 }, end: { line: 2, character: 26 } } };
    const actions = codeActionsFor(model, 'file:///x/Dockerfile', [later], 'en');
    const ignore = actions.find((a) => a.edit?.changes?.['file:///x/Dockerfile']?.[0]?.newText.includes('hadolint ignore=DL3014'));
    assert.ok(ignore !== undefined, JSON.stringify(actions.map((a) => a.title)));
    const edit = ignore.edit!.changes!['file:///x/Dockerfile']![0]!;
    assert.deepEqual(edit.range.start, { line: 1, character: 0 });
    assert.equal(edit.newText, '  # hadolint ignore=DL3014\n');
  });

  it('uses the diagnostic\'s own line when it lies outside the document (a stale diagnostic)', () => {
    const d = byCode('DL3014');
    const stale: Diagnostic = { ...d, range: { start: { line: 40, character: 0 }, end: { line: 40, character: 3 } } };
    const actions = codeActionsFor(model, 'file:///x/Dockerfile', [stale], 'en');
    const ignore = actions.find((a) => a.edit?.changes?.['file:///x/Dockerfile']?.[0]?.newText.includes('hadolint ignore=DL3014'));
    assert.deepEqual(ignore?.edit?.changes?.['file:///x/Dockerfile']?.[0]?.range.start, { line: 40, character: 0 });
  });
});
