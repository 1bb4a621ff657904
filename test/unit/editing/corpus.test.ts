import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import type { TextEdit } from 'vscode-languageserver-types';
import { completionAt } from '../../../server/src/completion/completion';
import { inlayHintsIn } from '../../../server/src/inlay/inlay';
import { codeLenses } from '../../../server/src/lens/lens';
import { documentLinks } from '../../../server/src/links/links';
import { analyze } from '../../../server/src/model/model';
import { signatureHelpAt } from '../../../server/src/signature/signature';
import { corpusDir, corpusFiles } from '../../helpers/corpus';

describe('editing features on corpus files (every offset)', function () {
  this.timeout(60000);
  const dir = corpusDir();
  const files = dir === undefined ? [] : corpusFiles(dir).filter((f) =>
    f.features.includes('heredoc') || f.features.includes('escape`') || f.features.includes('crlf') || f.features.includes('mount'));

  it('finds multi-stage, heredoc, Windows-escape and CRLF files to check', () => {
    assert.ok(dir !== undefined, 'the corpus is missing: set DOCKERFILE_CORPUS');
    assert.ok(files.length >= 20, `only ${files.length} files`);
    assert.ok(files.some((f) => f.features.includes('crlf')));
  });

  it('completes at every offset without throwing, with edits that end at the cursor', () => {
    for (const f of files) {
      const text = fs.readFileSync(f.path, 'utf8');
      const model = analyze(text);
      for (let offset = 0; offset <= text.length; offset++) {
        const cursor = model.lines.position(offset);
        for (const item of completionAt(model, offset, 'en')) {
          const edit = item.textEdit as TextEdit | undefined;
          assert.ok(edit !== undefined, `${f.name}@${offset} ${item.label}`);
          assert.deepEqual(edit.range.end, cursor, `${f.name}@${offset} ${item.label}`);
          assert.ok(edit.range.start.line === cursor.line && edit.range.start.character <= cursor.character, `${f.name}@${offset} ${item.label}`);
        }
        const help = signatureHelpAt(model, offset, 'ko');
        if (help !== null) assert.ok(help.signatures.length > 0 && (help.activeSignature ?? 0) < help.signatures.length, `${f.name}@${offset}`);
      }
    }
  });

  it('gives one phase hint per instruction, two lenses per stage, and links that lie inside the document', () => {
    for (const f of files) {
      const text = fs.readFileSync(f.path, 'utf8');
      const model = analyze(text);
      const hints = inlayHintsIn(model, { start: 0, end: text.length }, 'en');
      const phases = hints.filter((h) => typeof h.label === 'string' && !h.label.startsWith('= '));
      assert.equal(phases.length, model.parse.instructions.length, f.name);
      assert.equal(codeLenses(model, 'file:///x', 'en').length, model.stages.length * 2, f.name);
      for (const l of documentLinks(model, 'en', (c) => `file:///rules/${c}`)) {
        assert.ok(l.range.end.line < model.lines.lineCount, f.name);
        assert.match(l.target ?? '', /^(https:|command:|file:)/, f.name);
      }
    }
  });
});
