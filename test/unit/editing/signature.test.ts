import * as assert from 'node:assert/strict';
import type { SignatureHelp } from 'vscode-languageserver-types';
import { signatureHelpAt, syntaxParameters } from '../../../server/src/signature/signature';
import { caret } from './helpers';

function help(doc: string, lang: 'en' | 'ko' = 'en'): SignatureHelp {
  const { model, offset } = caret(doc);
  const h = signatureHelpAt(model, offset, lang);
  assert.ok(h !== null, 'no signature help');
  return h;
}

/** The text of the active parameter of the active signature. */
function active(h: SignatureHelp): string {
  const sig = h.signatures[h.activeSignature ?? 0];
  assert.ok(sig !== undefined);
  const p = sig.parameters?.[sig.activeParameter ?? h.activeParameter ?? 0];
  assert.ok(p !== undefined && Array.isArray(p.label));
  return sig.label.slice(p.label[0], p.label[1]);
}

describe('signature help', () => {
  it('splits a syntax line into parameters outside brackets', () => {
    const line = 'FROM [--platform=<platform>] <image>[:<tag>] [AS <name>]';
    assert.deepEqual(syntaxParameters(line).map(([s, e]) => line.slice(s, e)), ['[--platform=<platform>]', '<image>[:<tag>]', '[AS <name>]']);
  });

  it('shows the FROM syntax with the image, then the stage name, as the active parameter', () => {
    assert.equal(active(help('FROM |')), '<image>[:<tag>]');
    assert.equal(active(help('FROM alpine AS |')), '[AS <name>]');
    assert.equal(help('FROM |').signatures.length, 2);
  });

  it('puts the syntax of the flag being typed first', () => {
    const h = help('FROM alpine\nCOPY --from=|');
    assert.equal(h.signatures[0]?.label, 'COPY --from=<stage|image|context> <src> ... <dest>');
    assert.equal(h.activeSignature, 0);
  });

  it('chooses the exec-form syntax of CMD when the arguments start with a bracket', () => {
    const h = help('FROM alpine\nCMD ["node", |');
    assert.match(h.signatures[h.activeSignature ?? 0]?.label ?? '', /\["/);
    const shell = help('FROM alpine\nCMD node |');
    assert.doesNotMatch(shell.signatures[shell.activeSignature ?? 0]?.label ?? '', /\["/);
  });

  it('documents the signature in the requested language', () => {
    const doc = help('FROM alpine\nRUN |', 'ko').signatures[0]?.documentation;
    assert.ok(typeof doc === 'object' && /[가-힣]/.test(doc.value));
  });

  it('gives no signature on the keyword itself or in a heredoc body', () => {
    const { model, offset } = caret('FR|OM alpine');
    assert.equal(signatureHelpAt(model, offset, 'en'), null);
    const h = caret('FROM alpine\nRUN <<EOF\necho |\nEOF\n');
    assert.equal(signatureHelpAt(h.model, h.offset, 'en'), null);
  });
});
