import * as assert from 'node:assert/strict';
import { suggest } from '../../../server/src/rules/buildkit/lib/words';

/** BuildKit's util/suggest.Search as written: sorted options, full edit distance over code points, first best wins. */
function reference(val: string, options: readonly string[], caseSensitive: boolean): string | undefined {
  const distance = (a: string, b: string): number => {
    const ac = [...a];
    const bc = [...b];
    let prev = Array.from({ length: bc.length + 1 }, (_, i) => i);
    for (let i = 1; i <= ac.length; i++) {
      const cur = [i];
      for (let j = 1; j <= bc.length; j++) cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ac[i - 1] === bc[j - 1] ? 0 : 1)));
      prev = cur;
    }
    return prev[bc.length]!;
  };
  const v = caseSensitive ? val : val.toLowerCase();
  let match: string | undefined;
  let min = 3;
  for (const o of [...options].sort()) {
    const opt = caseSensitive ? o : o.toLowerCase();
    if (opt === v) return undefined;
    const d = distance(v, opt);
    if (d < min) {
      match = caseSensitive || (val !== val.toLowerCase() && val !== val.toUpperCase()) ? opt : val === val.toLowerCase() ? opt.toLowerCase() : opt.toUpperCase();
      min = d;
    }
  }
  return match;
}

/** A small deterministic generator (the same cases every run). */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
}

describe('suggest (BuildKit did-you-mean)', () => {
  it('reports the closest option, the first in sorted order among equally close ones', () => {
    assert.equal(suggest('VERSON', ['VERSION', 'VERSIONS', 'PERSON'], true), 'PERSON');
    assert.equal(suggest('VERSON', ['VERSIONS', 'VERSION'], true), 'VERSION');
    assert.equal(suggest('abc', ['xyz', 'abd', 'abx'], true), 'abd');
  });

  it('reports nothing when an option matches exactly or none is closer than 3 edits', () => {
    assert.equal(suggest('NAME', ['NAMX', 'NAME'], true), undefined);
    assert.equal(suggest('NAME', ['OTHERS', 'XYZW'], true), undefined);
    assert.equal(suggest('', ['abc'], true), undefined);
    assert.equal(suggest('', ['ab'], true), 'ab');
  });

  it('matches the case of the value when case-insensitive', () => {
    assert.equal(suggest('COPPY', ['copy', 'from'], false), 'COPY');
    assert.equal(suggest('coppy', ['COPY', 'FROM'], false), 'copy');
    assert.equal(suggest('Coppy', ['COPY', 'FROM'], false), 'copy');
  });

  it('counts a character beyond U+FFFF as one edit, as Go runes do', () => {
    assert.equal(suggest('a😀b', ['axb'], true), 'axb');
    assert.equal(suggest('😀😀😀', ['abc'], true), undefined);
  });

  it('reports what the reference algorithm reports on random names', () => {
    const next = random(7);
    const alphabet = ['A', 'B', 'C', 'a', 'b', '_', '1', 'é', '😀'];
    const word = (): string => {
      let w = '';
      const n = Math.floor(next() * 7);
      for (let i = 0; i < n; i++) w += alphabet[Math.floor(next() * alphabet.length)]!;
      return w;
    };
    for (let k = 0; k < 4000; k++) {
      const val = word();
      const options = Array.from({ length: Math.floor(next() * 8) }, word);
      if (next() < 0.3) options.push(val.slice(0, -1) + 'B');
      for (const cs of [true, false]) assert.equal(suggest(val, options, cs), reference(val, options, cs), `${val} in ${JSON.stringify(options)} (${cs})`);
    }
  });
});
