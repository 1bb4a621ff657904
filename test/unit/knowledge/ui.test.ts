import assert from 'node:assert/strict';
import { COPY_SOURCE_TEXTS, HEREDOC_TEXTS, IMAGE_TEXTS, LABELS, STAGE_TEXTS, VARIABLE_TEXTS } from '../../../server/src/knowledge/ui';
import { format } from '../../../server/src/knowledge/template';
import { collectLocalized, emphasisProblems } from './helpers';

const TEMPLATES = collectLocalized({ LABELS, VARIABLE_TEXTS, IMAGE_TEXTS, STAGE_TEXTS, COPY_SOURCE_TEXTS, HEREDOC_TEXTS }, 'ui');
const placeholders = (text: string) => [...text.matchAll(/\{([A-Za-z][A-Za-z0-9_]*)\}/g)].map((m) => m[1]).sort();

describe('knowledge: UI labels and templates', () => {
  it('uses the same placeholders in the English and the Korean template', () => {
    assert.ok(TEMPLATES.length > 60);
    for (const { path, text } of TEMPLATES) assert.deepEqual(placeholders(text.ko), placeholders(text.en), path);
  });

  it('never puts a placeholder inside a code span, a link or a stray brace', () => {
    for (const { path, text } of TEMPLATES) {
      for (const t of [text.en, text.ko]) {
        assert.ok(!/`[^`]*\{[A-Za-z]\w*\}[^`]*`/.test(t), `${path}: placeholder in a code span: ${t}`);
        assert.ok(!/\]\([^)]*\{/.test(t), `${path}: placeholder in a link: ${t}`);
        assert.equal(t.replace(/\{[A-Za-z]\w*\}/g, '').search(/[{}]/), -1, `${path}: stray brace: ${t}`);
      }
    }
  });

  it('fills named placeholders and leaves the values as given', () => {
    assert.equal(format(VARIABLE_TEXTS.definedAt.en, { line: 12 }), 'Defined at line 12');
    assert.equal(format(VARIABLE_TEXTS.definedAt.ko, { line: 12 }), '12번째 줄에서 정의했습니다');
    assert.equal(format(VARIABLE_TEXTS.valueHere.en, { value: '[x](command:evil)' }), 'Value here: [x](command:evil)');
    assert.equal(format(STAGE_TEXTS.definedAt.en, { line: 3, base: 'golang:1.23' }), 'Defined at line 3, built from golang:1.23.');
  });

  it('keeps the {name} placeholder when the template is Korean', () => {
    assert.equal(
      format(VARIABLE_TEXTS.undefinedGlobalArg.ko, { name: 'VERSION' }).includes('ARG VERSION(값 없이)'),
      true,
    );
  });

  it('detects emphasis that CommonMark would not render (the check used on all texts)', () => {
    assert.equal(emphasisProblems('이미지는 **불변(immutable)**입니다.').length, 1);
    assert.equal(emphasisProblems('이미지는 **불변**(immutable)입니다.').length, 0);
    assert.equal(emphasisProblems('- **registry**: the server').length, 0);
  });
});
