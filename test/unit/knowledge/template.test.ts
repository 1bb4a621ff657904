/** Message templates are filled by appending the split template's parts: the same text as a regex replace. */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { fillTemplate } from '../../../server/src/knowledge/template';

/** The plain definition: every `{name}` replaced by its value, unknown ones left as written, in one pass. */
function reference(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, (m, name: string) => params[name] ?? m);
}

describe('fillTemplate', () => {
  it('fills placeholders at the edges, side by side and repeated, and leaves unknown or malformed ones', () => {
    const params = { a: 'A', b: '$&{a}', line: '7' };
    for (const t of ['{a}', '{a}{b}', 'x {line} y {line}', '{unknown} {a}', '{ a } {1a} {a', 'no placeholders', '', '{}{a}{']) {
      assert.equal(fillTemplate(t, params), reference(t, params), t);
    }
    assert.equal(fillTemplate('{b}', params), '$&{a}', 'a value is inserted as given, never expanded again');
  });

  it('gives the same text as a regex replace for any template and values', () => {
    const piece = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('{a}', '{b}', '{zz}', '{', '}', '{a', 'a}', '{_x}', '{A1}'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.dictionary(fc.constantFrom('a', 'b', 'A1', 'c'), fc.string({ maxLength: 5 })), (pieces, params) => {
        const t = pieces.join('');
        assert.equal(fillTemplate(t, params), reference(t, params));
        // Filled twice: the second fill comes from the cached split and must agree.
        assert.equal(fillTemplate(t, params), reference(t, params));
      }),
      { numRuns: 2000 },
    );
  });
});
