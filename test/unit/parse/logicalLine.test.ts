/** The logical line behind every instruction: joined text and logical → document offsets. */
import * as assert from 'node:assert/strict';
import { LogicalLine } from '../../../server/src/parse/logicalLine';

const SOURCE = 'RUN a \\\n  b \\\n  c';

function line(): LogicalLine {
  const l = new LogicalLine(SOURCE);
  l.append(0, 6); // 'RUN a '
  l.append(8, 12); // '  b '
  return l;
}

describe('LogicalLine', () => {
  it('joins the pieces and maps each logical offset to its document offset', () => {
    const l = line();
    assert.equal(l.text, 'RUN a   b ');
    assert.equal(l.toSource(0), 0);
    assert.equal(l.toSource(5), 5);
    assert.equal(l.toSource(6), 8);
    assert.equal(l.toSource(8), 10);
    assert.equal(l.toSource(10), 12);
    assert.deepEqual(l.range(4, 9), { start: 4, end: 11 });
  });

  it('keeps every piece when a piece is appended after the text was read', () => {
    const l = line();
    assert.equal(l.text, 'RUN a   b ');
    l.append(14, 17); // '  c'
    assert.equal(l.text, 'RUN a   b   c');
    assert.equal(l.toSource(12), 16);
    assert.equal(l.toSource(13), 17);
  });

  it('maps offsets counted from a start inside the line with mapperFrom', () => {
    const l = line();
    assert.equal(l.text.length, 10);
    assert.equal(l.mapperFrom(4)(4), 10);
    assert.equal(l.mapperFrom(0)(7), 9);
  });

  it('maps every offset like mapperFrom with finalMapperFrom, for one piece and for several', () => {
    const one = new LogicalLine(SOURCE);
    one.append(2, 6); // 'N a '
    const several = line();
    for (const l of [one, several]) {
      assert.ok(l.text.length > 0);
      for (const from of [0, 1, 3]) {
        const live = l.mapperFrom(from);
        const final = l.finalMapperFrom(from);
        for (let o = -1; o <= l.text.length + 2; o++) assert.equal(final(o), live(o), `from ${from}, offset ${o}`);
      }
    }
    assert.equal(one.finalMapperFrom(1)(1), 4);
    assert.equal(one.finalMapperFrom(0)(9), 6);
  });

  it('maps every offset of an empty line to 0', () => {
    const l = new LogicalLine('');
    assert.equal(l.text, '');
    assert.equal(l.toSource(3), 0);
  });
});
